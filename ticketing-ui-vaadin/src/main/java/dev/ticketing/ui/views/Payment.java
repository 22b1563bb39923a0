package dev.ticketing.ui.views;

import com.vaadin.flow.component.UI;
import dev.ticketing.booking.BookingService;
import dev.ticketing.booking.BookingStatus;
import dev.ticketing.booking.BookingSummary;
import dev.ticketing.booking.idempotency.IdempotentRequest;
import dev.ticketing.booking.refusal.BookingRejectedException;
import dev.ticketing.booking.refusal.BookingRejectedException.Reason;
import java.util.UUID;
import java.util.concurrent.Executor;
import java.util.concurrent.RejectedExecutionException;
import java.util.function.UnaryOperator;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Pays for a held booking in the background, each request with an idempotency key of its own
 * ({@link RequestKeys}), and says how it went: paid, the hold ended first, paid already, or a
 * problem in plain words.
 */
final class Payment {
  private static final Logger LOG = Logger.getLogger(Payment.class.getName());

  /** How a payment went; called in the UI. */
  interface Outcome {
    void paid(BookingSummary booking);

    /** Not paid: the hold ended first, ran out ({@code EXPIRED}) or was cancelled. */
    void holdEnded(BookingStatus how);

    /** Paid already (in another tab, say): nothing was charged again. */
    void paidBefore();

    /**
     * Not paid (or not known to be): why, in words for the visitor; {@code aboutTheCard} when the
     * card number is what was wrong.
     */
    void failed(String words, boolean aboutTheCard);
  }

  private final BookingService bookings;
  private final Executor executor;
  private final RequestKeys keys;

  Payment(BookingService bookings, Executor executor, String scope) {
    this.bookings = bookings;
    this.executor = executor;
    this.keys = new RequestKeys(scope);
  }

  /**
   * @param lastDigits how the request's key names the card: no card number is kept, even hashed
   */
  void pay(UUID id, String cardNumber, String lastDigits, String email, Outcome outcome) {
    IdempotentRequest key = keys.keyFor("pay " + id + " with a card of " + lastDigits);
    InBackground.run(
        executor,
        UI.getCurrent(),
        () -> bookings.pay(id, cardNumber, email.isEmpty() ? null : email, key).booking(),
        booking -> {
          keys.settled();
          outcome.paid(booking);
        },
        failure -> failed(id, failure, outcome));
  }

  private void failed(UUID id, RuntimeException failure, Outcome outcome) {
    if (failure instanceof BookingRejectedException refused) {
      if (refused.reason() != Reason.IDEMPOTENCY_KEY_IN_USE) {
        keys.settled(); // refused: nothing was done, the next click is a new request
      }
      switch (refused.reason()) {
        case HOLD_EXPIRED -> outcome.holdEnded(BookingStatus.EXPIRED);
        case BOOKING_CANCELLED -> outcome.holdEnded(BookingStatus.CANCELLED);
        case ALREADY_PAID -> outcome.paidBefore();
        default ->
            outcome.failed(
                OutcomeWording.refusal(refused, UnaryOperator.identity()),
                "card".equals(refused.field()));
      }
    } else if (failure instanceof RejectedExecutionException) {
      keys.settled();
      outcome.failed(OutcomeWording.BUSY, false);
    } else {
      // The outcome is unknown: the key is kept, so Pay again cannot charge twice.
      LOG.log(Level.WARNING, "Payment of booking " + id + " failed", failure);
      outcome.failed(OutcomeWording.PAYMENT_FAILED, false);
    }
  }
}
