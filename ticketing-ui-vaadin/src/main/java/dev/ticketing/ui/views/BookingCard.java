package dev.ticketing.ui.views;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import dev.ticketing.booking.BookingStatus;
import dev.ticketing.booking.BookingSummary;
import java.util.Locale;
import java.util.function.Consumer;

/**
 * One booking on My bookings: concert, state, reference, lines, total, and what can still be done
 * with it: pay a hold, cancel a hold or a paid booking.
 */
final class BookingCard extends Div {
  private final BookingSummary booking;
  private final Paragraph message = new Paragraph();
  private final Button cancel = new Button("Cancel booking");

  /**
   * @param onPay asked to pay the booking (offered while it is held)
   * @param onCancel asked to cancel the booking (offered while it owns tickets), already confirmed
   *     by the visitor
   */
  BookingCard(
      BookingSummary booking,
      Locale locale,
      Consumer<BookingSummary> onPay,
      Consumer<BookingCard> onCancel) {
    this.booking = booking;
    setId("booking-" + booking.id());
    addClassName("booking");
    getElement().setAttribute("role", "article");

    BookingStatus status = booking.status();
    Span badge =
        new Span(
            OutcomeWording.status(
                status,
                booking.expiresAt() == null ? "" : Formats.timeOfDay(booking.expiresAt(), locale)));
    badge.addClassNames("booking-status", "badge");
    badge.setClassName("neutral", !status.ownsTickets());
    badge.setClassName("waiting", status == BookingStatus.HELD);
    H2 heading = new H2(booking.concertName());
    heading.add(badge);

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
    add(heading, meta, items, total, new TicketPasses(booking));

    FlexLayout actions = new FlexLayout();
    actions.addClassName("booking-actions");
    if (status == BookingStatus.HELD) {
      Button pay = new Button("Pay now", click -> onPay.accept(booking));
      pay.addClassName("pay-booking");
      pay.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
      actions.add(pay);
    }
    if (status.ownsTickets()) {
      cancel.addClassName("cancel-booking");
      cancel.addThemeVariants(ButtonVariant.LUMO_ERROR);
      cancel.addClickListener(
          click -> new CancelDialog(booking, locale, () -> onCancel.accept(this)).open());
      actions.add(cancel);
      add(actions);
    }
    message.addClassName("booking-message");
    message.getElement().setAttribute("role", "status");
    message.setVisible(false);
    add(message);
  }

  BookingSummary booking() {
    return booking;
  }

  void setCancelling(boolean cancelling) {
    cancel.setEnabled(!cancelling);
    cancel.setText(cancelling ? "Cancelling…" : "Cancel booking");
  }

  /** A sentence about what just happened to this booking. */
  void say(String words, boolean problem) {
    message.setText(words);
    message.setClassName("problem", problem);
    message.setVisible(true);
  }
}
