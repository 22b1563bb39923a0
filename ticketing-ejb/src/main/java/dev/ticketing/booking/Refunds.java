package dev.ticketing.booking;

import dev.ticketing.payment.PaymentProvider;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Gives the money of cancelled bookings back: asks the provider, outside any transaction, then
 * records the refund. A refund the provider did not confirm is asked for again later; the provider
 * treats a refund of the same authorisation as one.
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

  /** Refunds a cancelled booking's payment; on failure it is retried by {@link #retryPending}. */
  public void refund(UUID bookingId, BookingTransitions.Refund refund) {
    try {
      String refundId =
          payments.refund(refund.authorisationId(), refund.amountMinor(), refund.currency());
      transitions.refunded(bookingId, refundId);
    } catch (RuntimeException e) {
      LOG.log(
          Level.WARNING, "Refund of booking " + bookingId + " not done yet; it will be retried", e);
    }
  }

  /** Asks again for refunds that an instance asked for and did not see through. */
  public void retryPending() {
    transitions.pendingRefunds(RETRY_AFTER_SECONDS, RETRIED_AT_ONCE).forEach(this::refund);
  }
}
