package dev.ticketing.ui.organiser;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import dev.ticketing.admin.OrganiserRefusedException;
import dev.ticketing.admin.TierDraft;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * A new tier: its code (how the API and the tests name it), its name, price, currency and number of
 * tickets. Checks what the database would refuse before anything is sent.
 */
final class TierForm extends Div {
  /** The code of a tier, as the database allows it: FRONT_ROW. */
  static final Pattern CODE = Pattern.compile("[A-Z][A-Z0-9_]{0,31}");

  static final Pattern CURRENCY = Pattern.compile("[A-Z]{3}");

  /** The most tickets one tier may have. */
  static final int MAX_CAPACITY = 1_000_000;

  private final TextField code = new TextField("Code");
  private final TextField name = new TextField("Name");
  private final BigDecimalField price = new BigDecimalField("Price");
  private final TextField currency = new TextField("Currency");
  private final IntegerField capacity = new IntegerField("Tickets");
  private final Button add = new Button("Add tier");

  TierForm(Runnable onAdd) {
    addClassName("tier-form");
    code.setId("tier-code");
    code.setHelperText("Capitals, digits, _: FRONT_ROW");
    code.setRequiredIndicatorVisible(true);
    code.setMaxLength(32);
    name.setId("tier-name");
    name.setRequiredIndicatorVisible(true);
    name.setMaxLength(ConcertForm.MAX_TEXT);
    price.setId("tier-price");
    price.setRequiredIndicatorVisible(true);
    currency.setId("tier-currency");
    currency.setValue("USD");
    currency.setMaxLength(3);
    currency.setHelperText("ISO code: USD, EUR");
    capacity.setId("tier-capacity");
    capacity.setMin(0);
    capacity.setMax(MAX_CAPACITY);
    capacity.setRequiredIndicatorVisible(true);
    add.setId("add-tier");
    add.addClickListener(click -> onAdd.run());
    FormLayout fields = new FormLayout(code, name, price, currency, capacity);
    fields.setResponsiveSteps(
        new FormLayout.ResponsiveStep("0", 1),
        new FormLayout.ResponsiveStep("30em", 3),
        new FormLayout.ResponsiveStep("50em", 5));
    add(fields, add);
  }

  /** New tiers are priced like the concert's others: one order has one currency. */
  void setCurrency(String concertCurrency) {
    if (concertCurrency != null) {
      currency.setValue(concertCurrency);
    }
  }

  /** The tier as entered, or empty (with the reasons next to the fields) if it cannot be. */
  Optional<TierDraft> draft() {
    List.<HasValidation>of(code, name, price, currency, capacity).forEach(f -> f.setInvalid(false));
    boolean valid = true;
    String codeValue = code.getValue().strip().toUpperCase(java.util.Locale.ROOT);
    if (!CODE.matcher(codeValue).matches()) {
      valid = refuse(code, "A capital letter, then capitals, digits or _ (at most 32)");
    }
    String nameValue = name.getValue().strip();
    if (nameValue.isEmpty() || nameValue.length() > ConcertForm.MAX_TEXT) {
      valid = refuse(name, "Enter a name of at most " + ConcertForm.MAX_TEXT + " characters");
    }
    String currencyValue = currency.getValue().strip().toUpperCase(java.util.Locale.ROOT);
    if (!CURRENCY.matcher(currencyValue).matches()) {
      valid = refuse(currency, "Three capital letters: USD");
    }
    Optional<Long> minor = Prices.toMinor(price.getValue(), currencyValue);
    if (minor.isEmpty()) {
      valid = refuse(price, "Enter a price of 0 or more, e.g. 25.00");
    }
    Integer tickets = capacity.getValue();
    if (tickets == null || tickets < 0 || tickets > MAX_CAPACITY) {
      valid = refuse(capacity, "Enter 0 to " + MAX_CAPACITY);
    }
    if (!valid) {
      return Optional.empty();
    }
    return Optional.of(new TierDraft(codeValue, nameValue, minor.get(), currencyValue, tickets));
  }

  /** Shows the server's refusal next to its field; false if it names none here. */
  boolean showRefusal(OrganiserRefusedException refused) {
    HasValidation field =
        switch (String.valueOf(refused.field())) {
          case "code" -> code;
          case "currency" -> currency;
          case "capacity" -> capacity;
          case "priceMinor" -> price;
          case "displayName" -> name;
          default -> null;
        };
    return field != null && !refuse(field, refused.getMessage());
  }

  /** Empties the form for the next tier (the currency stays). */
  void clear() {
    code.clear();
    name.clear();
    price.clear();
    capacity.clear();
    List.<HasValidation>of(code, name, price, capacity).forEach(f -> f.setInvalid(false));
  }

  private static boolean refuse(HasValidation field, String words) {
    field.setErrorMessage(words);
    field.setInvalid(true);
    return false;
  }
}
