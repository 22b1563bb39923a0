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
    screens.screenshot(phone, "tickets-on-a-phone");
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
    screens.screenshot(gate1, "door-admitted");

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
