package dev.ticketing.ui.views;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.textfield.Autocomplete;
import com.vaadin.flow.component.textfield.TextField;
import dev.ticketing.payment.TestCard;

/**
 * The card number of a payment, with the test cards listed under it (this is a test system): number
 * and what paying with it does; clicking a number fills it in. The number is checked by the payment
 * provider, not here; it is never kept once the form is cleared.
 */
final class CardForm extends Div {
  private final TextField number = new TextField("Card number");
  private final UnorderedList cards = new UnorderedList();

  CardForm() {
    number.setId("card-number");
    number.addClassName("card-number");
    number.setAutocomplete(Autocomplete.CC_NUMBER);
    number.setAllowedCharPattern("[0-9 -]");
    number.setMaxLength(23);
    number.setHelperText(OutcomeWording.TEST_CARDS);
    number.addValueChangeListener(change -> number.setInvalid(false));

    cards.setId("test-cards");
    cards.addClassName("test-cards");
    for (TestCard test : TestCard.values()) {
      String digits = Formats.cardNumber(test.number());
      Button use = new Button(digits, click -> number.setValue(test.number()));
      use.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE);
      use.addClassName("reference");
      use.setAriaLabel("Use test card " + digits);
      cards.add(new ListItem(use, new Span(" " + test.outcome())));
    }
    add(number, cards);
  }

  /** What was typed, without surrounding blanks. */
  String number() {
    return number.getValue().strip();
  }

  /** The last four digits: enough to tell cards apart in a request's key, not to use one. */
  String lastDigits() {
    String digits = number().replaceAll("[^0-9]", "");
    return digits.length() + " digits ending " + digits.substring(Math.max(0, digits.length() - 4));
  }

  void showError(String message) {
    number.setErrorMessage(message);
    number.setInvalid(true);
  }

  /** While a payment runs (or once done), the number stays as it was sent. */
  void setLocked(boolean locked) {
    number.setReadOnly(locked);
    cards.setEnabled(!locked);
  }

  void clear() {
    number.clear();
  }

  /** The field itself, for keyboard shortcuts that listen on it. */
  Component field() {
    return number;
  }

  void focus() {
    number.focus();
  }
}
