package dev.ticketing.ui.views;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasElement;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
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
import dev.ticketing.account.Caller;
import dev.ticketing.ui.account.BrowserLogin;
import dev.ticketing.ui.account.LoginView;
import dev.ticketing.ui.account.RegisterView;
import dev.ticketing.ui.organiser.OrganiserView;
import jakarta.annotation.PostConstruct;
import jakarta.inject.Inject;

/**
 * The frame around every screen: the site name, the links between the screens, and who is logged in
 * (or the way to log in). Built once per page load: logging in or out loads the page again. It also
 * brings the screens' stylesheet (plain CSS on top of Vaadin's Lumo theme, loaded by the browser at
 * run time: the production build keeps Vaadin's pre-compiled bundle).
 */
@StyleSheet("context://styles/ticketing.css")
public class MainLayout extends Div implements RouterLayout {
  @Inject private Caller caller;

  private final Main content = new Main();

  @PostConstruct
  void build() {
    RouterLink brand = new RouterLink("Concert tickets", ConcertsView.class);
    brand.addClassName("brand");
    Nav nav =
        new Nav(link("Concerts", ConcertsView.class), link("My bookings", MyBookingsView.class));
    nav.setId("site-nav");
    nav.getElement().setAttribute("aria-label", "Main");
    String email = caller.email();
    if (email == null) {
      nav.add(link("Log in", LoginView.class), link("Register", RegisterView.class));
    } else {
      if (caller.isOrganiser()) {
        nav.add(link("Organiser", OrganiserView.class));
      }
      Span who = new Span(email);
      who.setId("logged-in-as");
      who.addClassName("logged-in-as");
      who.getElement().setAttribute("title", "Logged in as " + email);
      Button logOut = new Button("Log out", click -> BrowserLogin.logOut());
      logOut.setId("log-out");
      logOut.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE);
      nav.add(who, logOut);
    }
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
