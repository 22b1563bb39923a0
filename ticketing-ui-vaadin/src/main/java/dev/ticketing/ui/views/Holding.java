package dev.ticketing.ui.views;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.server.VaadinSession;
import dev.ticketing.booking.BookingOrder;
import dev.ticketing.booking.BookingService;
import dev.ticketing.booking.BookingSummary;
import dev.ticketing.booking.admission.RequestShedException;
import dev.ticketing.booking.idempotency.IdempotentRequest;
import dev.ticketing.booking.refusal.BookingRejectedException;
import dev.ticketing.catalog.UnknownConcertException;
import java.util.Locale;
import java.util.concurrent.Executor;
import java.util.concurrent.RejectedExecutionException;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * What Book does: holds an order of the booking screen, all or nothing, in the background on {@link
 * BookingThreads} (a hold may wait its turn in the booking gate), each click with an idempotency
 * key of its own ({@link RequestKeys}); then shows how it went under the Book button ({@link
 * OrderOutcome}): the hold's payment step, a refusal, or a problem, in plain words.
 */
final class Holding {
  private static final Logger LOG = Logger.getLogger(Holding.class.getName());

  /** What the booking screen does around a hold. */
  interface Screen {
    /** The choice, or whether it can be booked, may have changed: show the total again. */
    void updateTotal();

    /**
     * Shows the counts again, quietly; {@code readAgain} when this screen's counts (and the
     * catalogue's) were wrong, so that they are read again from the database.
     */
    void refreshCounts(boolean readAgain);

    /** The services a hold's payment step uses, for this visit. */
    PaymentStep.Services paymentServices();
  }

  private final BookingService bookings;
  private final Executor threads;
  private final RequestKeys keys;
  private final TierCards tiers;
  private final Checkout checkout;
  private final OrderOutcome outcome;
  private final Screen screen;
  private Locale locale = Locale.US;

  /**
   * @param threads where holds run: {@link BookingThreads}
   * @param scope whose idempotency keys these are (the visitor's session)
   */
  Holding(
      BookingService bookings,
      Executor threads,
      String scope,
      TierCards tiers,
      Checkout checkout,
      OrderOutcome outcome,
      Screen screen) {
    this.bookings = bookings;
    this.threads = threads;
    this.keys = new RequestKeys(scope);
    this.tiers = tiers;
    this.checkout = checkout;
    this.outcome = outcome;
    this.screen = screen;
  }

  /** Holds {@code order} in the background; the screen shows the progress meanwhile. */
  void hold(BookingOrder order, Locale locale) {
    this.locale = locale;
    IdempotentRequest key = keys.keyFor("hold " + order);
    setBusy(true);
    UI ui = UI.getCurrent();
    InBackground.run(
        threads,
        ui,
        () -> holdRemembered(ui, order, key),
        this::showHeld,
        failure -> failed(order, failure));
  }

  /**
   * Runs on a managed thread. The hold stands even if the visitor left the screen while it ran, so
   * the session must remember it for My bookings whether or not the answer can still be shown.
   */
  private BookingSummary holdRemembered(UI ui, BookingOrder order, IdempotentRequest key) {
    BookingSummary hold = bookings.hold(order, key).booking();
    VaadinSession session = ui.getSession();
    if (session != null) {
      session.access(() -> BrowserBookings.rememberInSession(session, hold.id()));
    }
    return hold;
  }

  private void showHeld(BookingSummary hold) {
    keys.settled();
    BrowserBookings.remember(UI.getCurrent(), hold.id());
    tiers.clearChoices();
    setBusy(false);
    screen.refreshCounts(false);
    outcome.showHold(hold, locale, screen.paymentServices());
  }

  private void failed(BookingOrder order, RuntimeException failure) {
    if (failure instanceof BookingRejectedException refused) {
      if (refused.reason() != BookingRejectedException.Reason.IDEMPOTENCY_KEY_IN_USE) {
        keys.settled(); // refused: nothing was held, the next click is a new request
      }
      showProblemAndRefresh(tiers.refusal(refused));
    } else if (failure instanceof UnknownConcertException) {
      keys.settled();
      showProblemAndRefresh(OutcomeWording.NO_LONGER_ON_SALE);
    } else if (failure instanceof RequestShedException shed) {
      keys.settled(); // shed before anything was done
      setBusy(false);
      outcome.showProblem(OutcomeWording.busyFor(shed.retryAfterSeconds()));
    } else if (failure instanceof RejectedExecutionException) {
      keys.settled();
      setBusy(false);
      outcome.showProblem(OutcomeWording.BUSY);
    } else {
      // The outcome is unknown: the key is kept, so that Book again cannot hold twice.
      LOG.log(
          Level.WARNING, "Holding tickets of concert " + order.concertId() + " failed", failure);
      showProblemAndRefresh(OutcomeWording.FAILED);
    }
  }

  /**
   * The quantity fields stay enabled while busy: the request already holds the choice, and a number
   * field disabled and enabled again in one round trip keeps its step buttons greyed out.
   */
  private void setBusy(boolean busy) {
    checkout.setBusy(busy);
    if (busy) {
      outcome.removeAll();
    } else {
      screen.updateTotal();
    }
  }

  private void showProblemAndRefresh(String message) {
    setBusy(false);
    screen.refreshCounts(true);
    outcome.showProblem(message);
  }
}
