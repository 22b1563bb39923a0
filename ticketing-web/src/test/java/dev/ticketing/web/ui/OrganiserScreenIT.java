package dev.ticketing.web.ui;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.assertions.LocatorAssertions;
import com.microsoft.playwright.assertions.PageAssertions;
import dev.ticketing.web.support.TestDatabase;
import dev.ticketing.web.support.TicketingServer;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.UUID;
import java.util.regex.Pattern;
import org.assertj.core.api.Assertions;
import org.junit.jupiter.api.Test;

/**
 * The organiser screens and accounts in a real browser: an organiser logs in, creates a concert
 * with two tiers and publishes it with its sale opening moments later; a customer who registered in
 * another browser sees the countdown, books the moment Book enables itself, and the organiser's
 * dashboard shows the sale without a reload. Who may not enter the organiser screens is turned
 * away.
 */
@TicketingServer
@InChromium
class OrganiserScreenIT {
  private static final String APPROVED_CARD = "4242424242424242";
  private static final String CUSTOMER_PASSWORD = "customer-password-1";
  private static final Pattern COUNTDOWN = Pattern.compile("\\d\\d:\\d\\d:\\d\\d");

  /** How far ahead the sale opens: long enough for a customer's first render on a busy machine. */
  private static final int OPENS_IN_SECONDS = 40;

  // Set before each test by @InChromium.
  private Screens screens;

  // ---------------------------------------------------------------------------------------------

