package dev.ticketing.ui.views;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.progressbar.ProgressBar;
import com.vaadin.flow.shared.Registration;
import dev.ticketing.booking.BookingService;
import dev.ticketing.booking.BookingStatus;
import dev.ticketing.booking.BookingSummary;
import dev.ticketing.booking.idempotency.IdempotentRequest;
import dev.ticketing.booking.refusal.BookingRejectedException;
import dev.ticketing.booking.refusal.BookingRejectedException.Reason;
import dev.ticketing.ui.live.HoldWatch;
import java.util.Locale;
import java.util.UUID;
import java.util.concurrent.Executor;
import java.util.concurrent.RejectedExecutionException;
import java.util.function.UnaryOperator;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The payment step of one held booking, shown after Book: what is held and its total, a countdown
 * to the end of the hold (ticked by {@link HoldWatch}), and the card form (card number with the
 * test cards under it, Pay, Cancel hold). Pays and cancels in the background, each click with an
 * idempotency key of its own ({@link RequestKeys}), and tells the screen how the hold ended: paid,
 * run out, or cancelled. Nothing is decided here that the booking service does not check again.
 */
final class PaymentStep extends Div {
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
  private final Locale locale;
  private final Services services;
  private final Ending ending;
  private final RequestKeys payKeys;
  private final Cancellation cancellation;

  private final H2 heading = new H2(OutcomeWording.HELD);
  private final HoldCountdown countdown;
  private final CardForm card = new CardForm();
  private final Button pay = new Button();
  private final Button cancel = new Button("Cancel hold");
  private final ProgressBar progress = new ProgressBar();
  private final Div problem = new Div();

  private State state = State.OPEN;
  private boolean endedMeanwhile;
  private Registration watching;

  PaymentStep(BookingSummary hold, Locale locale, Services services, Ending ending) {
    this.hold = hold;
    this.locale = locale;
    this.services = services;
    this.ending = ending;
    this.payKeys = new RequestKeys(services.scope());
    this.cancellation =
        new Cancellation(services.bookings(), services.executor(), services.scope());
    setId("hold");
    addClassNames("outcome-box", "hold-box");
    heading.getElement().setAttribute("tabindex", "-1");

    countdown = new HoldCountdown(hold.expiresAt());

    String total = Formats.money(hold.totalMinor(), hold.currency(), locale);
    Paragraph totalLine = new Paragraph("Total to pay: " + total);
    totalLine.setId("hold-total");
    totalLine.addClassName("total-line");

    pay.setText(OutcomeWording.pay(total));
    pay.setId("pay");
    pay.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
    pay.setDisableOnClick(true); // in the browser, at the click: no double payment request
    pay.addClickListener(click -> pay());
    // Enter in the card field pays; the field's value reaches the server first.
    pay.addClickShortcut(Key.ENTER).listenOn(card.field()).resetFocusOnActiveElement();
    cancel.setId("cancel-hold");
    cancel.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ERROR);
    cancel.addClickListener(click -> new CancelDialog(hold, locale, this::cancel).open());
    FlexLayout buttons = new FlexLayout(pay, cancel);
    buttons.addClassName("hold-buttons");
    buttons.setFlexWrap(FlexLayout.FlexWrap.WRAP);

    progress.setIndeterminate(true);
    progress.setVisible(false);
    progress.getElement().setAttribute("aria-label", "Payment in progress");
    problem.setId("payment-problem");
    problem.addClassName("hold-problem");
    problem.getElement().setAttribute("role", "alert");
    problem.setVisible(false);

