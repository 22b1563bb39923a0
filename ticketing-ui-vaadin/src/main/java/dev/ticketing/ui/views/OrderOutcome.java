package dev.ticketing.ui.views;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.router.Location;
import com.vaadin.flow.router.QueryParameters;
import dev.ticketing.booking.BookingStatus;
import dev.ticketing.booking.BookingSummary;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

/**
 * Under the Book button: what became of the visitor's order, in plain words. A refusal or a
 * problem; the payment step of a hold ({@link PaymentStep}), named in the address ({@code
 * ?pay=<booking>}) so that a reload or My bookings comes back to it; the confirmation once paid; or
 * the end of the hold: run out (the choice goes back into the tier fields) or cancelled. Screen
 * readers announce each outcome.
 */
final class OrderOutcome extends Div {
  /** The query parameter naming the held booking whose payment step is shown. */
  static final String PAY = "pay";

  /** What the booking screen does as a hold comes and goes. */
  interface Screen {
    /** Tickets held here wait for payment (or no longer do). */
    void holdPending(boolean pending);

    /** Tickets went back on sale: show the counts again. */
    void ticketsBack();

    /** The hold ran out: its quantities go back into the tier fields. */
    void chooseAgain(List<BookingSummary.Item> items);
  }

  private final Screen screen;
  private String path = "";
  private Locale locale = Locale.US;
  private boolean holdPending;

  OrderOutcome(Screen screen) {
    this.screen = screen;
    setId("outcome");
    getElement().setAttribute("aria-live", "polite");
  }

  /** The screen's address without a query, e.g. {@code concerts/5}. */
  void setPath(String path) {
    this.path = path;
  }

  boolean isHoldPending() {
    return holdPending;
  }

  /** The payment step of a hold just made (or come back to). */
  void showHold(BookingSummary hold, Locale locale, PaymentStep.Services services) {
    this.locale = locale;
    PaymentStep payment =
        new PaymentStep(
            hold,
            locale,
            services,
            new PaymentStep.Ending() {
              @Override
              public void paid(BookingSummary booking) {
                showPaid(booking);
              }

              @Override
              public void ended(BookingSummary ended, BookingStatus how) {
                showEnded(ended, how);
              }
            });
    setHoldPending(true);
    removeAll();
    add(payment);
    payment.focus();
    showAddress(QueryParameters.of(PAY, hold.id().toString()));
  }

  /**
   * Comes back to the booking named by the address: its payment step while it is held, else what
   * became of it.
   */
  void resume(String bookingId, long concertId, Locale locale, PaymentStep.Services services) {
    this.locale = locale;
    BookingSummary booking;
    try {
      booking = services.bookings().find(UUID.fromString(bookingId)).orElse(null);
    } catch (IllegalArgumentException notAnId) {
      booking = null;
    }
    if (booking == null || booking.concertId() != concertId) {
      showProblem(OutcomeWording.BOOKING_GONE);
      return;
    }
    switch (booking.status()) {
      case HELD -> showHold(booking, locale, services);
      case CONFIRMED -> showPaid(booking);
      case EXPIRED, CANCELLED -> showEnded(booking, booking.status());
    }
  }

  private void showPaid(BookingSummary booking) {
    setHoldPending(false);
    BookingConfirmation confirmation = new BookingConfirmation(booking, locale);
    removeAll();
    add(confirmation);
    confirmation.focus();
  }

  /**
   * The hold ran out or was cancelled; its tickets are back on sale. After running out, the choice
   * is put back so that one click on Book holds the same tickets again.
   */
  private void showEnded(BookingSummary hold, BookingStatus how) {
    setHoldPending(false);
    screen.ticketsBack();
    if (how == BookingStatus.EXPIRED) {
      screen.chooseAgain(hold.items());
      showProblem(OutcomeWording.HOLD_RAN_OUT + OutcomeWording.BOOK_AGAIN);
    } else {
      showNotice(
          hold.status() == BookingStatus.HELD
              ? OutcomeWording.HOLD_CANCELLED
              : OutcomeWording.WAS_CANCELLED);
    }
  }

  private void setHoldPending(boolean pending) {
    if (holdPending && !pending) {
      showAddress(QueryParameters.empty());
    }
    holdPending = pending;
    screen.holdPending(pending);
  }

  /** Keeps the address bar in step with the screen, without a navigation. */
  private void showAddress(QueryParameters query) {
    UI.getCurrent()
        .getPage()
        .getHistory()
        .replaceState(null, new Location(path, query).getPathWithQueryParameters());
  }

  void showProblem(String message) {
    show("booking-problem", message).addClassName("problem");
  }

  private void showNotice(String message) {
    show("booking-notice", message).addClassName("notice");
  }

  private Div show(String id, String message) {
    Div box = new Div();
    box.setId(id);
    box.addClassName("outcome-box");
    box.getElement().setAttribute("role", "alert");
    box.setText(message);
    removeAll();
    add(box);
    box.scrollIntoView();
    return box;
  }
}
