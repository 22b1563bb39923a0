package dev.ticketing.ui.views;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasElement;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Header;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Nav;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.HighlightConditions;
import com.vaadin.flow.router.RouterLayout;
import com.vaadin.flow.router.RouterLink;

/** The frame around every screen: the site name and the links between the screens. */
public class MainLayout extends Div implements RouterLayout {
  private final Main content = new Main();

  public MainLayout() {
    Span brand = new Span("Concert tickets");
    brand
        .getStyle()
        .set("font-weight", "600")
        .set("font-size", "var(--lumo-font-size-l)")
        .set("margin-right", "auto");

    RouterLink book = link("Book tickets", BookingView.class);
    RouterLink mine = link("My bookings", MyBookingsView.class);
    Nav nav = new Nav(book, mine);
    nav.getElement().setAttribute("aria-label", "Main");
    nav.getStyle().set("display", "flex").set("gap", "var(--lumo-space-m)");

    Header header = new Header(brand, nav);
    header
        .getStyle()
        .set("display", "flex")
        .set("flex-wrap", "wrap")
        .set("align-items", "center")
        .set("gap", "var(--lumo-space-s)")
        .set("padding", "var(--lumo-space-s) var(--lumo-space-m)")
        .set("border-bottom", "1px solid var(--lumo-contrast-10pct)");

    // A keyboard user reaches the booking form without tabbing through the navigation first.
    Anchor skip = new Anchor("#content", "Skip to content");
    skip.getStyle().set("position", "absolute").set("left", "-10000px").set("top", "auto");
    skip.getElement()
        .executeJs(
            "this.addEventListener('focus', () => this.style.left = '0');"
                + "this.addEventListener('blur', () => this.style.left = '-10000px');");

    content.setId("content");
    content
        .getStyle()
        .set("display", "block")
        .set("max-width", "64rem")
        .set("margin", "0 auto")
        .set("padding", "var(--lumo-space-m)")
        .set("box-sizing", "border-box");
    add(skip, header, content);
  }

  private static RouterLink link(String text, Class<? extends Component> target) {
    RouterLink link = new RouterLink(text, target);
    link.setHighlightCondition(HighlightConditions.sameLocation());
    return link;
  }

  @Override
  public void showRouterLayoutContent(HasElement view) {
    content.removeAll();
    content.getElement().appendChild(view.getElement());
  }
}
