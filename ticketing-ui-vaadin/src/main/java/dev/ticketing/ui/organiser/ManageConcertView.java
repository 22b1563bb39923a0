package dev.ticketing.ui.organiser;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.ClientCallable;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.shared.Registration;
import dev.ticketing.admin.ConcertAdmin;
import dev.ticketing.admin.ConcertDetails;
import dev.ticketing.admin.OrganiserRefusedException;
import dev.ticketing.admin.SalesReport;
import dev.ticketing.admin.TierChange;
import dev.ticketing.admin.TierDraft;
import dev.ticketing.admin.TierSales;
import dev.ticketing.checkin.CheckInReader;
import dev.ticketing.ui.live.AvailabilityBroadcaster;
import dev.ticketing.ui.views.Formats;
import dev.ticketing.ui.views.MainLayout;
import dev.ticketing.ui.views.TicketsView;
import dev.ticketing.waitingroom.WaitingRoomAdmin;
import jakarta.inject.Inject;
import java.util.Locale;
import java.util.function.Predicate;
import java.util.function.Supplier;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * One concert, for its organisers: its sales as they happen (updating by themselves), its tiers
 * (add, change, reorder), what it is and when it is sold, publishing, its bookings (search, cancel)
 * and the latest changes. Layout and wiring only: each part is a component of its own.
 *
 * <p>The sales refresh every {@link #REFRESH_MILLIS} while the screen is open, and at once when the
 * catalogue announces new counts for the concert: the announcement is pushed to the browser, which
 * asks for the report in a request of its own (the report is for organisers, and only a request
 * carries the organiser's login).
 */
@Route(value = "organiser/concerts/:concertId(\\d+)", layout = MainLayout.class)
public class ManageConcertView extends Div implements BeforeEnterObserver, HasDynamicTitle {
  /** The route parameter naming the concert. */
  public static final String CONCERT_ID = "concertId";

  /** How often the sales are read again while the screen is open: payments push nothing. */
  static final int REFRESH_MILLIS = 2000;

  private static final Logger LOG = Logger.getLogger(ManageConcertView.class.getName());

  @Inject private ConcertAdmin admin;
  @Inject private WaitingRoomAdmin waitingRooms;
  @Inject private dev.ticketing.waitlist.Waitlist waitlist;
  private WaitlistSection waitlists;
  @Inject private AvailabilityBroadcaster broadcaster;
  @Inject private CheckInReader checkIns;

  private final Locale locale = Locale.UK;
  private final H1 title = new H1();
  private final Span saleState = new Span();
  private final Paragraph when = new Paragraph();
  private final Button publish = new Button();
  private final Paragraph problem = new Paragraph();
  private final SalesPanel sales = new SalesPanel(locale);
  private WaitingRoomPanel room;
  private final TierTable tiers = new TierTable(locale, this::editTier, this::moveTier);
  private final TierForm tierForm = new TierForm(this::addTier);
  private final ConcertForm concertForm = new ConcertForm("concert");
  private final Div body = new Div();
  private ConcertBookings bookings;
  private AuditTrail audit;
  private ConcertDetails concert;
  private Registration polling;
  private Registration liveCounts;

  /** Paid and held bookings when the bookings were last listed. */
  private String shownBookingCounts;

  public ManageConcertView() {
    addClassName("organiser");
    title.setId("manage-name");
    title.addClassName("page-title");
    saleState.setId("manage-sale-state");
    when.setId("manage-when");
    when.addClassName("concert-details");
    publish.setId("publish");
    publish.addClickListener(click -> togglePublished());
    problem.setId("manage-problem");
    problem.addClassName("form-problem");
    problem.getElement().setAttribute("role", "alert");
    problem.setVisible(false);

    Button save = new Button("Save changes", click -> saveConcert());
    save.setId("save-concert");
    save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
    Details addTier = new Details("Add a tier", tierForm);
    addTier.setId("add-tier-panel");
    addTier.setOpened(true);
    addTier.addClassName("panel");

    body.add(
        section("Sales", sales),
        section("Tiers", tiers, addTier),
        section("Concert and sale window", concertForm, save));
    add(new RouterLink("← All concerts", OrganiserView.class), title, when, problem, body);
  }

  @Override
  public void beforeEnter(BeforeEnterEvent event) {
    if (!OrganiserAccess.admit(event)) {
      return;
    }
    long id = event.getRouteParameters().getLong(CONCERT_ID).orElseThrow();
    try {
      concert = admin.concert(id);
    } catch (OrganiserRefusedException unknown) {
      title.setText("No such concert");
      when.setText("There is no concert " + id + ": it may never have existed.");
      body.setVisible(false);
      return;
    } catch (RuntimeException e) {
      LOG.log(Level.WARNING, "Cannot show concert " + id + " to an organiser", e);
      title.setText("Concert " + id);
      say(OrganiserWording.UNREACHABLE);
      body.setVisible(false);
      return;
    }
    bookings = new ConcertBookings(admin, id, locale, this::refreshSales);
    audit = new AuditTrail(admin, id, locale);
    room = new WaitingRoomPanel(waitingRooms, id);
    body.addComponentAtIndex(1, section("Waiting room", room));
    waitlists = new WaitlistSection(waitlist, id);
    body.add(
        section("Waiting lists", waitlists),
        section("Bookings", bookings),
        section("At the door", new DoorPanel(checkIns, id)),
        section("Latest changes", audit));
    Div links = new Div(publish, saleState, publicPage(id));
    links.addClassName("manage-actions");
    addComponentAtIndex(3, links);
    concertForm.show(concert);
    showConcert(concert);
    refreshSales(); // lists the bookings too
    audit.refresh();
  }

  @Override
  public String getPageTitle() {
    return concert == null ? "Organiser" : concert.name() + " · Organiser";
  }

  @Override
  protected void onAttach(AttachEvent attach) {
    if (concert == null) {
      return;
    }
    UI ui = attach.getUI();
    ui.setPollInterval(REFRESH_MILLIS);
    polling = ui.addPollListener(poll -> refreshSales());
    liveCounts =
        broadcaster.register(
            concert.id(), ui, counts -> getElement().executeJs("this.$server.countsChanged()"));
  }

  @Override
  protected void onDetach(DetachEvent detach) {
    if (polling != null) {
      polling.remove();
      detach.getUI().setPollInterval(-1);
    }
    if (liveCounts != null) {
      liveCounts.remove();
    }
  }

  /** The browser heard that the concert's counts changed: a booking, a cancellation, an expiry. */
  @ClientCallable
  void countsChanged() {
    shownBookingCounts = null; // a new booking may leave the counts as they were: list them anyway
    refreshSales();
  }

  private void showConcert(ConcertDetails now) {
    concert = now;
    title.setText(now.name());
    when.setText(
        now.venue()
            + " · starts "
            + Formats.utc(now.startsAt(), locale)
            + " · sale "
            + (now.salesOpenAt() == null
                ? "opens when published"
                : "opens " + Formats.utc(now.salesOpenAt(), locale))
            + (now.salesCloseAt() == null
                ? ""
                : ", closes " + Formats.utc(now.salesCloseAt(), locale)));
    saleState.removeAll();
    saleState.add(SaleBadge.of(now.saleState()));
    publish.setText(now.published() ? "Unpublish" : "Publish");
    publish.removeThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_ERROR);
    publish.addThemeVariants(
        now.published() ? ButtonVariant.LUMO_ERROR : ButtonVariant.LUMO_PRIMARY);
    tiers.show(now.tiers());
    tierForm.setCurrency(now.tiers().isEmpty() ? null : now.tiers().get(0).currency());
  }

  private void refreshSales() {
    if (concert == null) {
      return;
    }
    try {
      SalesReport report = admin.sales(concert.id());
      showConcert(report.concert());
      sales.show(report);
      if (room != null) {
        room.refresh();
      }
      if (waitlists != null) {
        waitlists.refresh();
      }
      String bookingCounts = report.confirmedBookings() + "/" + report.heldBookings();
      if (!bookingCounts.equals(shownBookingCounts) && bookings != null) {
        // A payment, an expiry or a cancellation changed a booking's state: list them afresh.
        shownBookingCounts = bookingCounts;
        bookings.refresh();
      }
    } catch (RuntimeException e) {
      LOG.log(Level.FINE, "Sales of concert " + concert.id() + " not read; the next tick tries", e);
    }
  }

  private void togglePublished() {
    change(() -> admin.publish(concert.id(), !concert.published()), null);
  }

  private void saveConcert() {
    concertForm
        .draft()
        .ifPresent(
            draft ->
                change(
                    () -> admin.update(concert.id(), draft),
                    refused -> concertForm.showRefusal(refused)));
  }

  private void addTier() {
    TierDraft draft = tierForm.draft().orElse(null);
    if (draft == null) {
      return;
    }
    if (change(
        () -> {
          admin.addTier(concert.id(), draft);
          return admin.concert(concert.id());
        },
        tierForm::showRefusal)) {
      tierForm.clear();
    }
  }

  private void editTier(TierSales tier) {
    new TierDialog(
            tier,
            (TierChange change) -> {
              try {
                admin.changeTier(tier.id(), change);
                afterChange(admin.concert(concert.id()));
                return null;
              } catch (OrganiserRefusedException refused) {
                return refused;
              }
            })
        .open();
  }

  private void moveTier(TierSales tier, int position) {
    change(
        () -> {
          admin.changeTier(tier.id(), new TierChange(null, null, null, null, position));
          return admin.concert(concert.id());
        },
        null);
  }

  /**
   * Makes a change and shows the concert after it, or why it was refused (next to its field if
   * {@code onRefused} places it, else at the top).
   *
   * @return whether it was made
   */
  private boolean change(
      Supplier<ConcertDetails> change, Predicate<OrganiserRefusedException> onRefused) {
    problem.setVisible(false);
    try {
      afterChange(change.get());
      return true;
    } catch (OrganiserRefusedException refused) {
      if (onRefused == null || !onRefused.test(refused)) {
        say(refused.getMessage());
      }
    } catch (RuntimeException e) {
      LOG.log(Level.WARNING, "A change to concert " + concert.id() + " failed", e);
      say(OrganiserWording.FAILED);
    }
    return false;
  }

  private void afterChange(ConcertDetails now) {
    showConcert(now);
    refreshSales();
    audit.refresh();
  }

  private void say(String words) {
    problem.setText(words);
    problem.setVisible(true);
  }

  private static RouterLink publicPage(long id) {
    RouterLink link =
        new RouterLink(
            "Public page",
            TicketsView.class,
            new RouteParameters(TicketsView.CONCERT_ID, String.valueOf(id)));
    link.setId("public-page");
    return link;
  }

  private static Section section(String heading, Component... parts) {
    Section section = new Section(new H2(heading));
    section.add(parts);
    section.addClassName("manage-section");
    return section;
  }
}
