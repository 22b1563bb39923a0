package dev.ticketing.web.ui;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.assertions.LocatorAssertions;
import com.microsoft.playwright.options.AriaRole;
import dev.ticketing.web.support.TestDatabase;
import dev.ticketing.web.support.TestDatabase.Fixture;
import dev.ticketing.web.support.TicketingServer;
import java.util.regex.Pattern;
import org.assertj.core.api.Assertions;
import org.junit.jupiter.api.Test;

/**
 * A booking's life on the screens, in a real browser against the real WAR: Book holds the tickets
 * and shows the payment step with a live countdown; a card pays (or is declined, and the hold
 * stays); a hold can be cancelled from My bookings; a hold that runs out while the page is open
 * says so and puts the choice back. Each test has a concert of its own, so counts are exact.
 */
@TicketingServer
@InChromium
class PaymentScreenIT {
  private static final String APPROVED = "4242424242424242";
  private static final String DECLINED = "4000000000000002";
  private static final String SLOW = "4000000000003006";
  private static final String NO_ANSWER = "4000000000005001";
  private static final Pattern TIME_LEFT =
      Pattern.compile("Time left to pay: (10:00|9:[0-5][0-9])");

  /** The expiry sweep runs every second; the screen hears of it at once. */
  private static final double EXPIRY_SHOWN_WITHIN_MILLIS = 5_000;

  // Set before each test by @InChromium.
  private Screens screens;

  // ---------------------------------------------------------------------------------------------

  @Test
  void bookHoldsTheTicketsWithALiveCountdownAndPayingConfirmsThem(Page page) {
    Fixture concert = TestDatabase.concert("Pay", Screens.tiers("PAY", 20, "OTHER", 10));
    screens.open(page, "concerts/" + concert.concertId());
    page.locator("#quantity-PAY input").fill("2");
    page.locator("#book").click();

    // The hold: what, how much, how long; off sale for everyone at once.
    Locator hold = page.locator("#hold");
    assertThat(hold).containsText("Your tickets are held");
    assertThat(page.locator("#hold-items")).hasText("2 × PAY at $25.00 = $50.00");
    assertThat(page.locator("#hold-total")).hasText("Total to pay: $50.00");
    assertThat(page.locator("#hold-countdown")).hasText(TIME_LEFT);
    assertThat(page.locator("#left-PAY")).hasText("18 left");
    assertThat(page.locator("#book")).isDisabled();
    String bookingId = Holds.onlyOne(concert.concertId());
    Assertions.assertThat(Holds.status(bookingId)).isEqualTo("HELD");
    Assertions.assertThat(page.url()).endsWith("?pay=" + bookingId);
    Locator testCards = page.locator("#test-cards");
    assertThat(testCards).containsText("4242 4242 4242 4242 approved");
    assertThat(testCards).containsText("4000 0000 0000 0002 declined (card_declined)");
    assertThat(testCards).containsText("4000 0000 0000 5001 no answer: times out");
    screenshot(page, "held");

    // The countdown runs without the visitor doing anything.
    String shown = page.locator("#hold-countdown").textContent();
    assertThat(page.locator("#hold-countdown"))
        .not()
        .hasText(shown, new LocatorAssertions.HasTextOptions().setTimeout(3_000));
    assertThat(page.locator("#hold-countdown")).hasText(TIME_LEFT);

    page.getByLabel("Card number").fill(APPROVED);
    page.locator("#pay").click();

    Locator confirmation = page.locator("#confirmation");
    assertThat(confirmation).containsText("Booked! Your tickets are confirmed.");
    assertThat(page.locator("#booking-reference")).hasText(bookingId);
    assertThat(page.locator("#booked-items")).hasText("2 × PAY at $25.00 = $50.00");
    Assertions.assertThat(Holds.status(bookingId)).isEqualTo("CONFIRMED");
    assertThat(page.locator("#left-PAY")).hasText("18 left");
    // The card number is gone with the form; the address no longer names the hold.
    assertThat(page.locator("#card-number")).hasCount(0);
    Assertions.assertThat(page.url()).doesNotContain("pay=");
    assertThat(page.locator("#book")).isDisabled(); // nothing chosen
    page.locator("#quantity-OTHER input").fill("1");
    assertThat(page.locator("#book")).isEnabled();
    screenshot(page, "paid");
  }

