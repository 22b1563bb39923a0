package dev.ticketing.ui.organiser;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;
import dev.ticketing.admin.ConcertAdmin;
import dev.ticketing.admin.ConcertDetails;
import dev.ticketing.admin.ConcertDraft;
import dev.ticketing.admin.OrganiserRefusedException;
import dev.ticketing.admin.TierSales;
import dev.ticketing.ui.views.Formats;
import dev.ticketing.ui.views.MainLayout;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Locale;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The organisers' start: every concert, published or not, with where its sale stands and what it
 * sold, each leading to its own screen ({@link ManageConcertView}); and a form for a new concert.
 */
@Route(value = "organiser", layout = MainLayout.class)
@PageTitle("Organiser")
public class OrganiserView extends Div implements BeforeEnterObserver {
  private static final Logger LOG = Logger.getLogger(OrganiserView.class.getName());

  @Inject private ConcertAdmin admin;

  private final Grid<ConcertDetails> concerts = new Grid<>();
  private final ConcertForm form = new ConcertForm("new-concert");
  private final Paragraph problem = new Paragraph();
  private final Locale locale = Locale.UK;

  public OrganiserView() {
    addClassName("organiser");
    H1 title = new H1("Concerts you organise");
    title.addClassName("page-title");

    concerts.setId("organiser-concerts");
    concerts.addThemeVariants(GridVariant.LUMO_ROW_STRIPES);
    concerts.setAllRowsVisible(true);
    concerts
        .addComponentColumn(
            concert -> {
              RouterLink link =
                  new RouterLink(
                      concert.name(),
                      ManageConcertView.class,
                      new RouteParameters(
                          ManageConcertView.CONCERT_ID, String.valueOf(concert.id())));
              link.setId("manage-" + concert.id());
              return link;
            })
        .setHeader("Concert")
        .setFlexGrow(2);
    concerts
        .addColumn(concert -> Formats.utc(concert.startsAt(), locale))
        .setHeader("Starts")
        .setFlexGrow(1);
    concerts.addColumn(ConcertDetails::venue).setHeader("Venue").setFlexGrow(1);
    concerts
        .addComponentColumn(concert -> SaleBadge.of(concert.saleState()))
        .setHeader("Sale")
        .setAutoWidth(true)
        .setFlexGrow(0);
    concerts
        .addColumn(OrganiserView::soldOfCapacity)
        .setHeader("Sold / tickets")
        .setAutoWidth(true)
        .setFlexGrow(0);

    Button create = new Button("Create concert", click -> create());
    create.setId("create-concert");
    create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
    problem.setId("new-concert-problem");
    problem.addClassName("form-problem");
    problem.setVisible(false);
    Paragraph note =
        new Paragraph(
            "A new concert is not published: add its tiers, then publish it on its own page.");
    note.addClassName("hint");
    Details newConcert = new Details("New concert", new Div(note, form, problem, create));
    newConcert.setId("new-concert");
    newConcert.addClassName("panel");

    RouterLink doorAccounts = new RouterLink("Door accounts", DoorAccountsView.class);
    doorAccounts.setId("door-accounts-link");
    RouterLink mails = new RouterLink("Mails", MailOutboxView.class);
    mails.setId("mail-outbox-link");
    Div more = new Div(doorAccounts, new Span(" · "), mails);
    more.addClassName("organiser-links");
    add(title, newConcert, more, concerts);
  }

  @Override
  public void beforeEnter(BeforeEnterEvent event) {
    if (!OrganiserAccess.admit(event)) {
      return;
    }
    try {
      List<ConcertDetails> all = admin.concerts();
      concerts.setItems(all);
      if (all.isEmpty()) {
        add(new Paragraph("No concerts yet: create the first one above."));
      }
    } catch (RuntimeException e) {
      LOG.log(Level.WARNING, "Cannot list the concerts for an organiser", e);
      add(new Paragraph(OrganiserWording.UNREACHABLE));
    }
  }

  private void create() {
    problem.setVisible(false);
    ConcertDraft draft = form.draft().orElse(null);
    if (draft == null) {
      return;
    }
    try {
      ConcertDetails created = admin.create(draft);
      UI.getCurrent()
          .navigate(
              ManageConcertView.class,
              new RouteParameters(ManageConcertView.CONCERT_ID, String.valueOf(created.id())));
    } catch (OrganiserRefusedException refused) {
      if (!form.showRefusal(refused)) {
        say(refused.getMessage());
      }
    } catch (RuntimeException e) {
      LOG.log(Level.WARNING, "Creating a concert failed", e);
      say(OrganiserWording.FAILED);
    }
  }

  private void say(String words) {
    problem.setText(words);
    problem.setVisible(true);
  }

  private static String soldOfCapacity(ConcertDetails concert) {
    int sold = concert.tiers().stream().mapToInt(TierSales::sold).sum();
    int capacity = concert.tiers().stream().mapToInt(TierSales::capacity).sum();
    return sold + " / " + capacity;
  }
}
