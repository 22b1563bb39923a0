package dev.ticketing.ui.views;

import com.vaadin.flow.component.UI;
import dev.ticketing.booking.BookingService;
import dev.ticketing.booking.BookingSummary;
import dev.ticketing.booking.idempotency.IdempotentRequest;
import dev.ticketing.booking.refusal.BookingRejectedException;
import java.util.UUID;
import java.util.concurrent.Executor;
import java.util.concurrent.RejectedExecutionException;
import java.util.function.UnaryOperator;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Cancels a booking in the background (from its payment step or from My bookings), each request
 * with an idempotency key of its own ({@link RequestKeys}), and says how it went: cancelled, its
 * hold had run out already, or a problem in plain words.
 */
final class Cancellation {
  private static final Logger LOG = Logger.getLogger(Cancellation.class.getName());

  /** How a cancellation went; called in the UI. */
  interface Outcome {
    /** Cancelled now or before: its tickets are back on sale, a payment refunded. */
    void cancelled(BookingSummary booking);

    /** Nothing to cancel: the hold had run out, its tickets are back on sale already. */
    void ranOut();

    /** Not cancelled (or not known to be): why, in words for the visitor. */
    void failed(String words);
  }

  private final BookingService bookings;
  private final Executor executor;
  private final RequestKeys keys;

  Cancellation(BookingService bookings, Executor executor, String scope) {
    this.bookings = bookings;
    this.executor = executor;
    this.keys = new RequestKeys(scope);
  }

  void cancel(UUID id, Outcome outcome) {
    IdempotentRequest key = keys.keyFor("cancel " + id);
    InBackground.run(
        executor,
        UI.getCurrent(),
        () -> bookings.cancel(id, key).booking(),
        cancelled -> {
          keys.settled();
          outcome.cancelled(cancelled);
        },
        failure -> failed(id, failure, outcome));
  }

  private void failed(UUID id, RuntimeException failure, Outcome outcome) {
    if (failure instanceof BookingRejectedException refused) {
      if (refused.reason() != BookingRejectedException.Reason.IDEMPOTENCY_KEY_IN_USE) {
        keys.settled(); // refused: nothing was done, the next click is a new request
      }
      if (refused.reason() == BookingRejectedException.Reason.HOLD_EXPIRED) {
        outcome.ranOut();
      } else {
        outcome.failed(OutcomeWording.refusal(refused, UnaryOperator.identity()));
      }
    } else if (failure instanceof RejectedExecutionException) {
      keys.settled();
      outcome.failed(OutcomeWording.BUSY);
    } else {
      // The outcome is unknown: the key is kept, so that trying again cannot cancel twice.
      LOG.log(Level.WARNING, "Cancelling booking " + id + " failed", failure);
      outcome.failed(OutcomeWording.CANCEL_FAILED);
    }
  }
}