  @Test
  void aDeclinedCardSaysSoAndKeepsTheHoldThenAnotherCardPays(Page page) {
    Fixture concert = TestDatabase.concert("Declined", Screens.tiers("DEC", 10));
    screens.open(page, "concerts/" + concert.concertId());
    page.locator("#quantity-DEC input").fill("3");
    page.locator("#book").click();
    assertThat(page.locator("#hold")).isVisible();
    String bookingId = Holds.onlyOne(concert.concertId());

    page.locator("#card-number input").fill(DECLINED);
    page.locator("#pay").click();

    assertThat(page.locator("#payment-problem"))
        .hasText(
            "Your card was declined. Nothing was charged, and your tickets are still held: try"
                + " another card.");
    assertThat(page.locator("#hold-countdown")).hasText(TIME_LEFT);
    assertThat(page.locator("#pay")).isEnabled();
    assertThat(page.locator("#pay")).hasText("Pay $75.00");
    assertThat(page.locator("#left-DEC")).hasText("7 left");
    Assertions.assertThat(Holds.status(bookingId)).isEqualTo("HELD");
    Assertions.assertThat(page.content()).doesNotContain("Exception");
    screenshot(page, "declined");

    // A reload comes back to the same hold (the address names it), and another card pays.
    page.reload();
    assertThat(page.locator("#hold-items")).hasText("3 × DEC at $25.00 = $75.00");
    page.locator("#card-number input").fill(APPROVED);
    page.locator("#pay").click();
    assertThat(page.locator("#booking-reference")).hasText(bookingId);
    Assertions.assertThat(Holds.status(bookingId)).isEqualTo("CONFIRMED");
    Assertions.assertThat(TestDatabase.bookingsOf(concert.concertId())).isEqualTo(1);
  }

  @Test
  void aSlowPaymentShowsItsProgressAndADoubleClickPaysOnce(Page page) {
    Fixture concert = TestDatabase.concert("Slow", Screens.tiers("SLOW", 10));
    screens.open(page, "concerts/" + concert.concertId());
    page.locator("#quantity-SLOW input").fill("1");
    page.locator("#book").click();
    assertThat(page.locator("#hold")).isVisible();

    page.locator("#card-number input").fill(SLOW);
    page.locator("#pay").dblclick();

    assertThat(page.locator("#pay")).hasText("Paying…");
    assertThat(page.locator("#pay")).isDisabled();
    assertThat(page.locator("#cancel-hold")).isDisabled();
    screenshot(page, "paying");
    assertThat(page.locator("#confirmation"))
        .isVisible(new LocatorAssertions.IsVisibleOptions().setTimeout(10_000));
    String bookingId = Holds.onlyOne(concert.concertId());
    Assertions.assertThat(Holds.status(bookingId)).isEqualTo("CONFIRMED");
    Assertions.assertThat(
            TestDatabase.queryInt(
                "SELECT count(*) FROM payment WHERE booking_id = CAST(? AS uuid)", bookingId))
        .isEqualTo(1);
  }

  @Test
  void aPaymentServiceThatDoesNotAnswerChargesNothingAndThePaymentCanBeTriedAgain(Page page) {
    Fixture concert = TestDatabase.concert("Timeout", Screens.tiers("WAIT", 10));
    screens.open(page, "concerts/" + concert.concertId());
    page.locator("#quantity-WAIT input").fill("1");
    page.locator("#book").click();
    assertThat(page.locator("#hold")).isVisible();
    String bookingId = Holds.onlyOne(concert.concertId());

    page.locator("#card-number input").fill(NO_ANSWER);
    page.locator("#card-number input").press("Enter");

    assertThat(page.locator("#pay")).hasText("Paying…");
    assertThat(page.locator("#payment-problem"))
        .hasText(
            "The payment service did not answer in time and nothing was charged. Your tickets are"
                + " still held: please try again.",
            new LocatorAssertions.HasTextOptions().setTimeout(15_000));
    Assertions.assertThat(Holds.status(bookingId)).isEqualTo("HELD");
    screenshot(page, "timed-out");

    page.locator("#card-number input").fill(APPROVED);
    page.locator("#pay").click();
    assertThat(page.locator("#booking-reference")).hasText(bookingId);
    Assertions.assertThat(Holds.status(bookingId)).isEqualTo("CONFIRMED");
  }

  @Test
  void cancellingAHoldFromMyBookingsPutsTheTicketsBackOnSale(Page page) {
    Fixture concert = TestDatabase.concert("Cancel", Screens.tiers("CAN", 10));
    String path = "concerts/" + concert.concertId();
    Page watcher = screens.newPage(1280, 900);
    screens.open(watcher, path);
    screens.open(page, path);
    page.locator("#quantity-CAN input").fill("3");
    page.locator("#book").click();
    assertThat(page.locator("#hold")).isVisible();
    assertThat(watcher.locator("#left-CAN")).hasText("7 left");
    String bookingId = Holds.onlyOne(concert.concertId());

    page.getByText("My bookings").first().click();
    Locator card = page.locator("#booking-" + bookingId);
    assertThat(card.locator(".booking-status"))
        .hasText(Pattern.compile("Held until \\d\\d:\\d\\d UTC"));
    assertThat(card.locator(".pay-booking")).isVisible();
    card.locator(".cancel-booking").click();
    Locator dialog = page.getByRole(AriaRole.ALERTDIALOG);
    assertThat(dialog).containsText("Cancel your hold?");
    assertThat(dialog).containsText("Your 3 tickets go back on sale and nothing is charged.");
    screenshot(page, "cancel-dialog");
    page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Yes, cancel it")).click();

    assertThat(card.locator(".booking-status")).hasText("Cancelled");
    assertThat(card)
        .containsText("Cancelled: the tickets are back on sale and nothing was charged.");
    assertThat(card.locator(".cancel-booking")).hasCount(0);
    assertThat(card.locator(".pay-booking")).hasCount(0);
    Assertions.assertThat(Holds.status(bookingId)).isEqualTo("CANCELLED");
    screenshot(page, "cancelled");
    // Back on sale: the other visitor's open screen counts them again, without a reload.
    assertThat(watcher.locator("#left-CAN")).hasText("10 left");
    screens.open(page, path);
    assertThat(page.locator("#left-CAN")).hasText("10 left");
  }

