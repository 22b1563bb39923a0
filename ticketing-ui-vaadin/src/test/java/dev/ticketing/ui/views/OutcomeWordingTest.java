package dev.ticketing.ui.views;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ticketing.booking.BookingStatus;
import dev.ticketing.booking.refusal.AdmissionRequiredException;
import dev.ticketing.booking.refusal.BookingRejectedException;
import dev.ticketing.booking.refusal.BookingRejectedException.Reason;
import dev.ticketing.booking.refusal.InvalidBookingException;
import dev.ticketing.booking.refusal.InvalidQuantityException;
import dev.ticketing.booking.refusal.NotEnoughTicketsException;
import dev.ticketing.booking.refusal.PurchaseLimitException;
import dev.ticketing.booking.refusal.UnknownBookingException;
import dev.ticketing.booking.refusal.UnknownTierException;
import dev.ticketing.catalog.PurchaseLimits;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;

/** What the screens say when a booking, a payment or a cancellation is refused, and about holds. */
class OutcomeWordingTest {
  private static final UnaryOperator<String> NAMES =
      code -> code.equals("GA") ? "General Admission" : code;

  @Test
  void notEnoughNamesTheTierAsPeopleKnowItAndWhatIsLeft() {
    assertThat(OutcomeWording.refusal(new NotEnoughTicketsException("GA", 4, 2), NAMES))
        .isEqualTo(
            "Not enough General Admission tickets: you asked for 4, only 2 General Admission"
                + " tickets are left now. Nothing was booked. We kept your other choices; please"
                + " check them and book again.");
  }

  @Test
  void noneLeftSaysSoldOut() {
    assertThat(OutcomeWording.refusal(new NotEnoughTicketsException("GA", 1, 0), NAMES))
        .startsWith(
            "Not enough General Admission tickets: you asked for 1, but General Admission"
                + " is sold out. Nothing was booked.");
  }

  @Test
  void everyRefusalSaysSomethingPlainAndWhetherAnythingWasBookedOrCharged() {
    Set<BookingRejectedException.Reason> covered =
        EnumSet.noneOf(BookingRejectedException.Reason.class);
    for (BookingRejectedException refused : everyKindOfRefusal()) {
      covered.add(refused.reason());
      String words = OutcomeWording.refusal(refused, NAMES);
      assertThat(words).as(refused.reason().name()).isNotBlank().doesNotContain("Exception");
    }
    assertThat(covered).isEqualTo(EnumSet.allOf(BookingRejectedException.Reason.class));
    assertThat(OutcomeWording.refusal(new InvalidQuantityException("GA", 11, 10), NAMES))
        .isEqualTo("You can book at most 10 tickets of each tier in one order.");
  }

  @Test
  void aPurchaseLimitSaysHowManyMoreTheAccountMayBook() {
    assertThat(OutcomeWording.refusal(new PurchaseLimitException(6, 4, 4), NAMES))
        .isEqualTo(
            "At most 6 tickets of this concert per account: your account may book 2 more."
                + " Nothing was booked.");
    assertThat(OutcomeWording.refusal(new PurchaseLimitException(6, 6, 1), NAMES))
        .isEqualTo(
            "At most 6 tickets of this concert per account: your account holds or has bought"
                + " that many already. Nothing was booked.");
  }

  @Test
  void theBookingScreenSaysTheConcertsLimitsOrNothing() {
    assertThat(OutcomeWording.purchaseLimits(PurchaseLimits.NONE, false)).isNull();
    assertThat(OutcomeWording.purchaseLimits(new PurchaseLimits(6, false), false))
        .isEqualTo("At most 6 tickets per account for this concert.");
    assertThat(OutcomeWording.purchaseLimits(new PurchaseLimits(1, true), false))
        .isEqualTo(
            "At most 1 ticket per account for this concert. Log in or register to book tickets"
                + " for this concert.");
    assertThat(OutcomeWording.purchaseLimits(new PurchaseLimits(1, true), true))
        .isEqualTo("At most 1 ticket per account for this concert.");
    assertThat(OutcomeWording.purchaseLimits(new PurchaseLimits(null, true), false))
        .isEqualTo("Log in or register to book tickets for this concert.");
    assertThat(OutcomeWording.purchaseLimits(new PurchaseLimits(null, true), true)).isNull();
  }

  @Test
  void aDeclinedCardSaysNothingWasChargedAndTheTicketsAreStillHeld() {
    assertThat(OutcomeWording.refusal(refusal(Reason.PAYMENT_DECLINED, "card_declined"), NAMES))
        .isEqualTo(
            "Your card was declined. Nothing was charged, and your tickets are still held: try"
                + " another card.");
    assertThat(
            OutcomeWording.refusal(refusal(Reason.PAYMENT_DECLINED, "insufficient_funds"), NAMES))
        .startsWith("Your card was declined for insufficient funds. Nothing was charged");
    assertThat(OutcomeWording.refusal(refusal(Reason.PAYMENT_DECLINED, "not_a_test_card"), NAMES))
        .startsWith("This is a test system, so only the test cards listed")
        .endsWith("your tickets are still held: try another card.");
    assertThat(OutcomeWording.refusal(refusal(Reason.PAYMENT_TIMEOUT, null), NAMES))
        .contains("did not answer in time and nothing was charged")
        .contains("still held: please try again");
  }

