package dev.ticketing.ui.organiser;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import dev.ticketing.admin.ConcertAdmin;
import dev.ticketing.admin.OrganiserRefusedException;
import dev.ticketing.booking.BookingStatus;
import dev.ticketing.booking.BookingSummary;
import dev.ticketing.ui.views.Formats;
import java.util.List;
import java.util.Locale;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.stream.Collectors;

/**
 * The concert's latest bookings, searchable by reference or customer email, each with a Cancel
 * button (asked again in a dialog) that puts its tickets back on sale and refunds a payment.
 */
final class ConcertBookings extends Div {
  private static final Logger LOG = Logger.getLogger(ConcertBookings.class.getName());

  /** Bookings listed at once; a search finds older ones. */
  private static final int SHOWN = 50;

  private final ConcertAdmin admin;
  private final long concertId;
  private final Locale locale;
  private final Runnable onCancelled;
  private final TextField search = new TextField();
  private final Grid<BookingSummary> grid = new Grid<>();
  private final Paragraph message = new Paragraph();
  private final Paragraph none = new Paragraph();

  /**
   * @param onCancelled told after a booking was cancelled here (the sales changed)
   */
  ConcertBookings(ConcertAdmin admin, long concertId, Locale locale, Runnable onCancelled) {
    this.admin = admin;
    this.concertId = concertId;
    this.locale = locale;
    this.onCancelled = onCancelled;
    setId("bookings");
    search.setId("bookings-search");
    search.setPlaceholder("Reference or customer email");
    search.setAriaLabel("Search bookings by reference or customer email");
    search.setPrefixComponent(VaadinIcon.SEARCH.create());
    search.setClearButtonVisible(true);
    search.setValueChangeMode(ValueChangeMode.LAZY);
    search.setWidth("min(100%, 24rem)");
    search.addValueChangeListener(change -> refresh());

    grid.setId("bookings-grid");
    grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_COMPACT);
    grid.setAllRowsVisible(true);
    grid.addComponentColumn(ConcertBookings::reference).setHeader("Reference").setAutoWidth(true);
    grid.addColumn(b -> b.owner() == null ? "no account" : b.owner())
        .setHeader("Customer")
        .setFlexGrow(1);
    grid.addColumn(b -> status(b.status())).setHeader("State").setAutoWidth(true);
    grid.addColumn(this::items).setHeader("Tickets").setFlexGrow(2);
    grid.addColumn(b -> Formats.money(b.totalMinor(), b.currency(), locale))
        .setHeader("Total")
        .setAutoWidth(true);
    grid.addColumn(b -> Formats.bookedAt(b.createdAt(), locale))
        .setHeader("Booked")
        .setAutoWidth(true);
    grid.addComponentColumn(this::cancelButton).setAutoWidth(true).setFlexGrow(0);

    message.setId("bookings-message");
    message.getElement().setAttribute("role", "status");
    message.setVisible(false);
    // No bookings: a sentence, not an empty grid (whose table has a header and no rows, which
    // screen readers announce as a broken table).
    none.setId("bookings-none");
    none.setVisible(false);
    add(search, message, none, grid);
  }

  /** Reads the bookings again, with the search as typed. */
  void refresh() {
    try {
      List<BookingSummary> found = admin.bookings(concertId, search.getValue().strip(), SHOWN);
      grid.setItems(found);
      grid.setVisible(!found.isEmpty());
      none.setText(
          search.getValue().isBlank()
              ? "No bookings yet."
              : "No booking matches “" + search.getValue().strip() + "”.");
      none.setVisible(found.isEmpty());
    } catch (RuntimeException e) {
      LOG.log(Level.WARNING, "Cannot read the bookings of concert " + concertId, e);
      say(OrganiserWording.UNREACHABLE, true);
    }
  }

  private static Span reference(BookingSummary booking) {
    Span reference = new Span(booking.id().toString().substring(0, 8));
    reference.addClassName("reference");
    reference.getElement().setAttribute("title", booking.id().toString());
    reference.setId("booking-ref-" + booking.id());
    return reference;
  }

  private String items(BookingSummary booking) {
    return booking.items().stream()
        .map(item -> item.quantity() + " × " + item.tierName())
        .collect(Collectors.joining(", "));
  }

  private static String status(BookingStatus status) {
    return switch (status) {
      case HELD -> "Held";
      case CONFIRMED -> "Paid";
      case EXPIRED -> "Expired";
      case CANCELLED -> "Cancelled";
      case KEPT -> "Kept for the waiting list";
    };
  }

  private Button cancelButton(BookingSummary booking) {
    Button cancel = new Button("Cancel");
    cancel.setId("cancel-" + booking.id());
    cancel.setAriaLabel("Cancel booking " + booking.id());
    cancel.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_SMALL);
    cancel.setVisible(booking.status().ownsTickets());
    cancel.addClickListener(click -> confirm(booking));
    return cancel;
  }

  private void confirm(BookingSummary booking) {
    boolean paid = booking.status() == BookingStatus.CONFIRMED;
    ConfirmDialog dialog = new ConfirmDialog();
    dialog.setId("cancel-booking-dialog");
    dialog.setHeader("Cancel booking " + booking.id().toString().substring(0, 8) + "?");
    dialog.setText(
        "Its tickets go back on sale"
            + (paid
                ? " and the customer's payment of "
                    + Formats.money(booking.totalMinor(), booking.currency(), locale)
                    + " is refunded."
                : "; nothing was charged."));
    dialog.setCancelable(true);
    dialog.setCancelText("No, keep it");
    dialog.setConfirmText("Yes, cancel it");
    dialog.setConfirmButtonTheme("error primary");
    dialog.addConfirmListener(confirmed -> cancel(booking));
    dialog.open();
  }

  private void cancel(BookingSummary booking) {
    try {
      admin.cancelBooking(concertId, booking.id());
      say("Booking " + booking.id().toString().substring(0, 8) + " cancelled.", false);
    } catch (OrganiserRefusedException refused) {
      say(refused.getMessage(), true);
    } catch (RuntimeException e) {
      LOG.log(Level.WARNING, "Cancelling booking " + booking.id() + " failed", e);
      say(OrganiserWording.FAILED, true);
    }
    refresh();
    onCancelled.run();
  }

  private void say(String words, boolean problem) {
    message.setText(words);
    message.setClassName("problem", problem);
    message.setVisible(true);
  }
}