  @Test
  void aHeldBookingIsPaidFromMyBookingsAndAPaidOneCancelledWithARefund(Page page) {
    Fixture concert = TestDatabase.concert("Later", Screens.tiers("LATER", 10));
    screens.open(page, "concerts/" + concert.concertId());
    page.locator("#quantity-LATER input").fill("2");
    page.locator("#book").click();
    assertThat(page.locator("#hold")).isVisible();
    String bookingId = Holds.onlyOne(concert.concertId());

    screens.open(page, "my-bookings");
    Locator card = page.locator("#booking-" + bookingId);
    card.locator(".pay-booking").click();
    assertThat(page.locator("#hold-items")).hasText("2 × LATER at $25.00 = $50.00");
    page.locator("#card-number input").fill(APPROVED);
    page.locator("#pay").click();
    assertThat(page.locator("#booking-reference")).hasText(bookingId);

    page.getByText("See all my bookings").click();
    assertThat(card.locator(".booking-status")).hasText("Confirmed");
    card.locator(".cancel-booking").click();
    assertThat(page.getByRole(AriaRole.ALERTDIALOG))
        .containsText("Your 2 tickets go back on sale and your payment of $50.00 is refunded");
    page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Yes, cancel it")).click();
    assertThat(card)
        .containsText(
            "Cancelled: the tickets are back on sale and your payment of $50.00 is refunded to"
                + " your card.");
    Assertions.assertThat(Holds.status(bookingId)).isEqualTo("CANCELLED");
    screenshot(page, "refunded");
  }

  @Test
  void aHoldThatRunsOutWhileThePageIsOpenSaysSoAndPutsTheChoiceBack(Page page) {
    Fixture concert = TestDatabase.concert("Expiry", Screens.tiers("EXP", 10, "SIDE", 10));
    screens.open(page, "concerts/" + concert.concertId());
    page.locator("#quantity-EXP input").fill("2");
    page.locator("#quantity-SIDE input").fill("1");
    page.locator("#book").click();
    assertThat(page.locator("#hold")).isVisible();
    assertThat(page.locator("#left-EXP")).hasText("8 left");
    assertThat(page.locator("#quantity-EXP input")).hasValue("0");
    String bookingId = Holds.onlyOne(concert.concertId());

    Holds.runOut(bookingId);

    assertThat(page.locator("#booking-problem"))
        .hasText(
            "Your hold ran out before it was paid, so the tickets went back on sale. Nothing was"
                + " charged. We put your choice back above: press Book to hold the tickets"
                + " again.",
            new LocatorAssertions.HasTextOptions().setTimeout(EXPIRY_SHOWN_WITHIN_MILLIS));
    assertThat(page.locator("#hold")).hasCount(0);
    assertThat(page.locator("#quantity-EXP input")).hasValue("2");
    assertThat(page.locator("#quantity-SIDE input")).hasValue("1");
    assertThat(page.locator("#left-EXP")).hasText("10 left");
    assertThat(page.locator("#left-SIDE")).hasText("10 left");
    assertThat(page.locator("#order-total")).hasText("Total: 3 tickets, $100.00");
    Assertions.assertThat(Holds.status(bookingId)).isEqualTo("EXPIRED");
    screenshot(page, "hold-ran-out");

    // One click holds the same tickets again.
    page.locator("#book").click();
    assertThat(page.locator("#hold-items")).containsText("2 × EXP at $25.00 = $50.00");
    assertThat(page.locator("#hold-items")).containsText("1 × SIDE at $50.00 = $50.00");
    assertThat(page.locator("#left-EXP")).hasText("8 left");
    Assertions.assertThat(Holds.of(concert.concertId())).hasSize(2);
  }

  @Test
  void doubleClickingBookHoldsOnlyOnce(Page page) {
    Fixture concert = TestDatabase.concert("Double", Screens.tiers("DBL", 10));
    screens.open(page, "concerts/" + concert.concertId());
    page.locator("#quantity-DBL input").fill("2");

    page.locator("#book").dblclick();

    assertThat(page.locator("#hold")).isVisible();
    page.waitForTimeout(1_000); // time for a second request, were there one
    Assertions.assertThat(TestDatabase.bookingsOf(concert.concertId())).isEqualTo(1);
    assertThat(page.locator("#left-DBL")).hasText("8 left");
    Assertions.assertThat(TestDatabase.unsold(concert.tier("DBL"))).isEqualTo(8);
    screenshot(page, "double-click-one-hold");
  }

  // ---------------------------------------------------------------------------------------------

  private void screenshot(Page target, String name) {
    screens.screenshot(target, name);
  }
}
