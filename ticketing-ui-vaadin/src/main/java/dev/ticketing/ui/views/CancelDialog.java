package dev.ticketing.ui.views;

import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import dev.ticketing.booking.BookingStatus;
import dev.ticketing.booking.BookingSummary;
import java.util.Locale;

/**
 * Asks before a booking is cancelled, saying what cancelling does to it (tickets back on sale, a
 * payment refunded): a misplaced click must not give up tickets.
 */
final class CancelDialog extends ConfirmDialog {

  CancelDialog(BookingSummary booking, Locale locale, Runnable onConfirm) {
    boolean held = booking.status() == BookingStatus.HELD;
    int tickets = booking.items().stream().mapToInt(BookingSummary.Item::quantity).sum();
    setHeader(held ? "Cancel your hold?" : "Cancel this booking?");
    setText(
        OutcomeWording.cancelQuestion(
            booking.status(),
            tickets,
            Formats.money(booking.totalMinor(), booking.currency(), locale)));
    setConfirmText("Yes, cancel it");
    setConfirmButtonTheme("error primary");
    setCancelable(true);
    setCancelText(held ? "No, keep my hold" : "No, keep my booking");
    addConfirmListener(confirmed -> onConfirm.run());
  }
}
