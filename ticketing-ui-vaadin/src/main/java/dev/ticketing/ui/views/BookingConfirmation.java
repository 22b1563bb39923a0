package dev.ticketing.ui.views;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.router.RouterLink;
import dev.ticketing.booking.BookingSummary;
import java.util.Locale;

/** What the booking screen shows once a booking is confirmed: reference, lines, total. */
final class BookingConfirmation extends Div {
  private final H2 heading = new H2(OutcomeWording.BOOKED);

  BookingConfirmation(BookingSummary booking, Locale locale) {
    setId("confirmation");
    addClassName("outcome-box");
    heading.getElement().setAttribute("tabindex", "-1");
    Span reference = new Span(booking.id().toString());
    reference.setId("booking-reference");
    reference.addClassName("reference");
    Paragraph referenceLine = new Paragraph(new Span("Booking reference: "), reference);
    UnorderedList items = new UnorderedList();
    items.setId("booked-items");
    for (BookingSummary.Item item : booking.items()) {
      items.add(
          new ListItem(
              Formats.bookedItem(item, booking.currency(), locale)
                  + " = "
                  + Formats.money(item.lineTotalMinor(), booking.currency(), locale)));
    }
    Paragraph paid =
        new Paragraph("Total: " + Formats.money(booking.totalMinor(), booking.currency(), locale));
    paid.setId("booked-total");
    paid.addClassName("total-line");
    RouterLink mine = new RouterLink("See all my bookings", MyBookingsView.class);
    add(heading, referenceLine, items, paid, new TicketPasses(booking), mine);
  }

  /** Keyboard and screen-reader users land on the result of what they just did. */
  void focus() {
    heading.getElement().callJsFunction("focus");
    scrollIntoView();
  }
}