  @Test
  void aHoldThatRanOutSaysTheTicketsWentBackOnSaleAndNothingWasCharged() {
    assertThat(OutcomeWording.refusal(refusal(Reason.HOLD_EXPIRED, null), NAMES))
        .isEqualTo(
            "Your hold ran out before it was paid, so the tickets went back on sale. Nothing was"
                + " charged.");
  }

  @Test
  void eachStateOfABookingHasItsLabel() {
    assertThat(OutcomeWording.status(BookingStatus.HELD, "14:35 UTC"))
        .isEqualTo("Held until 14:35 UTC");
    assertThat(OutcomeWording.status(BookingStatus.CONFIRMED, "")).isEqualTo("Confirmed");
    assertThat(OutcomeWording.status(BookingStatus.EXPIRED, "")).isEqualTo("Expired");
    assertThat(OutcomeWording.status(BookingStatus.CANCELLED, "")).isEqualTo("Cancelled");
  }

  @Test
  void cancellingSaysWhatBecomesOfTheTicketsAndTheMoney() {
    assertThat(OutcomeWording.cancelQuestion(BookingStatus.HELD, 2, "$20.00"))
        .isEqualTo("Your 2 tickets go back on sale and nothing is charged.");
    assertThat(OutcomeWording.cancelQuestion(BookingStatus.CONFIRMED, 1, "$10.00"))
        .isEqualTo(
            "Your ticket goes back on sale and your payment of $10.00 is refunded to your card.");
    assertThat(OutcomeWording.cancelled(false, "$20.00"))
        .isEqualTo("Cancelled: the tickets are back on sale and nothing was charged.");
    assertThat(OutcomeWording.cancelled(true, "$20.00"))
        .isEqualTo(
            "Cancelled: the tickets are back on sale and your payment of $20.00 is refunded to"
                + " your card.");
  }

  @Test
  void theHoldShowsTimeLeftAndTheAmountOnThePayButton() {
    assertThat(OutcomeWording.timeLeft("9:59")).isEqualTo("Time left to pay: 9:59");
    assertThat(OutcomeWording.pay("$20.00")).isEqualTo("Pay $20.00");
  }

  /** One refusal of each kind; those the booking module alone can make are stood in for. */
  private static List<BookingRejectedException> everyKindOfRefusal() {
    List<BookingRejectedException> refusals =
        new ArrayList<>(
            List.of(
                new NotEnoughTicketsException("GA", 3, 1),
                new InvalidQuantityException("GA", 11, 10),
                new UnknownTierException("GONE"),
                new InvalidBookingException("items", "no lines"),
                new UnknownBookingException(UUID.randomUUID()),
                new PurchaseLimitException(6, 4, 4),
                new AdmissionRequiredException(7, "no admission")));
    for (Reason reason :
        EnumSet.of(
            Reason.HOLD_EXPIRED,
            Reason.ALREADY_PAID,
            Reason.BOOKING_CANCELLED,
            Reason.PAYMENT_DECLINED,
            Reason.INVALID_CARD,
            Reason.PAYMENT_TIMEOUT,
            Reason.IDEMPOTENCY_KEY_REUSED,
            Reason.IDEMPOTENCY_KEY_IN_USE,
            Reason.SALE_NOT_OPEN,
            Reason.SALE_CLOSED,
            Reason.ACCOUNT_REQUIRED)) {
      refusals.add(refusal(reason, reason == Reason.PAYMENT_DECLINED ? "card_declined" : null));
    }
    return refusals;
  }

  /** A refusal as the booking service gives it: its reason and facts. */
  private static BookingRejectedException refusal(Reason reason, String declineCode) {
    return new BookingRejectedException(reason.name()) {
      @Override
      public Reason reason() {
        return reason;
      }

      @Override
      public Map<String, Object> facts() {
        return declineCode == null ? Map.of() : Map.of("declineCode", declineCode);
      }
    };
  }

  @Test
  void theTotalCountsTicketsInWords() {
    assertThat(OutcomeWording.total(0, "")).isEqualTo("Choose how many tickets you want");
    assertThat(OutcomeWording.total(1, "$10.00")).isEqualTo("Total: 1 ticket, $10.00");
    assertThat(OutcomeWording.total(3, "$30.00")).isEqualTo("Total: 3 tickets, $30.00");
  }
}