    add(
        heading,
        new Paragraph(OutcomeWording.HELD_UNTIL_PAID),
        countdown,
        heldItems(),
        totalLine,
        card,
        buttons,
        progress,
        problem);
  }

  private UnorderedList heldItems() {
    UnorderedList items = new UnorderedList();
    items.setId("hold-items");
    for (BookingSummary.Item item : hold.items()) {
      items.add(
          new ListItem(
              Formats.bookedItem(item, hold.currency(), locale)
                  + " = "
                  + Formats.money(item.lineTotalMinor(), hold.currency(), locale)));
    }
    return items;
  }

  /** Keyboard and screen-reader users land on the card number, the next thing to fill in. */
  void focus() {
    card.focus();
    scrollIntoView();
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
    countdown.show();
    // While a payment runs its answer decides: it may confirm in the hold's last second.
    if (state == State.OPEN && countdown.isUp()) {
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
      lock();
      showProblem(OutcomeWording.BOOKING_GONE);
      return;
    }
    switch (now.status()) {
      case CONFIRMED -> over().paid(now); // paid in another tab meanwhile
      case EXPIRED, CANCELLED -> over().ended(hold, now.status());
      case HELD -> {
        if (!countdown.isUp()) {
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
    card.clear();
    lock();
    return ending;
  }

  private void lock() {
    pay.setEnabled(false);
    cancel.setEnabled(false);
    card.setLocked(true);
    progress.setVisible(false);
  }

  // --- paying ----------------------------------------------------------------------------------

  private void pay() {
    if (state != State.OPEN) {
      pay.setEnabled(state != State.OVER && state != State.CANCELLING);
      return;
    }
    String number = card.number();
    if (number.isEmpty()) {
      card.showError(OutcomeWording.ENTER_CARD);
      card.focus();
      pay.setEnabled(true);
      return;
    }
    // The key's request names the card by its last digits: no card number is kept, even hashed.
    IdempotentRequest key =
        payKeys.keyFor("pay " + hold.id() + " with a card of " + card.lastDigits());
    setBusy(State.PAYING);
    UUID id = hold.id();
    InBackground.run(
        services.executor(),
        UI.getCurrent(),
        () -> services.bookings().pay(id, number, key).booking(),
        this::paid,
        this::payFailed);
  }

  private void paid(BookingSummary booking) {
    payKeys.settled();
    over().paid(booking);
  }

  private void payFailed(RuntimeException failure) {
    if (failure instanceof BookingRejectedException refused) {
      if (refused.reason() != Reason.IDEMPOTENCY_KEY_IN_USE) {
        payKeys.settled(); // refused: nothing was done, the next click is a new request
      }
      switch (refused.reason()) {
        case HOLD_EXPIRED -> over().ended(hold, BookingStatus.EXPIRED);
        case BOOKING_CANCELLED -> over().ended(hold, BookingStatus.CANCELLED);
        case ALREADY_PAID -> {
          state = State.OPEN;
          checkState(); // paid in another tab: show that booking as paid
        }
        default -> {
          if ("card".equals(refused.field())) {
            card.showError(OutcomeWording.refusal(refused, UnaryOperator.identity()));
          }
          reopen(OutcomeWording.refusal(refused, UnaryOperator.identity()));
        }
      }
    } else if (failure instanceof RejectedExecutionException) {
      payKeys.settled();
      reopen(OutcomeWording.BUSY);
    } else {
      // The outcome is unknown: the key is kept, so Pay again cannot charge twice.
      LOG.log(Level.WARNING, "Payment of booking " + hold.id() + " failed", failure);
      reopen(OutcomeWording.PAYMENT_FAILED);
    }
  }

  // --- cancelling ------------------------------------------------------------------------------

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

  // --- progress and messages -------------------------------------------------------------------

  private void setBusy(State running) {
    state = running;
    problem.setVisible(false);
    pay.setEnabled(false);
    cancel.setEnabled(false);
    card.setLocked(true);
    if (running == State.PAYING) {
      pay.setText("Paying…");
    } else {
      cancel.setText("Cancelling…");
    }
    progress.setVisible(true);
  }

  /** A payment or cancellation did not go through: the hold stays, say why and try again. */
  private void reopen(String message) {
    state = State.OPEN;
    progress.setVisible(false);
    pay.setText(OutcomeWording.pay(Formats.money(hold.totalMinor(), hold.currency(), locale)));
    cancel.setText("Cancel hold");
    pay.setEnabled(true);
    cancel.setEnabled(true);
    card.setLocked(false);
    showProblem(message);
    card.focus();
    // What happened while it ran: the hold ended elsewhere, or its time ran out.
    if (endedMeanwhile || countdown.isUp()) {
      checkState();
    }
  }

  private void showProblem(String message) {
    problem.setText(message);
    problem.setVisible(true);
  }
}
