package dev.ticketing.ui.views;

import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.progressbar.ProgressBar;
import com.vaadin.flow.component.textfield.EmailField;
import dev.ticketing.booking.BookingSummary;
import java.util.Locale;

/**
 * What the payment step of a hold shows: what is held and its total, the countdown to the end of
 * the hold ({@link HoldCountdown}), the card form ({@link CardForm}), Pay and Cancel hold (asked
 * again in a {@link CancelDialog}), the progress while a payment or cancellation runs, and a
 * problem in words. It shows what it is told; {@link PaymentStep} decides.
 */
final class PaymentForm extends Div {
  private final H2 heading = new H2(OutcomeWording.HELD);
  private final HoldCountdown countdown;
  private final CardForm card = new CardForm();
  private final EmailField email = new EmailField("Email for your tickets (optional)");
  private final Button pay = new Button();
  private final Button cancel = new Button("Cancel hold");
  private final ProgressBar progress = new ProgressBar();
  private final Div problem = new Div();
  private final String payWords;

  /**
   * @param onPay told when Pay is clicked (or Enter pressed in the card number)
   * @param onCancel told when the visitor confirmed that the hold should be cancelled
   */
  PaymentForm(BookingSummary hold, Locale locale, Runnable onPay, Runnable onCancel) {
    setId("hold");
    addClassNames("outcome-box", "hold-box");
    heading.getElement().setAttribute("tabindex", "-1");

    countdown = new HoldCountdown(hold.expiresAt());

    String total = Formats.money(hold.totalMinor(), hold.currency(), locale);
    Paragraph totalLine = new Paragraph("Total to pay: " + total);
    totalLine.setId("hold-total");
    totalLine.addClassName("total-line");

    payWords = OutcomeWording.pay(total);
    pay.setText(payWords);
    pay.setId("pay");
    pay.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
    pay.setDisableOnClick(true); // in the browser, at the click: no double payment request
    pay.addClickListener(click -> onPay.run());
    // Enter in the card field pays; the field's value reaches the server first.
    pay.addClickShortcut(Key.ENTER).listenOn(card.field()).resetFocusOnActiveElement();
    cancel.setId("cancel-hold");
    cancel.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ERROR);
    cancel.addClickListener(click -> new CancelDialog(hold, locale, onCancel).open());
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

    // A booking made without an account may give an address for its confirmation mail.
    email.setId("contact-email");
    email.setClearButtonVisible(true);
    email.setVisible(hold.owner() == null);
    add(
        heading,
        new Paragraph(OutcomeWording.HELD_UNTIL_PAID),
        countdown,
        heldItems(hold, locale),
        totalLine,
        card,
        email,
        buttons,
        progress,
        problem);
  }

  private static UnorderedList heldItems(BookingSummary hold, Locale locale) {
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

  // --- the countdown ---------------------------------------------------------------------------

  /** Shows the time left now (told once a second). */
  void showTimeLeft() {
    countdown.show();
  }

  boolean isTimeUp() {
    return countdown.isUp();
  }

  // --- the card --------------------------------------------------------------------------------

  /** The card number as typed, without surrounding blanks. */
  String cardNumber() {
    return card.number();
  }

  /** The address for the confirmation mail as typed (blank: none). */
  String contactEmail() {
    return email.isVisible() ? email.getValue().strip() : "";
  }

  /** The card's last digits: enough to tell cards apart in a request's key, not to use one. */
  String cardLastDigits() {
    return card.lastDigits();
  }

  /** Pay was clicked with no card number: ask for one, and Pay can be clicked again. */
  void askForCard() {
    card.showError(OutcomeWording.ENTER_CARD);
    card.focus();
    pay.setEnabled(true);
  }

  void showCardError(String message) {
    card.showError(message);
  }

  // --- what can be done now --------------------------------------------------------------------

  /** Pay, disabled in the browser at the click, is enabled again (or not). */
  void setPayEnabled(boolean enabled) {
    pay.setEnabled(enabled);
  }

  /** A payment ({@code paying}) or a cancellation runs: nothing to click, the progress shows. */
  void showRunning(boolean paying) {
    problem.setVisible(false);
    pay.setEnabled(false);
    cancel.setEnabled(false);
    card.setLocked(true);
    if (paying) {
      pay.setText("Paying…");
    } else {
      cancel.setText("Cancelling…");
    }
    progress.setVisible(true);
  }

  /** A payment or cancellation did not go through: say why, and both can be tried again. */
  void showOpenAgain(String message) {
    progress.setVisible(false);
    pay.setText(payWords);
    cancel.setText("Cancel hold");
    pay.setEnabled(true);
    cancel.setEnabled(true);
    card.setLocked(false);
    showProblem(message);
    card.focus();
  }

  /** Nothing can be done here any more (the step is over, or its booking is gone). */
  void lock() {
    pay.setEnabled(false);
    cancel.setEnabled(false);
    card.setLocked(true);
    progress.setVisible(false);
  }

  /** No card number is kept once the step is done. */
  void clearCard() {
    card.clear();
  }

  void showProblem(String message) {
    problem.setText(message);
    problem.setVisible(true);
  }
}
