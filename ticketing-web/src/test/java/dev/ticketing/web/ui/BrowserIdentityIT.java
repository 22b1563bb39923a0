package dev.ticketing.web.ui;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.assertions.LocatorAssertions;
import com.microsoft.playwright.assertions.PageAssertions;
import dev.ticketing.web.support.Api;
import dev.ticketing.web.support.TestDatabase;
import dev.ticketing.web.support.TicketingServer;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Pattern;
import org.assertj.core.api.Assertions;
import org.junit.jupiter.api.Test;

/**
 * Who the browser is, in a real browser: a login typed with capitals is the same account as the
 * API's (its bookings show), and the browser's session is worth nothing to the API, so a page of
 * another site cannot act with it.
 */
@TicketingServer
@InChromium
class BrowserIdentityIT {
  // Set before each test by @TicketingServer and @InChromium.
  private Api api;
  private Screens screens;

  @Test
  void anEmailTypedWithCapitalsLogsIntoTheAccountAndShowsItsBookings() {
    String lower = "alice-" + UUID.randomUUID().toString().substring(0, 8) + "@example.com";
    String token = api.newCustomer(lower);
    TestDatabase.Fixture f = TestDatabase.concert("Capitals", Map.of("GA", 10));
    Api.Reply held =
        api.call(
            "POST",
            "api/bookings",
            token,
            "{\"concertId\":" + f.concertId() + ",\"items\":[{\"tier\":\"GA\",\"quantity\":1}]}");
    Assertions.assertThat(held.status()).as(held.toString()).isEqualTo(201);
    String bookingId = held.json().getString("bookingId");

    Page page = screens.newPage(1280, 900);
    logIn(page, "Alice-" + lower.substring(6, 14) + "@Example.com", "customer-password-1");
    assertThat(page.locator("#logged-in-as")).hasText(lower);

    screens.open(page, "my-bookings");
    assertThat(page.locator("#booking-" + bookingId)).isVisible();
  }

  @Test
  void theBrowserSessionOfALoggedInOrganiserIsWorthNothingToTheApi() {
    TestDatabase.Fixture f = TestDatabase.concert("Forged", Map.of("GA", 10));
    Page page = screens.newPage(1280, 900);
    logIn(
        page,
        System.getProperty("ticketing.it.admin.email"),
        System.getProperty("ticketing.it.admin.password"));

    // What a hostile page could make the browser send: the session cookie goes along.
    Object status =
        page.evaluate(
            "async url => (await fetch(url, {method: 'POST', credentials: 'include'})).status",
            api.uri("api/admin/concerts/" + f.concertId() + "/unpublish").toString());
    Assertions.assertThat(status).isEqualTo(401);
    Assertions.assertThat(
            TestDatabase.queryInt(
                "SELECT count(*) FROM concert WHERE id = ? AND published", f.concertId()))
        .isEqualTo(1);
  }

  private void logIn(Page page, String email, String password) {
    screens.open(page, "login?to=my-bookings");
    page.locator("#login-email input").fill(email);
    page.locator("#login-password input").fill(password);
    page.locator("#login-submit").click();
    assertThat(page)
        .hasURL(
            Pattern.compile(".*/my-bookings$"),
            new PageAssertions.HasURLOptions().setTimeout(20_000));
    assertThat(page.locator("#logged-in-as"))
        .isVisible(new LocatorAssertions.IsVisibleOptions().setTimeout(20_000));
  }
}
