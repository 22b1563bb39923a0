package dev.ticketing.payment;

import java.util.Arrays;
import java.util.Optional;

/**
 * The card numbers that {@link SimulatedCardProvider} knows, each with a fixed outcome, as in a
 * card processor's test mode (the first three are the numbers those test modes made familiar). Any
 * other well-formed number is declined as {@link
 * PaymentDeclinedException.DeclineCode#NOT_A_TEST_CARD}.
 */
public enum TestCard {
  /** Approved. The default card of {@code POST /api/book}. */
  APPROVED("4242424242424242", "approved"),
  /** Declined by the bank. */
  DECLINED("4000000000000002", "declined (card_declined)"),
  /** Declined: not enough money on the card. */
  INSUFFICIENT_FUNDS("4000000000009995", "declined (insufficient_funds)"),
  /** Approved after {@link SimulatedCardProvider#SLOW_ANSWER} (3 seconds). */
  SLOW("4000000000003006", "approved after 3 seconds"),
  /**
   * Never answers: the provider gives up after {@code ticketing.payment.timeout-millis} and nothing
   * is charged.
   */
  NO_ANSWER("4000000000005001", "no answer: times out"),
  /**
   * Approved, but the provider does not answer the first capture ({@code
   * ticketing.payment.timeout-millis}, then a timeout; nothing captured): the booking is confirmed
   * and its money taken later by the reconciliation, once. For trying a crash between confirming
   * and capturing.
   */
  CAPTURE_UNANSWERED("4000000000000259", "approved; the first capture is not answered"),
  /**
   * Approved and captured, but the provider does not answer the first two refunds asked for it (an
   * outage): the cancellation stands and the refund is asked for again with a growing pause, and
   * done on the third request, once. For watching the refund retry.
   */
  REFUND_UNANSWERED("4000000000000267", "approved; the first two refunds are not answered");

  private final String number;
  private final String outcome;

  TestCard(String number, String outcome) {
    this.number = number;
    this.outcome = outcome;
  }

  public String number() {
    return number;
  }

  /** What paying with it does, in a few words for a screen. */
  public String outcome() {
    return outcome;
  }

  /** The test card with this number (digits only), if it is one. */
  public static Optional<TestCard> of(String digits) {
    return Arrays.stream(values()).filter(card -> card.number.equals(digits)).findFirst();
  }
}
