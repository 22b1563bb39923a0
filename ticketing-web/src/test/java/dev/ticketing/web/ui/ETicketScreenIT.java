package dev.ticketing.web.ui;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.assertions.LocatorAssertions;
import com.microsoft.playwright.assertions.PageAssertions;
import dev.ticketing.web.support.Api;
import dev.ticketing.web.support.TestDatabase;
import dev.ticketing.web.support.TestDatabase.Fixture;
import dev.ticketing.web.support.TicketingServer;
import jakarta.json.JsonObject;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Pattern;
import org.assertj.core.api.Assertions;
import org.junit.jupiter.api.Test;

/**
 * The ticket on a phone and at the door, in Chromium: a buyer without an account gives an address
 * for the mail when paying; the confirmation shows each ticket's QR code and the PDF; a door
 * account on a phone lets a ticket in at one gate and the same ticket is refused at the next, once
 * and only once.
 */
@TicketingServer
@InChromium
class ETicketScreenIT {
  private static final String DOOR_PASSWORD = "door-password-1";

  // Set before each test by @TicketingServer and @InChromium.
  private Api api;
  private Screens screens;

  private String confirmed(Fixture f, int quantity) {
    Api.Reply held =
        api.postJson(
            "api/bookings",
            "{\"concertId\":"
                + f.concertId()
                + ",\"items\":[{\"tier\":\"GA\",\"quantity\":"
                + quantity
                + "}]}");
    String id = held.json().getString("bookingId");
    Assertions.assertThat(
            api.postJson("api/bookings/" + id + "/payment", "{\"card\":\"4242424242424242\"}")
                .status())
        .isEqualTo(200);
    return id;
  }

  private List<String> codes(String bookingId) {
    return api.get("api/bookings/" + bookingId).json().getJsonArray("tickets").stream()
        .map(t -> ((JsonObject) t).getString("code"))
        .toList();
  }

  @Test
  void theConfirmationShowsEachTicketsQrCodeAndThePdfOnAPhone() {
    Fixture f = TestDatabase.concert("Phone", Map.of("GA", 10));
    String id = confirmed(f, 2);
    Page phone = screens.newPage(390, 844);

    screens.open(phone, "concerts/" + f.concertId() + "?pay=" + id);

    assertThat(phone.locator("#confirmation")).containsText("Booked!");
    assertThat(phone.locator("#confirmation .ticket-qr")).hasCount(2);
    assertThat(phone.locator("#confirmation .ticket-code").first()).hasText(codes(id).get(0));
    assertThat(phone.locator("#confirmation .tickets-pdf")).isVisible();
    // The QR code fits the phone's width.
    double width = phone.locator("#confirmation .ticket-qr").first().boundingBox().width;
    Assertions.assertThat(width).isBetween(150.0, 390.0);
    screens.assertAccessible(phone, "tickets-on-a-phone");
  }

  @Test
  void aBuyerWithoutAnAccountGivesTheAddressForTheConfirmationMailWhenPaying() {
    Fixture f = TestDatabase.concert("Mail", Map.of("GA", 10));
    Page phone = screens.newPage(390, 844);
    screens.open(phone, "concerts/" + f.concertId());
    phone.locator("#quantity-GA input").fill("1");
    phone.locator("#book").click();
    assertThat(phone.locator("#hold")).containsText("Your tickets are held");

    phone.getByLabel("Card number").fill("4242424242424242");
    phone.locator("#contact-email input").fill("not an address");
    phone.locator("#pay").click();
    assertThat(phone.locator("#payment-problem")).containsText("Not an email address");

    String address = "buyer-" + UUID.randomUUID().toString().substring(0, 8) + "@example.com";
    phone.locator("#contact-email input").fill(address);
    phone.locator("#pay").click();

    assertThat(phone.locator("#confirmation")).containsText("Booked!");
    assertThat(phone.locator("#confirmation .ticket-qr")).hasCount(1);
    Assertions.assertThat(
            TestDatabase.queryInt(
                "SELECT count(*) FROM mail_outbox m JOIN booking b ON b.id = m.booking_id"
                    + " WHERE b.concert_id = ? AND m.recipient = ?",
                f.concertId(),
                address))
        .isEqualTo(1);
  }

  @Test
  void aDoorAccountOnAPhoneLetsATicketInOnceAndTheNextGateIsToldWhenAndWhere() {
    Fixture f = TestDatabase.concert("Door", Map.of("GA", 10));
    String code = codes(confirmed(f, 1)).get(0);
    String concertName = api.get("api/concerts/" + f.concertId()).json().getString("name");
    String door = "door-" + UUID.randomUUID().toString().substring(0, 8) + "@example.com";
    Assertions.assertThat(
            api.call(
                    "POST",
                    "api/admin/door-accounts",
                    api.organiser(),
                    "{\"email\":\"" + door + "\",\"password\":\"" + DOOR_PASSWORD + "\"}")
                .status())
        .isEqualTo(201);

    Page gate1 = atTheDoor(door, concertName, "1");
    Page gate2 = atTheDoor(door, concertName, "2");

    gate1.locator("#door-code input").fill(code);
    gate1.locator("#door-check").click();
    assertThat(gate1.locator("#door-answer")).containsText("ADMITTED");
    assertThat(gate1.locator("#door-answer")).hasClass(Pattern.compile(".*\\badmitted\\b.*"));
    screens.assertAccessible(gate1, "door-admitted");

    gate2.locator("#door-code input").fill(code);
    gate2.locator("#door-check").click();
    assertThat(gate2.locator("#door-answer")).containsText("ALREADY ADMITTED");
    assertThat(gate2.locator("#door-answer")).containsText("at gate 1");
    assertThat(gate2.locator("#door-answer")).hasClass(Pattern.compile(".*already-admitted.*"));
    screens.screenshot(gate2, "door-already-admitted");

    gate2.locator("#door-code input").fill("T1.not-a-ticket");
    gate2.locator("#door-check").click();
    assertThat(gate2.locator("#door-answer")).containsText("NOT A TICKET");

    Assertions.assertThat(
            TestDatabase.queryInt(
                "SELECT count(*) FROM admission WHERE concert_id = ?", f.concertId()))
        .isEqualTo(1);
  }

