package dev.ticketing.web.ui;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Page;
import dev.ticketing.web.support.TestDatabase;
import dev.ticketing.web.support.TestDatabase.Fixture;
import dev.ticketing.web.support.TicketingServer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The customer's screens checked by axe-core in Chromium against WCAG 2.1 levels A and AA: none has
 * a violation that axe rates serious or critical. Each check leaves a screenshot of what it saw.
 */
@TicketingServer
@InChromium
class AccessibilityIT {
  // Set before each test by @InChromium.
  private Screens screens;

  @ParameterizedTest(name = "/{0}")
  @ValueSource(strings = {"login", "register", "", "concerts"})
  void aScreenHasNoSeriousOrCriticalViolation(String path, Page page) {
    screens.open(page, path);
    screens.assertAccessible(page, path.isEmpty() ? "concerts-list" : path);
  }

  @Test
  void myBookingsWithAHeldBookingHasNoSeriousOrCriticalViolation(Page page) {
    Fixture concert = TestDatabase.concert("Accessible", Screens.tiers("EASY", 5));
    screens.open(page, "concerts/" + concert.concertId());
    page.locator("#quantity-EASY input").fill("1");
    page.locator("#book").click();
    assertThat(page.locator("#hold")).isVisible();

    screens.open(page, "my-bookings");
    assertThat(page.locator(".booking-status")).isVisible();
    screens.assertAccessible(page, "my-bookings");
  }

  @ParameterizedTest(name = "{0} px wide")
  @ValueSource(ints = {1280, 390})
  void aConcertWithPurchaseLimitsHasNoSeriousOrCriticalViolation(int width) {
    Fixture concert = TestDatabase.concert("Limited", Screens.tiers("EASY", 5));
    TestDatabase.update(
        "UPDATE concert SET max_tickets_per_account = 4, account_required = true WHERE id = ?",
        concert.concertId());
    Page visitor = screens.newPage(width, 900);
    screens.open(visitor, "concerts/" + concert.concertId());
    assertThat(visitor.locator("#purchase-limits")).isVisible();
    screens.assertAccessible(visitor, "purchase-limits-" + width);
  }
}
