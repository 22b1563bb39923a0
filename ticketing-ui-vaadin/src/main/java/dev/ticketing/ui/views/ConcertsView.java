package dev.ticketing.ui.views;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.server.VaadinRequest;
import dev.ticketing.catalog.Catalog;
import dev.ticketing.catalog.ConcertAvailability;
import dev.ticketing.catalog.SaleWindow;
import dev.ticketing.catalog.TierAvailability;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.stream.Collectors;

/**
 * The first screen: the published concerts still to come, soonest first, each with where its sale
 * stands and what is left of each tier, linking to its booking screen ({@link TicketsView}). Read
 * from the catalogue's copies, so a crowd on this page costs the database one small read each.
 */
@Route(value = "", layout = MainLayout.class)
@PageTitle("Concerts")
public class ConcertsView extends Div implements BeforeEnterObserver {
  private static final Logger LOG = Logger.getLogger(ConcertsView.class.getName());

  @Inject private Catalog catalog;

  private final Div list = new Div();

  public ConcertsView() {
    H1 title = new H1("Concerts");
    title.addClassName("page-title");
    list.setId("concerts");
    list.addClassName("concert-list");
    add(title, list);
  }

  @Override
  public void beforeEnter(BeforeEnterEvent event) {
    VaadinRequest request = VaadinRequest.getCurrent();
    Locale locale =
        request != null && request.getLocale() != null ? request.getLocale() : Locale.US;
    list.removeAll();
    List<ConcertAvailability> concerts;
    try {
      Instant now = Instant.now();
      concerts =
          catalog.concerts().stream()
              .filter(concert -> concert.sale().published())
              .filter(concert -> concert.startsAt().toInstant().isAfter(now))
              .toList();
    } catch (RuntimeException e) {
      LOG.log(Level.WARNING, "Cannot list the concerts", e);
      list.add(new Paragraph(OutcomeWording.UNREACHABLE));
      return;
    }
    if (concerts.isEmpty()) {
      list.add(new Paragraph(OutcomeWording.NO_CONCERT));
    }
    concerts.forEach(concert -> list.add(entry(concert, locale)));
  }

  private static Div entry(ConcertAvailability concert, Locale locale) {
    RouterLink name =
        new RouterLink(
            concert.name(),
            TicketsView.class,
            new RouteParameters(TicketsView.CONCERT_ID, String.valueOf(concert.id())));
    name.setId("concert-link-" + concert.id());
    H2 heading = new H2(name);
    Paragraph when =
        new Paragraph(concert.venue() + " · " + Formats.startsAt(concert.startsAt(), locale));
    when.addClassName("concert-when");

    SaleWindow sale = concert.sale();
    Span state = new Span(SaleWording.state(sale, concert.soldOut(), Instant.now()));
    state.addClassNames("badge", "sale-state");
    state.setClassName("waiting", sale.stateAt(Instant.now()) == SaleWindow.State.NOT_OPEN_YET);
    state.setClassName(
        "bad", concert.soldOut() || sale.stateAt(Instant.now()) == SaleWindow.State.CLOSED);
    heading.add(state);

    Paragraph left = new Paragraph(whatIsLeft(concert.tiers(), locale));
    left.addClassName("concert-left");

    Div entry = new Div(heading, when, left);
    entry.setId("concert-" + concert.id());
    entry.addClassName("concert-entry");
    entry.getElement().setAttribute("role", "article");
    return entry;
  }

  /** "VIP $100.00: 5 left · General Admission $10.00: sold out". */
  private static String whatIsLeft(List<TierAvailability> tiers, Locale locale) {
    if (tiers.isEmpty()) {
      return OutcomeWording.NO_TICKETS_YET;
    }
    return tiers.stream()
        .map(
            tier ->
                tier.displayName()
                    + " "
                    + Formats.money(tier.priceMinor(), tier.currency(), locale)
                    + ": "
                    + (tier.soldOut() ? "sold out" : tier.available() + " left"))
        .collect(Collectors.joining(" · "));
  }
}
