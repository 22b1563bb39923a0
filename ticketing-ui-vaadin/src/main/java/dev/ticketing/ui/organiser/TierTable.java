package dev.ticketing.ui.organiser;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.dom.Element;
import dev.ticketing.admin.TierSales;
import dev.ticketing.ui.views.Formats;
import java.util.List;
import java.util.Locale;
import java.util.function.BiConsumer;
import java.util.function.Consumer;

/**
 * The concert's tiers in their order, each with price, tickets, what is sold, held, kept for the
 * waiting list and left, and what it brought; and for each the ways to change it: edit, move up,
 * move down. Shown afresh with every sales report, so the counts stay current while the screen is
 * open.
 */
final class TierTable extends Div {
  private static final List<String> HEADERS =
      List.of("#", "Tier", "Price", "Tickets", "Sold", "Held", "Kept", "Left", "Revenue", "");

  private final Element body = new Element("tbody");
  private final Consumer<TierSales> onEdit;
  private final BiConsumer<TierSales, Integer> onMove;
  private final Locale locale;

  /**
   * @param onEdit asked to change a tier
   * @param onMove asked to put a tier at a position (from 1)
   */
  TierTable(Locale locale, Consumer<TierSales> onEdit, BiConsumer<TierSales, Integer> onMove) {
    this.locale = locale;
    this.onEdit = onEdit;
    this.onMove = onMove;
    setId("tiers-table");
    addClassName("table-frame");
    // On a narrow screen the table scrolls sideways inside its frame: keyboard users reach it too.
    getElement().setAttribute("tabindex", "0");
    getElement().setAttribute("role", "region");
    getElement().setAttribute("aria-label", "Tiers");
    Element table = new Element("table");
    table.getClassList().add("data-table");
    Element head = new Element("thead");
    Element row = new Element("tr");
    for (String header : HEADERS) {
      Element th = new Element("th").setText(header);
      th.setAttribute("scope", "col");
      if (header.equals("Kept")) {
        th.setAttribute("title", "Tickets that came back, kept for the next on the waiting list");
      }
      row.appendChild(th);
    }
    head.appendChild(row);
    table.appendChild(head, body);
    getElement().appendChild(table);
  }

  void show(List<TierSales> tiers) {
    body.removeAllChildren();
    for (TierSales tier : tiers) {
      Element row = new Element("tr");
      row.setAttribute("id", "tier-row-" + tier.code());
      row.appendChild(
          cell(String.valueOf(tier.position()), null),
          cell(tier.displayName() + " (" + tier.code() + ")", null),
          cell(money(tier.priceMinor(), tier.currency()), "price-" + tier.code()),
          cell(String.valueOf(tier.capacity()), "capacity-" + tier.code()),
          cell(String.valueOf(tier.sold()), "sold-" + tier.code()),
          cell(String.valueOf(tier.held()), "held-" + tier.code()),
          cell(String.valueOf(tier.kept()), "kept-" + tier.code()),
          cell(String.valueOf(tier.available()), "available-" + tier.code()),
          cell(money(tier.revenueMinor(), tier.currency()), "revenue-" + tier.code()),
          actions(tier, tiers.size()));
      body.appendChild(row);
    }
    if (tiers.isEmpty()) {
      Element none = cell("No tiers yet: add the first one below.", null);
      none.setAttribute("colspan", String.valueOf(HEADERS.size()));
      body.appendChild(new Element("tr").appendChild(none));
    }
  }

  private Element actions(TierSales tier, int count) {
    Element cell = new Element("td");
    cell.getClassList().add("row-actions");
    cell.appendChild(
        button("Edit", "edit-" + tier.code(), tier.displayName(), () -> onEdit.accept(tier), true)
            .getElement(),
        button(
                "↑",
                "up-" + tier.code(),
                "Move " + tier.displayName() + " up",
                () -> onMove.accept(tier, tier.position() - 1),
                tier.position() > 1)
            .getElement(),
        button(
                "↓",
                "down-" + tier.code(),
                "Move " + tier.displayName() + " down",
                () -> onMove.accept(tier, tier.position() + 1),
                tier.position() < count)
            .getElement());
    return cell;
  }

  private static Component button(
      String text, String id, String label, Runnable action, boolean enabled) {
    Button button = new Button(text, click -> action.run());
    button.setId(id);
    button.setAriaLabel(text.equals("Edit") ? "Edit " + label : label);
    button.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
    button.setEnabled(enabled);
    return button;
  }

  private static Element cell(String text, String id) {
    Element td = new Element("td").setText(text);
    if (id != null) {
      td.setAttribute("id", id);
    }
    return td;
  }

  private String money(long minor, String currency) {
    return Formats.money(minor, currency, locale);
  }
}