  @Test
  void anOrganiserPublishesAConcertWhoseSaleOpensOnTimeAndWatchesItSell() {
    Page organiser = screens.newPage(1280, 1000);
    logIn(
        organiser,
        System.getProperty("ticketing.it.admin.email"),
        System.getProperty("ticketing.it.admin.password"),
        "organiser");
    assertThat(organiser.locator("#site-nav")).containsText("Organiser");
    assertThat(organiser.locator("#logged-in-as")).hasText("organiser@it.example");

    // A new concert, not published, with two tiers.
    String name = "Night of " + UUID.randomUUID().toString().substring(0, 8);
    organiser.locator("#new-concert summary, #new-concert [slot=summary]").first().click();
    organiser.locator("#new-concert-name input").fill(name);
    organiser.locator("#new-concert-venue input").fill("Harbour Hall");
    fillDateTime(organiser, "#new-concert-starts-at", LocalDateTime.of(2027, 9, 18, 20, 0));
    organiser.locator("#create-concert").click();
    assertThat(organiser.locator("#manage-name"))
        .hasText(name, new LocatorAssertions.HasTextOptions().setTimeout(20_000));
    assertThat(organiser.locator("#manage-sale-state")).hasText("Not published");
    // The address names the new concert once the browser has taken the navigation in.
    assertThat(organiser).hasURL(Pattern.compile(".*/organiser/concerts/\\d+$"));
    long concertId = concertIdIn(organiser.url());

    addTier(organiser, "FRONT", "Front stalls", "40", "20");
    addTier(organiser, "BACK", "Back stalls", "15.50", "30");
    assertThat(organiser.locator("#available-FRONT")).hasText("20");
    assertThat(organiser.locator("#price-BACK")).hasText("US$15.50");
    screens.assertAccessible(organiser, "organiser-tiers");

    // The sale opens moments from now; then the concert is published.
    LocalDateTime opensAt =
        LocalDateTime.now(ZoneOffset.UTC)
            .plusSeconds(OPENS_IN_SECONDS)
            .truncatedTo(ChronoUnit.SECONDS);
    fillDateTime(organiser, "#concert-sales-open-at", opensAt);
    // At most 4 tickets per account, and only for accounts.
    organiser.locator("#concert-max-per-account input").fill("4");
    organiser.locator("#concert-account-required input").check();
    organiser.locator("#save-concert").click();
    assertThat(organiser.locator("#manage-when")).containsText("sale opens");
    organiser.locator("#publish").click();
    assertThat(organiser.locator("#manage-sale-state")).hasText("Published, sale not open yet");
    Assertions.assertThat(
            TestDatabase.queryInt(
                "SELECT count(*) FROM concert WHERE id = ? AND max_tickets_per_account = 4"
                    + " AND account_required",
                concertId))
        .isEqualTo(1);
    organiser.evaluate("() => window.__sameDocument = true");

    // A customer registers in another browser and opens the booking screen before the sale.
    Page customer = screens.newPage(1280, 900);
    String email = "fan-" + UUID.randomUUID().toString().substring(0, 8) + "@it.example";
    register(customer, email);
    screens.open(customer, "");
    Locator listed = customer.locator("#concert-" + concertId);
    assertThat(listed).containsText("Sale opens in");
    assertThat(listed).containsText("Front stalls $40.00: 20 left · Back stalls $15.50: 30 left");
    screens.screenshot(customer, "concerts-list");
    customer.locator("#concert-link-" + concertId).click();
    assertThat(customer.locator("#concert-name"))
        .hasText(name, new LocatorAssertions.HasTextOptions().setTimeout(20_000));
    assertThat(customer.locator("#sale-words")).hasText("Sale opens in");
    assertThat(customer.locator("#purchase-limits"))
        .hasText("At most 4 tickets per account for this concert.");
    assertThat(customer.locator("#sale-countdown")).hasText(COUNTDOWN);
    customer.locator("#quantity-FRONT input").fill("2");
    assertThat(customer.locator("#order-total")).hasText("Total: 2 tickets, $80.00");
    assertThat(customer.locator("#book")).isDisabled();
    customer.evaluate("() => window.__sameDocument = true");
    screens.screenshot(customer, "sale-countdown");

    // At the instant Book enables itself, without a reload.
    assertThat(customer.locator("#book"))
        .isEnabled(
            new LocatorAssertions.IsEnabledOptions().setTimeout(OPENS_IN_SECONDS * 1000 + 15_000));
    Assertions.assertThat(LocalDateTime.now(ZoneOffset.UTC))
        .as("Book enabled at the opening, not before")
        .isAfterOrEqualTo(opensAt);
    assertThat(customer.locator("#sale-countdown")).isHidden();
    Assertions.assertThat(customer.evaluate("() => window.__sameDocument === true"))
        .isEqualTo(true);

    customer.locator("#book").click();
    assertThat(customer.locator("#hold")).isVisible();

    // The organiser's dashboard shows the hold, then the sale, by itself.
    assertThat(organiser.locator("#held-FRONT")).hasText("2");
    assertThat(organiser.locator("#available-FRONT")).hasText("18");
    customer.locator("#card-number input").fill(APPROVED_CARD);
    customer.locator("#pay").click();
    assertThat(customer.locator("#confirmation")).isVisible();
    assertThat(organiser.locator("#sold-FRONT")).hasText("2");
    assertThat(organiser.locator("#held-FRONT")).hasText("0");
    assertThat(organiser.locator("#revenue-FRONT")).hasText("US$80.00");
    assertThat(organiser.locator("#sales-confirmed")).hasText("1");
    assertThat(organiser.locator("#bookings-grid")).containsText(email);
    Assertions.assertThat(organiser.evaluate("() => window.__sameDocument === true"))
        .as("the dashboard was not reloaded")
        .isEqualTo(true);
    screens.assertAccessible(organiser, "organiser-dashboard");

    // The booking belongs to the customer's account.
    customer.getByText("My bookings").first().click();
    assertThat(customer.locator("#my-bookings")).containsText(name);
    assertThat(customer.locator("#my-bookings")).containsText("Confirmed");

    // Capacity below what is sold is refused, in words, next to the field.
    organiser.locator("#edit-FRONT").click();
    organiser.locator("#edit-tier-capacity input").fill("1");
    organiser.locator("#save-tier").click();
    assertThat(organiser.locator("#edit-tier-capacity"))
        .containsText("cannot go below the tickets sold or held");
    screens.screenshot(organiser, "capacity-refused");
  }

