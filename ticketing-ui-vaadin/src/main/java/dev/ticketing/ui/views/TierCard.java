package dev.ticketing.ui.views;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.data.value.ValueChangeMode;
import dev.ticketing.catalog.TierAvailability;
import java.util.Locale;

/**
 * One tier on the booking screen: name, price, what is left (kept current by {@link
 * #setAvailable}), and how many tickets the visitor wants, bounded by what is left and the
 * per-order limit.
 */
final class TierCard extends Div {
  private final String code;
  private final String displayName;
  private final long priceMinor;
  private final String currency;
  private final int maxPerTier;

  /** What bounds {@link #maxPerTier}: " per order" or " per account". */
  private final String per;

  private final Span left = new Span();
  private final IntegerField quantity = new IntegerField("Tickets");
  private int available;

  TierCard(TierAvailability tier, int maxPerTier, String per, Locale locale, Runnable onChange) {
    this.code = tier.code();
    this.displayName = tier.displayName();
    this.priceMinor = tier.priceMinor();
    this.currency = tier.currency();
    this.maxPerTier = maxPerTier;
    this.per = per;
    setId("tier-" + code);
    addClassName("tier-card");
    getElement().setAttribute("role", "group");
    getElement().setAttribute("aria-label", displayName);

    H2 name = new H2(displayName);
    name.addClassName("tier-name");
    Span price = new Span(Formats.money(priceMinor, currency, locale));
    price.addClassName("tier-price");
    left.setId("left-" + code);
    left.addClassName("badge");
    Div priceLine = new Div(price, left);
    priceLine.addClassName("tier-price-line");

    quantity.setId("quantity-" + code);
    quantity.setAriaLabel(displayName + " tickets");
    quantity.setMin(0);
    quantity.setStepButtonsVisible(true);
    quantity.setValue(0);
    quantity.setWidthFull();
    quantity.setValueChangeMode(ValueChangeMode.EAGER);
    // The field's own checks only mark it red; ours also say why, next to it.
    quantity.setManualValidation(true);
    quantity.addValueChangeListener(
        change -> {
          validate();
          onChange.run();
        });

    add(name, priceLine, quantity);
    setAvailable(tier.available());
  }

  /** What is left changed: show it, and lower the choice if it no longer fits. */
  void setAvailable(int available) {
    boolean more = available > this.available;
    this.available = available;
    boolean soldOut = available == 0;
    left.setText(soldOut ? "Sold out" : available + " left");
    left.setClassName("bad", soldOut);
    setClassName("sold-out", soldOut);
    quantity.setMax(limit());
    quantity.setHelperText(
        soldOut ? null : "Up to " + limit() + (limit() == maxPerTier ? per : ""));
    if (quantity() > limit()) {
      quantity.setValue(limit());
      showError(
          soldOut
              ? "Sold out while you were choosing"
              : "Only " + available + " left now; changed to " + limit());
    }
    quantity.setEnabled(!soldOut);
    if (more && quantity.isInvalid() && isValid()) {
      validate(); // tickets came back and the choice fits again: the old note no longer holds
    }
  }

  private int limit() {
    return Math.min(available, maxPerTier);
  }

  private void validate() {
    Integer value = quantity.getValue();
    String error = null;
    if (value != null && value < 0) {
      error = "Choose 0 or more";
    } else if (value != null && value > limit()) {
      error =
          available <= maxPerTier
              ? (available == 0 ? "Sold out" : "Only " + available + " left")
              : "At most " + maxPerTier + per;
    }
    quantity.setInvalid(error != null);
    quantity.setErrorMessage(error);
  }

  void showError(String message) {
    quantity.setInvalid(true);
    quantity.setErrorMessage(message);
  }

  boolean isValid() {
    Integer value = quantity.getValue();
    return value == null || (value >= 0 && value <= limit());
  }

  /** The chosen quantity; nothing typed, or a negative number, counts as none. */
  int quantity() {
    Integer value = quantity.getValue();
    return value == null || value < 0 ? 0 : value;
  }

  void clear() {
    quantity.setValue(0);
  }

  /** Puts a quantity chosen earlier back, e.g. after its hold ran out. */
  void restore(int tickets) {
    quantity.setValue(tickets);
  }

  String code() {
    return code;
  }

  String displayName() {
    return displayName;
  }

  long priceMinor() {
    return priceMinor;
  }

  String currency() {
    return currency;
  }
}
