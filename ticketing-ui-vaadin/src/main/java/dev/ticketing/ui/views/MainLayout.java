package dev.ticketing.ui.views;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasElement;
import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Header;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Nav;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.HighlightConditions;
import com.vaadin.flow.router.RouterLayout;
import com.vaadin.flow.router.RouterLink;

/**
 * The frame around every screen: the site name and the links between the screens. It also brings
 * the screens' stylesheet (plain CSS on top of Vaadin's Lumo theme, loaded by the browser at run
 * time: the production build keeps Vaadin's pre-compiled bundle).
 */
@StyleSheet("context://styles/ticketing.css")
public class MainLayout extends Div implements RouterLayout {
  private final Main content = new Main();

  public MainLayout() {
    Span brand = new Span("Concert tickets");
    brand.addClassName("brand");
    Nav nav =
        new Nav(link("Book tickets", TicketsView.class), link("My bookings", MyBookingsView.class));
    nav.getElement().setAttribute("aria-label", "Main");
    Header header = new Header(brand, nav);
    header.addClassName("site-header");

    // A keyboard user reaches the booking form without tabbing through the navigation first.
    Anchor skip = new Anchor("#content", "Skip to content");
    skip.addClassName("skip-link");

    content.setId("content");
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
