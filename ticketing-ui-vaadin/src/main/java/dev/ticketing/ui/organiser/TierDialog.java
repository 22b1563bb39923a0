package dev.ticketing.ui.organiser;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import dev.ticketing.admin.OrganiserRefusedException;
import dev.ticketing.admin.TierChange;
import dev.ticketing.admin.TierSales;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/**
 * Changes a tier's name, price (for bookings from now on) and number of tickets. A capacity below
 * what is sold or held is refused by the server; its words show next to the field, and the dialog
 * stays open.
 */
final class TierDialog extends Dialog {
  private final TierSales tier;
  private final TextField name = new TextField("Name");
  private final BigDecimalField price = new BigDecimalField();
  private final IntegerField capacity = new IntegerField("Tickets");
  private final Paragraph problem = new Paragraph();

  /**
   * @param change sends the change; answers null if done, or the refusal to show
   */
  TierDialog(TierSales tier, Function<TierChange, OrganiserRefusedException> change) {
    this.tier = tier;
    setHeaderTitle("Change " + tier.displayName() + " (" + tier.code() + ")");
    setId("tier-dialog");
    name.setId("edit-tier-name");
    name.setValue(tier.displayName());
    name.setMaxLength(ConcertForm.MAX_TEXT);
    price.setId("edit-tier-price");
    price.setLabel("Price (" + tier.currency() + ")");
    price.setHelperText("For bookings from now on; booked tickets keep their price");
    price.setValue(Prices.toMajor(tier.priceMinor(), tier.currency()));
    capacity.setId("edit-tier-capacity");
    capacity.setValue(tier.capacity());
    capacity.setMin(0);
    capacity.setMax(TierForm.MAX_CAPACITY);
    capacity.setHelperText((tier.sold() + tier.held()) + " sold or held: it cannot go below that");
    problem.addClassName("form-problem");
    problem.setId("tier-dialog-problem");
    problem.setVisible(false);
    FormLayout fields = new FormLayout(name, price, capacity);
    add(fields, problem);

    Button save = new Button("Save", click -> save(change));
    save.setId("save-tier");
    save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
    Button cancel = new Button("Cancel", click -> close());
    getFooter().add(cancel, save);
  }

  private void save(Function<TierChange, OrganiserRefusedException> change) {
    List.<HasValidation>of(name, price, capacity).forEach(f -> f.setInvalid(false));
    problem.setVisible(false);
    Optional<TierChange> changed = read();
    if (changed.isEmpty()) {
      return;
    }
    OrganiserRefusedException refused = change.apply(changed.get());
    if (refused == null) {
      close();
    } else if ("capacity".equals(refused.field())) {
      refuse(capacity, refused.getMessage());
    } else {
      problem.setText(refused.getMessage());
      problem.setVisible(true);
    }
  }

  /** Only what differs is sent: the rest stays as it is. */
  private Optional<TierChange> read() {
    String newName = name.getValue().strip();
    if (newName.isEmpty() || newName.length() > ConcertForm.MAX_TEXT) {
      return refuse(name, "Enter a name of at most " + ConcertForm.MAX_TEXT + " characters");
    }
    Optional<Long> minor = Prices.toMinor(price.getValue(), tier.currency());
    if (minor.isEmpty()) {
      return refuse(price, "Enter a price of 0 or more, e.g. 25.00");
    }
    Integer tickets = capacity.getValue();
    if (tickets == null || tickets < 0 || tickets > TierForm.MAX_CAPACITY) {
      return refuse(capacity, "Enter 0 to " + TierForm.MAX_CAPACITY);
    }
    return Optional.of(
        new TierChange(
            newName.equals(tier.displayName()) ? null : newName,
            minor.get() == tier.priceMinor() ? null : minor.get(),
            null,
            tickets == tier.capacity() ? null : tickets,
            null));
  }

  private static <T> Optional<T> refuse(HasValidation field, String words) {
    field.setErrorMessage(words);
    field.setInvalid(true);
    return Optional.empty();
  }
}
