package dev.ticketing.web.ui;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.assertions.LocatorAssertions;
import dev.ticketing.web.fault.ApplicationProcess;
import dev.ticketing.web.support.Api;
import dev.ticketing.web.support.TestDatabase;
import dev.ticketing.web.support.TicketingServer;
import java.net.URI;
import java.util.Map;
import java.util.UUID;
import org.assertj.core.api.Assertions;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * A waiting-list offer reaches its owner's open screen whichever instance serves it: two visitors
 * on the list, each on a booking screen of a different instance (one database), and two tickets
 * back at once, offered in one run of one instance's assigner. Both screens are told within 5
 * seconds. Before the offers were sent to every instance, the screen on the instance that did not
 * make them was never told.
 */
@TicketingServer
@InChromium
class OfferPushAcrossInstancesIT {
  private static ApplicationProcess second;

  // Set before each test by @TicketingServer and @InChromium: the first instance.
  private Api api;
  private Screens screens;

  @BeforeAll
  static void startSecondInstance() throws Exception {
    second = new ApplicationProcess(Map.of(), "offer-push-second").start();
  }

  @AfterAll
  static void stopSecondInstance() throws InterruptedException {
    if (second != null) {
      second.close();
    }
  }

  @Test
  void bothScreensAreToldOfTheirOffersWhicheverInstanceServesThem() {
    TestDatabase.Fixture f = TestDatabase.concert("Two screens", Map.of("GA", 2));
    Api.Reply held =
        api.postJson(
            "api/bookings",
            "{\"concertId\":" + f.concertId() + ",\"items\":[{\"tier\":\"GA\",\"quantity\":2}]}");
    Assertions.assertThat(held.status()).as(held.toString()).isEqualTo(201);

    Page onFirst = visitorJoining(f.concertId(), api.uri("/"));
    Page onSecond = visitorJoining(f.concertId(), second.uri("/"));

    TestDatabase.runOutHold(held.json().getString("bookingId"));
    for (Page page : new Page[] {onFirst, onSecond}) {
      assertThat(page.locator("#waitlist-offer"))
          .containsText(
              "1 × GA are held for you",
              new LocatorAssertions.ContainsTextOptions().setTimeout(5_000));
    }
    screens.screenshot(onSecond, "told-on-the-second-instance");
    TestDatabase.assertInvariants();
  }

  /** A new visitor, logged in on the instance at {@code base}, on the concert's list for 1. */
  private Page visitorJoining(long concert, URI base) {
    String email = "push-" + UUID.randomUUID().toString().substring(0, 8) + "@example.com";
    api.newCustomer(email);
    Page page = screens.newPage(1280, 900);
    screens.logIn(page, base, email, "customer-password-1", "my-bookings");
    page.navigate(base.resolve("concerts/" + concert).toString());
    assertThat(page.locator("#waitlist")).isVisible();
    page.locator("#waitlist-join").click();
    assertThat(page.locator("#waitlist-entry-GA")).containsText("waiting");
    return page;
  }
}
