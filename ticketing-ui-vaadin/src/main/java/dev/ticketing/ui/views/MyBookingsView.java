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
import dev.ticketing.booking.BookingService;
import dev.ticketing.booking.BookingStatus;
import dev.ticketing.booking.BookingSummary;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The bookings made in this browser (there are no accounts): remembered by id in the session and in
 * the browser's storage, and read afresh, all in one query, so that each status is current.
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
    title.addClassName("page-title");
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
    List<BookingSummary> bookings;
    try {
      bookings = bookingService.findAll(ids);
    } catch (RuntimeException e) {
      LOG.log(Level.WARNING, "Cannot read the bookings of this browser", e);
      list.add(new Paragraph(OutcomeWording.UNREACHABLE));
      return;
    }
    bookings.forEach(booking -> list.add(card(booking)));
    if (bookings.isEmpty()) {
      list.add(
          new Paragraph(OutcomeWording.NO_BOOKINGS_YET),
          new RouterLink("Book tickets", TicketsView.class));
    }
  }

  private Div card(BookingSummary booking) {
    Div card = new Div();
    card.addClassName("booking");
    card.getElement().setAttribute("role", "article");

    boolean confirmed = booking.status() == BookingStatus.CONFIRMED;
    Span status = new Span(confirmed ? "Confirmed" : "Cancelled");
    status.addClassNames("booking-status", "badge");
    status.setClassName("neutral", !confirmed);
    H2 heading = new H2(booking.concertName());
    heading.add(status);

    Span reference = new Span(booking.id().toString());
    reference.addClassNames("booking-reference", "reference");
    Paragraph meta =
        new Paragraph(
            new Span("Reference "),
            reference,
            new Span(" · booked " + Formats.bookedAt(booking.createdAt(), locale)));
    meta.addClassName("booking-meta");

    UnorderedList items = new UnorderedList();
    for (BookingSummary.Item item : booking.items()) {
      items.add(new ListItem(Formats.bookedItem(item, booking.currency(), locale)));
    }
    Paragraph total =
        new Paragraph("Total " + Formats.money(booking.totalMinor(), booking.currency(), locale));
    total.addClassNames("booking-total", "total-line");
    card.add(heading, meta, items, total);
    return card;
  }
}
