package dev.ticketing.booking;

import dev.ticketing.payment.PaymentLedger;
import dev.ticketing.payment.PaymentProvider;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Gives the money of cancelled bookings back: asks the provider, outside any transaction, then
 * records the refund. A refund the provider did not confirm is asked for again by {@link
 * RefundRetry}, oldest first, with a pause that grows with each failure; the provider treats a
 * refund of the same authorisation as one.
 */
@ApplicationScoped
public class Refunds {
  private static final Logger LOG = Logger.getLogger(Refunds.class.getName());

  /** A refund asked for this long ago and not recorded is asked for again. */
  private static final int RETRY_AFTER_SECONDS = 60;

  /** Refunds asked for again in one pass, oldest first. */
  private static final int RETRIED_AT_ONCE = 100;

  @Inject private BookingTransitions transitions;

  @Inject private PaymentProvider payments;

  @Inject private PaymentLedger ledger;

  /** Refunds a cancelled booking's payment; on failure it is retried by {@link #retryPending}. */
  public void refund(UUID bookingId, BookingTransitions.Refund refund) {
    try {
      String refundId =
          payments.refund(refund.authorisationId(), refund.amountMinor(), refund.currency());
      transitions.refunded(bookingId, refundId);
      ledger.refunded(refund.authorisationId());
    } catch (RuntimeException e) {
      LOG.log(
          Level.WARNING, "Refund of booking " + bookingId + " not done yet; it will be retried", e);
      try {
        transitions.refundFailed(bookingId);
      } catch (RuntimeException databaseDown) {
        e.addSuppressed(databaseDown); // asked for again once due, as after a stop
      }
    }
  }

  /**
   * Asks again for refunds that are due: failed ones whose pause is over, and those an instance
   * asked for and did not see through; oldest first.
   *
   * @return how many were asked for
   */
  public int retryPending() {
    var pending = transitions.pendingRefunds(RETRY_AFTER_SECONDS, RETRIED_AT_ONCE);
    pending.forEach(this::refund);
    return pending.size();
  }
}
