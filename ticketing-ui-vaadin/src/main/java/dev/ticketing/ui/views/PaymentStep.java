package dev.ticketing.ui.views;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.shared.Registration;
import dev.ticketing.account.AccountRefusedException;
import dev.ticketing.account.Accounts;
import dev.ticketing.booking.BookingService;
import dev.ticketing.booking.BookingStatus;
import dev.ticketing.booking.BookingSummary;
import dev.ticketing.ui.live.HoldWatch;
import java.util.Locale;
import java.util.concurrent.Executor;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The payment step of one held booking, shown after Book in its {@link PaymentForm}: what is held
 * and its total, a countdown to the end of the hold (ticked by {@link HoldWatch}), the card form,
 * Pay and Cancel hold. Pays ({@link Payment}) and cancels ({@link Cancellation}) in the background,
 * and tells the screen how the hold ended: paid, run out, or cancelled. Nothing is decided here
 * that the booking service does not check again.
 */
final class PaymentStep extends Composite<PaymentForm> {
  private static final Logger LOG = Logger.getLogger(PaymentStep.class.getName());

  /** What the step needs from the screen's beans. */
  record Services(BookingService bookings, Executor executor, HoldWatch watch, String scope) {}

  /** How the screen hears that the hold left this step. */
  interface Ending {
    void paid(BookingSummary booking);

    /** The hold ran out ({@code EXPIRED}) or was cancelled: its tickets are back on sale. */
    void ended(BookingSummary hold, BookingStatus how);
  }

  /** Where the step stands; a click or a tick outside {@link #OPEN} does nothing. */
  private enum State {
    OPEN,
    PAYING,
    CANCELLING,
    /** Reading the booking's state after the hold seemed to end. */
    CHECKING,
    /** Paid or ended: the step is done. */
    OVER
  }

  private final BookingSummary hold;
  private final Services services;
  private final Ending ending;
  private final PaymentForm form;
  private final Payment payment;
  private final Cancellation cancellation;

  private State state = State.OPEN;
  private boolean endedMeanwhile;
  private Registration watching;

  PaymentStep(BookingSummary hold, Locale locale, Services services, Ending ending) {
    this.hold = hold;
    this.services = services;
    this.ending = ending;
    this.payment = new Payment(services.bookings(), services.executor(), services.scope());
    this.cancellation =
        new Cancellation(services.bookings(), services.executor(), services.scope());
    this.form = new PaymentForm(hold, locale, this::pay, this::cancel);
  }

  @Override
  protected PaymentForm initContent() {
    return form;
  }

  /** Keyboard and screen-reader users land on the card number, the next thing to fill in. */
  void focus() {
    form.focus();
  }

  @Override
  protected void onAttach(AttachEvent attach) {
    watching = services.watch().watch(hold.id(), attach.getUI(), this::tick, this::endedElsewhere);
  }

  @Override
  protected void onDetach(DetachEvent detach) {
    stopWatching();
  }

  private void stopWatching() {
    if (watching != null) {
      watching.remove();
      watching = null;
    }
  }

  // --- the countdown and the end of the hold ---------------------------------------------------

  private void tick() {
    if (state == State.OVER) {
      return;
    }
    form.showTimeLeft();
    // While a payment runs its answer decides: it may confirm in the hold's last second.
    if (state == State.OPEN && form.isTimeUp()) {
      checkState();
    }
  }

  /** Told that the hold ended elsewhere (expired by the sweep, cancelled in another tab). */
  private void endedElsewhere() {
    if (state == State.OPEN) {
      checkState();
    } else if (state != State.OVER) {
      endedMeanwhile = true;
    }
  }

  /** Reads where the booking stands now (off the UI lock), then ends the step if it ended. */
  private void checkState() {
    state = State.CHECKING;
    endedMeanwhile = false;
    InBackground.run(
        services.executor(),
        UI.getCurrent(),
        () -> services.bookings().find(hold.id()).orElse(null),
        this::stateRead,
        failure -> {
          LOG.log(
              Level.FINE, "Cannot read booking " + hold.id() + "; next tick tries again", failure);
          state = State.OPEN;
        });
  }

  private void stateRead(BookingSummary now) {
    if (state != State.CHECKING) {
      return;
    }
    if (now == null) {
      state = State.OVER;
      form.lock();
      form.showProblem(OutcomeWording.BOOKING_GONE);
      return;
    }
    switch (now.status()) {
      case CONFIRMED -> over().paid(now); // paid in another tab meanwhile
      case EXPIRED, CANCELLED -> over().ended(hold, now.status());
      case HELD -> {
        if (!form.isTimeUp()) {
          state = State.OPEN;
        } else {
          over().ended(hold, BookingStatus.EXPIRED); // the sweep puts it back on sale in a moment
        }
      }
    }
  }

  /** The step is done: no more ticks, no card number kept. */
  private Ending over() {
    state = State.OVER;
    stopWatching();
    form.clearCard();
    form.lock();
    return ending;
  }

  // --- paying and cancelling -------------------------------------------------------------------

  private void pay() {
    if (state != State.OPEN) {
      form.setPayEnabled(state != State.OVER && state != State.CANCELLING);
      return;
    }
    String number = form.cardNumber();
    if (number.isEmpty()) {
      form.askForCard();
      return;
    }
    String email = form.contactEmail();
    if (!email.isEmpty()) {
      try {
        Accounts.normalise(email);
      } catch (AccountRefusedException notAnAddress) {
        form.showProblem(notAnAddress.getMessage());
        form.setPayEnabled(true);
        return;
      }
    }
    String lastDigits = form.cardLastDigits();
    setBusy(State.PAYING);
    payment.pay(hold.id(), number, lastDigits, email, new PaymentOutcome());
  }

  /** What the step does once it hears how the payment went. */
  private final class PaymentOutcome implements Payment.Outcome {
    @Override
    public void paid(BookingSummary booking) {
      over().paid(booking);
    }

    @Override
    public void holdEnded(BookingStatus how) {
      over().ended(hold, how);
    }

    @Override
    public void paidBefore() {
      state = State.OPEN;
      checkState(); // paid in another tab: show that booking as paid
    }

    @Override
    public void failed(String words, boolean aboutTheCard) {
      if (aboutTheCard) {
        form.showCardError(words);
      }
      reopen(words);
    }
  }

  private void cancel() {
    if (state != State.OPEN) {
      return;
    }
    setBusy(State.CANCELLING);
    cancellation.cancel(
        hold.id(),
        new Cancellation.Outcome() {
          @Override
          public void cancelled(BookingSummary booking) {
            over().ended(hold, BookingStatus.CANCELLED);
          }

          @Override
          public void ranOut() {
            over().ended(hold, BookingStatus.EXPIRED);
          }

          @Override
          public void failed(String words) {
            reopen(words);
          }
        });
  }

  private void setBusy(State running) {
    state = running;
    form.showRunning(running == State.PAYING);
  }

  /** A payment or cancellation did not go through: the hold stays, say why and try again. */
  private void reopen(String message) {
    state = State.OPEN;
    form.showOpenAgain(message);
    // What happened while it ran: the hold ended elsewhere, or its time ran out.
    if (endedMeanwhile || form.isTimeUp()) {
      checkState();
    }
  }
}
