package dev.ticketing.web.ui;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.assertions.LocatorAssertions;
import dev.ticketing.web.support.Api;
import dev.ticketing.web.support.TestDatabase;
import dev.ticketing.web.support.TicketingServer;
import java.util.Map;
import java.util.UUID;
import org.assertj.core.api.Assertions;
import org.junit.jupiter.api.Test;

/**
 * The waiting list on the booking screen, in Chromium: a logged-in visitor joins a sold-out tier's
 * list and sees their place; when a hold runs out, the open screen is told of the offer at once
 * (pushed) and the offer is a held booking in My bookings; the organisers' Mails screen lists its
 * offer mail, as such, and their concert page sets how long offers are held and closes the list. A
 * visitor behind someone sees their place move when the one ahead is offered tickets, without
 * reloading.
 */
@TicketingServer
@InChromium
class BrowserWaitlistIT {
  // Set before each test by @TicketingServer and @InChromium.
  private Api api;
  private Screens screens;

  @Test
  void aVisitorJoinsFromTheScreenAndIsToldOfTheOfferWithoutReloading() {
    String email = "wait-" + UUID.randomUUID().toString().substring(0, 8) + "@example.com";
    api.newCustomer(email);
    TestDatabase.Fixture f = TestDatabase.concert("Sold out screen", Map.of("GA", 2));
    Api.Reply held =
        api.postJson(
            "api/bookings",
            "{\"concertId\":" + f.concertId() + ",\"items\":[{\"tier\":\"GA\",\"quantity\":2}]}");
    Assertions.assertThat(held.status()).as(held.toString()).isEqualTo(201);

    Page page = screens.newPage(1280, 900);
    screens.logInCustomer(page, email, "my-bookings");

    screens.open(page, "concerts/" + f.concertId());
    assertThat(page.locator("#waitlist")).isVisible();
    page.locator("#waitlist-quantity input").fill("2");
    page.locator("#waitlist-join").click();
    assertThat(page.locator("#waitlist-entry-GA")).containsText("place 1");
    screens.assertAccessible(page, "joined");

    TestDatabase.runOutHold(held.json().getString("bookingId"));
    assertThat(page.locator("#waitlist-offer"))
        .containsText(
            "2 × GA are held for you",
            new LocatorAssertions.ContainsTextOptions().setTimeout(5_000));
    screens.assertAccessible(page, "offered");

    screens.open(page, "my-bookings");
    assertThat(page.locator("text=Held until").first()).isVisible();

    // Back on the concert, the offer is paid right there.
    screens.open(page, "concerts/" + f.concertId());
    assertThat(page.locator("#waitlist-entry-GA")).containsText("offered 2, held for you");
    page.locator("#waitlist-pay-GA").click();
    assertThat(page.locator("#hold-items")).containsText("2 × GA");
    page.getByLabel("Card number").fill("4242424242424242");
    page.locator("#pay").click();
    assertThat(page.locator("#confirmation"))
        .containsText(
            "Booked! Your tickets are confirmed.",
            new LocatorAssertions.ContainsTextOptions().setTimeout(20_000));

    Page organiser = screens.newPage(1280, 900);
    screens.logInOrganiser(organiser, "organiser");
    organiser.locator("#mail-outbox-link").click();
    assertThat(
            organiser
                .locator(".outbox-mail[data-kind=WAITLIST_OFFER]")
                .filter(new Locator.FilterOptions().setHasText(email)))
        .containsText("Waiting-list offer · " + email + " · Tickets held for you: Sold out screen");
    screens.assertAccessible(organiser, "offer-mail");

    // The organiser sets how long the tier's offers are held, and closes its list.
    screens.open(organiser, "organiser/concerts/" + f.concertId());
    assertThat(organiser.locator("#waitlist-GA")).containsText("GA: open");
    organiser.locator("#waitlist-minutes-GA input").fill("5");
    organiser.locator("#waitlist-minutes-GA input").press("Enter");
    assertThat(organiser.locator("#waitlist-GA")).containsText("offers held 5 min");
    Assertions.assertThat(
            TestDatabase.queryInt(
                "SELECT offer_minutes FROM waitlist_tier WHERE tier_id = ?", f.tier("GA")))
        .isEqualTo(5);
    organiser.locator("#waitlist-toggle-GA").click();
    assertThat(organiser.locator("#waitlist-GA")).containsText("GA: closed");
    assertThat(organiser.locator("#waitlist-toggle-GA")).hasText("Reopen list");
    assertThat(organiser.locator("#waitlist-minutes-GA input")).hasValue("5");
    screens.assertAccessible(organiser, "waiting-lists");
    TestDatabase.assertInvariants();
  }

  @Test
  void aPlaceInLineMovesOnTheOpenScreenWhenTheEntryAheadIsOffered() {
    TestDatabase.Fixture f = TestDatabase.concert("Line moves", Map.of("GA", 1));
    Api.Reply held =
        api.postJson(
            "api/bookings",
            "{\"concertId\":" + f.concertId() + ",\"items\":[{\"tier\":\"GA\",\"quantity\":1}]}");
    Assertions.assertThat(held.status()).as(held.toString()).isEqualTo(201);
    String ahead =
        api.newCustomer("ahead-" + UUID.randomUUID().toString().substring(0, 8) + "@example.com");
    Api.Reply joined =
        api.call(
            "POST",
            "api/concerts/" + f.concertId() + "/waitlist",
            ahead,
            "{\"tier\":\"GA\",\"quantity\":1}");
    Assertions.assertThat(joined.status()).as(joined.toString()).isEqualTo(201);

    String email = "behind-" + UUID.randomUUID().toString().substring(0, 8) + "@example.com";
    api.newCustomer(email);
    Page page = screens.newPage(1280, 900);
    screens.logInCustomer(page, email, "my-bookings");
    screens.open(page, "concerts/" + f.concertId());
    page.locator("#waitlist-join").click();
    assertThat(page.locator("#waitlist-entry-GA")).containsText("place 2");

    TestDatabase.runOutHold(held.json().getString("bookingId")); // offered to the one ahead
    assertThat(page.locator("#waitlist-entry-GA"))
        .containsText("place 1", new LocatorAssertions.ContainsTextOptions().setTimeout(5_000));
    assertThat(page.locator("#waitlist-offer")).isHidden();
    TestDatabase.assertInvariants();
  }
}