  @Test
  void aGateThatLosesTheNetworkKeepsCheckingWithTheSyncedKeyAndReportsItsDoubleAdmission() {
    Fixture f = TestDatabase.concert("Offline door", Map.of("GA", 10));
    List<String> codes = codes(confirmed(f, 2));
    String cancelled = confirmed(f, 1);
    String revoked = codes(cancelled).get(0);
    Assertions.assertThat(api.post("api/bookings/" + cancelled + "/cancel").status())
        .isEqualTo(200);
    String door = doorAccount();
    Page gate = screens.newPage(390, 844);
    screens.open(gate, "door-offline.html");
    gate.locator("#email").fill(door);
    gate.locator("#password").fill(DOOR_PASSWORD);
    gate.locator("#concert").fill(Long.toString(f.concertId()));
    gate.locator("#gate").fill("7");
    gate.locator("#start").click();
    assertThat(gate.locator("#status"))
        .hasText("Online · synced", new LocatorAssertions.HasTextOptions().setTimeout(20_000));

    gate.context().setOffline(true);
    scanAt(gate, codes.get(0));
    assertThat(gate.locator("#answer")).hasClass("admitted");
    assertThat(gate.locator("#answer")).containsText("offline");
    scanAt(gate, codes.get(0));
    assertThat(gate.locator("#answer")).hasClass("already-admitted");
    assertThat(gate.locator("#answer")).containsText("at gate 7 · offline");
    scanAt(gate, revoked);
    assertThat(gate.locator("#answer")).hasClass("revoked");
    String altered =
        codes.get(1).substring(0, 12)
            + (codes.get(1).charAt(12) == 'A' ? 'B' : 'A')
            + codes.get(1).substring(13);
    scanAt(gate, altered);
    assertThat(gate.locator("#answer")).hasClass("not-a-ticket");
    // Meanwhile gate 1, online, lets in the second ticket, which gate 7 cannot know of.
    Api.Reply online =
        api.call(
            "POST",
            "api/checkin",
            api.token(door, DOOR_PASSWORD),
            "{\"code\":\""
                + codes.get(1)
                + "\",\"gate\":\"1\",\"nonce\":\""
                + UUID.randomUUID()
                + "\"}");
    Assertions.assertThat(online.json().getString("result")).isEqualTo("ADMITTED");
    scanAt(gate, codes.get(1));
    assertThat(gate.locator("#answer")).hasClass("admitted");
    screens.screenshot(gate, "offline-gate");

    gate.context().setOffline(false);
    gate.locator("#upload").click();

    assertThat(gate.locator("#status"))
        .hasText(
            "Online · uploaded 4 offline scan(s), 1 double admission(s) reported",
            new LocatorAssertions.HasTextOptions().setTimeout(20_000));
    Assertions.assertThat(
            TestDatabase.queryInt(
                "SELECT count(*) FROM admission WHERE concert_id = ?", f.concertId()))
        .isEqualTo(2);
    Assertions.assertThat(
            TestDatabase.queryInt(
                "SELECT count(*) FROM double_admission WHERE concert_id = ? AND gate = '7'"
                    + " AND first_gate = '1'",
                f.concertId()))
        .isEqualTo(1);
    // Back online, the gate asks the server again: the ticket it let in is let in.
    scanAt(gate, codes.get(0));
    assertThat(gate.locator("#answer")).hasClass("already-admitted");
    assertThat(gate.locator("#answer")).containsText("online");
  }

  private static void scanAt(Page gate, String code) {
    gate.locator("#code").fill(code);
    gate.locator("#check").click();
  }

  private String doorAccount() {
    String door = "door-" + UUID.randomUUID().toString().substring(0, 8) + "@example.com";
    Assertions.assertThat(
            api.call(
                    "POST",
                    "api/admin/door-accounts",
                    api.organiser(),
                    "{\"email\":\"" + door + "\",\"password\":\"" + DOOR_PASSWORD + "\"}")
                .status())
        .isEqualTo(201);
    return door;
  }

  /** A phone logged in as the door account, on /door, with the concert and gate chosen. */
  private Page atTheDoor(String email, String concertName, String gate) {
    Page phone = screens.newPage(390, 844);
    screens.open(phone, "login?to=door");
    phone.locator("#login-email input").fill(email);
    phone.locator("#login-password input").fill(DOOR_PASSWORD);
    phone.locator("#login-submit").click();
    assertThat(phone)
        .hasURL(Pattern.compile(".*/door$"), new PageAssertions.HasURLOptions().setTimeout(20_000));
    assertThat(phone.locator("#door-answer"))
        .hasText("Ready", new LocatorAssertions.HasTextOptions().setTimeout(20_000));
    phone.locator("#door-concert input").fill(concertName);
    phone
        .locator("vaadin-combo-box-item")
        .filter(new com.microsoft.playwright.Locator.FilterOptions().setHasText(concertName))
        .first()
        .click();
    phone.locator("#door-gate input").fill(gate);
    return phone;
  }
}
