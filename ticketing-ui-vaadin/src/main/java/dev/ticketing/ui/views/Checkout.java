package dev.ticketing.ui.views;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.progressbar.ProgressBar;

/**
 * Under the tiers: the running total, the Book button, and the progress while a hold is being made.
 */
final class Checkout extends Div {
  private final Span total = new Span();
  private final Button book = new Button("Book");
  private final ProgressBar progress = new ProgressBar();
  private String totalWords = "";
  private boolean busy;
  private boolean ready;
  private boolean holdPending;
  private boolean saleOpen = true;

  Checkout(Runnable onBook) {
    total.setId("order-total");
    total.addClassName("order-total");
    book.setId("book");
    book.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_LARGE);
    // Disabled in the browser at the click itself, before the server hears of it: no double submit.
    book.setDisableOnClick(true);
    book.addClickListener(click -> onBook.run());
    progress.setId("booking-progress");
    progress.setIndeterminate(true);
    progress.setVisible(false);
    progress.getElement().setAttribute("aria-label", "Booking in progress");

    FlexLayout line = new FlexLayout(total, book);
    line.addClassName("checkout");
    line.setFlexWrap(FlexLayout.FlexWrap.WRAP);
    line.setAlignItems(FlexComponent.Alignment.CENTER);
    line.setJustifyContentMode(FlexComponent.JustifyContentMode.BETWEEN);
    add(line, progress);
  }

  /** The total in words, and whether the choice can be booked as it is. */
  void showTotal(String words, boolean bookable) {
    totalWords = words;
    ready = bookable;
    render();
  }

  void setBusy(boolean busy) {
    this.busy = busy;
    progress.setVisible(busy);
    book.setText(busy ? "Booking…" : "Book");
    render();
  }

  /** Tickets held on this screen wait for payment: one order at a time, so no Book meanwhile. */
  void setHoldPending(boolean pending) {
    holdPending = pending;
    render();
  }

  /** Outside the sale window Book rests; the choice can still be made, ready for the opening. */
  void setSaleOpen(boolean open) {
    saleOpen = open;
    render();
  }

  private void render() {
    total.setText(holdPending ? OutcomeWording.HOLD_PENDING : totalWords);
    book.setEnabled(!busy && ready && !holdPending && saleOpen);
  }

  /** Nothing to book here (no concert on sale): no button, no total. */
  void hide() {
    book.setVisible(false);
    total.setText("");
  }

  void show() {
    book.setVisible(true);
  }
}
