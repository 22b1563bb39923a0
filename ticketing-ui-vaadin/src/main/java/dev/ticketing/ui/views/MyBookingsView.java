package dev.ticketing.ui.views;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.server.VaadinRequest;
import dev.ticketing.booking.Booking;
import dev.ticketing.booking.BookingItem;
import dev.ticketing.booking.BookingService;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The bookings made in this browser (there are no accounts): remembered by id in the session and in
 * the browser's storage, each read afresh so that its status is current.
 */
@Route(value = "my-bookings", layout = MainLayout.class)
@PageTitle("My bookings")
public class MyBookingsView extends Div implements BeforeEnterObserver {
  private static final Logger LOG = Logger.getLogger(MyBookingsView.class.getName());

  @Inject private BookingService bookingService;

  private final Div list = new Div();
  private Locale locale = Locale.US;

  public MyBookingsView() {
    H1 title = new H1("My bookings");
    title.getStyle().set("margin-top", "0").set("font-size", "var(--lumo-font-size-xxl)");
    list.setId("my-bookings");
    list.add(new Paragraph("Loading your bookings…"));
    add(title, list);
  }

  @Override
  public void beforeEnter(BeforeEnterEvent event) {
    VaadinRequest request = VaadinRequest.getCurrent();
    if (request != null && request.getLocale() != null) {
      locale = request.getLocale();
    }
  }

  @Override
  protected void onAttach(AttachEvent attach) {
    BrowserBookings.load(attach.getUI(), this::show);
  }

  private void show(List<UUID> ids) {
    list.removeAll();
    int shown = 0;
    for (UUID id : ids) {
      Optional<Booking> booking = find(id);
      if (booking.isPresent()) {
        list.add(card(booking.get()));
        shown++;
      }
    }
    if (shown == 0) {
      list.add(
          new Paragraph("You have not booked any tickets in this browser yet."),
          new RouterLink("Book tickets", BookingView.class));
    }
  }

  private Optional<Booking> find(UUID id) {
    try {
      return bookingService.find(id);
    } catch (RuntimeException e) {
      LOG.log(Level.WARNING, "Cannot read booking " + id, e);
      return Optional.empty();
    }
  }

  private Div card(Booking booking) {
    Div card = new Div();
    card.addClassName("booking");
    card.getElement().setAttribute("role", "article");
    card.getStyle()
        .set("padding", "var(--lumo-space-m)")
        .set("margin-bottom", "var(--lumo-space-m)")
        .set("border", "1px solid var(--lumo-contrast-20pct)")
        .set("border-radius", "var(--lumo-border-radius-l)");

    H2 heading = new H2(concertName(booking));
    heading.getStyle().set("margin", "0").set("font-size", "var(--lumo-font-size-l)");
    Span status =
        new Span(booking.getStatus() == Booking.Status.CONFIRMED ? "Confirmed" : "Cancelled");
    status.addClassName("booking-status");
    status
        .getStyle()
        .set("margin-left", "var(--lumo-space-s)")
        .set("padding", "0 var(--lumo-space-s)")
        .set("border-radius", "var(--lumo-border-radius-m)")
        .set("font-size", "var(--lumo-font-size-s)")
        .set(
            "background",
            booking.getStatus() == Booking.Status.CONFIRMED
                ? "var(--lumo-success-color-10pct)"
                : "var(--lumo-contrast-10pct)");
    heading.add(status);

    Span reference = new Span(booking.getId().toString());
    reference.addClassName("booking-reference");
    reference.getStyle().set("font-family", "monospace").set("word-break", "break-all");
    Paragraph meta =
        new Paragraph(
            new Span("Reference "),
            reference,
            new Span(" · booked " + Formats.bookedAt(booking.getCreatedAt(), locale)));
    meta.getStyle().set("font-size", "var(--lumo-font-size-s)");

    UnorderedList items = new UnorderedList();
    for (BookingItem item : booking.getItems()) {
      items.add(new ListItem(Formats.bookedItem(item, booking.getCurrency(), locale)));
    }
    Paragraph total =
        new Paragraph(
            "Total " + Formats.money(booking.getTotalMinor(), booking.getCurrency(), locale));
    total.addClassName("booking-total");
    total.getStyle().set("font-weight", "600").set("margin-bottom", "0");
    card.add(heading, meta, items, total);
    return card;
  }

  /** The concert is loaded lazily; a booking stays readable even if that load fails. */
  private static String concertName(Booking booking) {
    try {
      return booking.getConcert().getName();
    } catch (RuntimeException e) {
      return "Booking";
    }
  }
}