  @Test
  void anAnonymousVisitorToTheOrganiserScreensIsAskedToLogIn() {
    Page page = screens.newPage(1280, 900);
    page.navigate(screens.uri("organiser").toString());
    assertThat(page.locator("#login-email"))
        .isVisible(new LocatorAssertions.IsVisibleOptions().setTimeout(20_000));
    assertThat(page).hasURL(Pattern.compile(".*/login\\?to=organiser$"));
    Assertions.assertThat(page.content()).doesNotContain("Concerts you organise");

    // A wrong password says so, and nothing else.
    page.locator("#login-email input").fill("organiser@it.example");
    page.locator("#login-password input").fill("not-the-password");
    page.locator("#login-submit").click();
    assertThat(page.locator("#login-problem")).hasText("The email or the password is wrong.");
    screens.screenshot(page, "login-refused");
  }

  @Test
  void aCustomerIsNotAllowedOnTheOrganiserScreens() {
    Page page = screens.newPage(1280, 900);
    String email = "customer-" + UUID.randomUUID().toString().substring(0, 8) + "@it.example";
    register(page, email);
    assertThat(page.locator("#site-nav")).not().containsText("Organiser");

    screens.open(page, "organiser");
    assertThat(page.locator("#not-allowed-reason")).containsText("organisers only");
    assertThat(page.locator("#not-allowed-reason")).containsText(email);
    screens.screenshot(page, "not-allowed");

    // Logging out makes the visitor anonymous again.
    page.locator("#log-out").click();
    assertThat(page.locator("#site-nav")).containsText("Log in");
  }

  // ---------------------------------------------------------------------------------------------

  private void logIn(Page page, String email, String password, String returnTo) {
    screens.open(page, "login?to=" + returnTo);
    page.locator("#login-email input").fill(email);
    page.locator("#login-password input").fill(password);
    page.locator("#login-submit").click();
    assertThat(page)
        .hasURL(
            Pattern.compile(".*/" + returnTo + "$"),
            new PageAssertions.HasURLOptions().setTimeout(20_000));
    assertThat(page.locator("#logged-in-as"))
        .hasText(email, new LocatorAssertions.HasTextOptions().setTimeout(20_000));
  }

  private void register(Page page, String email) {
    screens.open(page, "register");
    page.locator("#register-email input").fill(email);
    page.locator("#register-password input").fill(CUSTOMER_PASSWORD);
    page.locator("#register-confirm input").fill(CUSTOMER_PASSWORD);
    page.locator("#register-submit").click();
    assertThat(page.locator("#logged-in-as"))
        .hasText(email, new LocatorAssertions.HasTextOptions().setTimeout(20_000));
  }

  private static void addTier(Page page, String code, String name, String price, String capacity) {
    page.locator("#tier-code input").fill(code);
    page.locator("#tier-name input").fill(name);
    page.locator("#tier-price input").fill(price);
    page.locator("#tier-capacity input").fill(capacity);
    page.locator("#add-tier").click();
    assertThat(page.locator("#tier-row-" + code)).isVisible();
  }

  /** Types a date and a time (UTC, as the form says) into a date-time picker. */
  private static void fillDateTime(Page page, String picker, LocalDateTime value) {
    Locator inputs = page.locator(picker + " input");
    inputs.nth(0).fill(value.format(DateTimeFormatter.ISO_LOCAL_DATE));
    inputs.nth(0).press("Enter");
    inputs.nth(1).fill(value.format(DateTimeFormatter.ofPattern("HH:mm:ss")));
    inputs.nth(1).press("Enter");
  }

  private static long concertIdIn(String url) {
    var matcher = Pattern.compile(".*/organiser/concerts/(\\d+)$").matcher(url);
    Assertions.assertThat(matcher.matches()).as(url).isTrue();
    return Long.parseLong(matcher.group(1));
  }
}
