package dev.ticketing.ui.views;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.Text;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteAlias;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.server.VaadinRequest;
import com.vaadin.flow.server.VaadinSession;
import com.vaadin.flow.shared.Registration;
import dev.ticketing.account.Caller;
import dev.ticketing.booking.BookingOrder;
import dev.ticketing.booking.BookingService;
import dev.ticketing.booking.BookingSummary;
import dev.ticketing.catalog.Catalog;
import dev.ticketing.catalog.ConcertAvailability;
import dev.ticketing.catalog.UnknownConcertException;
import dev.ticketing.ui.account.LoginView;
import dev.ticketing.ui.live.AvailabilityBroadcaster;
import dev.ticketing.ui.live.HoldWatch;
import dev.ticketing.ui.live.SaleClock;
import dev.ticketing.waitingroom.WaitingLine;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Locale;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The booking screen of a concert: what one buyer may book of it (its purchase limits), whether its
 * sale is open ({@link SaleGate}), its tiers ({@link TierCards}) with price and what is left (kept
 * current by server push), a quantity per tier, the running total, and one Book button that holds
 * every chosen tier at once, all or nothing ({@link Holding}). The hold is then paid (or cancelled)
 * in its {@link PaymentStep} before it runs out ({@link OrderOutcome}); if it runs out, the choice
 * comes back.
 *
 * <p>{@code /concerts/{id}} shows a concert, {@code /concerts} the default one (the first created);
 * {@code /concert/{id}}, the address of earlier versions, still works. {@code ?pay=<booking>} shows
 * a hold's payment step. A concert that is not published is shown to organisers only.
 */
@Route(value = "concerts/:concertId?(\\d+)", layout = MainLayout.class)
@RouteAlias(value = "concert/:concertId(\\d+)", layout = MainLayout.class)
public class TicketsView extends Div implements BeforeEnterObserver, HasDynamicTitle {
  /** The route parameter naming the concert. */
  public static final String CONCERT_ID = "concertId";

  private static final Logger LOG = Logger.getLogger(TicketsView.class.getName());

  @Inject private Catalog catalog;
  @Inject private BookingService bookingService;
  @Inject private AvailabilityBroadcaster broadcaster;
  @Inject private HoldWatch holdWatch;
  @Inject private SaleClock saleClock;
  @Inject private Caller caller;
  @Inject private WaitingLine waitingLine;
  @Inject private dev.ticketing.waitlist.Waitlist waitlist;
  @Inject private dev.ticketing.ui.live.OfferNotices offerNotices;
  private WaitlistPanel waitlistPanel;
  private Registration offers;
  private Registration lineMoves;

  /** Paying runs off the request thread so that the progress shows while it runs. */
  @Resource private ManagedExecutorService executor;

  /** Holding too, on threads of its own: a hold may wait its turn in the booking gate. */
  @Inject private BookingThreads bookingThreads;

  private final H1 title = new H1();
  private final Paragraph details = new Paragraph();
  private final Paragraph limits = new Paragraph();
  private final TierCards tiers = new TierCards(this::updateTotal);
  private final Checkout checkout = new Checkout(this::bookChosen);
  private SaleGate sale;
  private final OnScreen onScreen = new OnScreen();
  private final OrderOutcome outcome = new OrderOutcome(onScreen);
  private Holding holding;

  private ConcertAvailability concert;
  private Locale locale = Locale.US;
  private String userRef;
  private Registration liveCounts;
  private String entered;

  public TicketsView() {
    title.setId("concert-name");
    title.addClassName("page-title");
    details.setId("concert-details");
    details.addClassName("concert-details");
    limits.setId("purchase-limits");
    limits.addClassName("purchase-limits");
    limits.setVisible(false);

    add(title, details, limits, tiers, checkout, outcome);
  }

  @PostConstruct
  void addSaleGate() {
    sale = new SaleGate(saleClock, this::updateTotal);
    addComponentAtIndex(3, sale);
    // The waiting-list panel needs its injected service: not yet there in the constructor.
    waitlistPanel =
        new WaitlistPanel(
            waitlist,
            booking -> {
              if (concert != null) {
                outcome.resume(booking, concert.id(), locale, onScreen.paymentServices());
                outcome.scrollIntoView();
              }
            });
    add(waitlistPanel);
  }

  @Override
  public void beforeEnter(BeforeEnterEvent event) {
    VaadinRequest request = VaadinRequest.getCurrent();
    if (request != null && request.getLocale() != null) {
      locale = request.getLocale();
    }
    Long concertId = event.getRouteParameters().getLong(CONCERT_ID).orElse(null);
    String address = event.getLocation().getPathWithQueryParameters();
    if (concert != null && address.equals(entered)) {
      // Vaadin's client router may enter the same address twice in one navigation: rebuilding the
      // screen the second time would drop what the visitor typed in the meantime.
      return;
    }
    entered = address;
    outcome.setPath(event.getLocation().getPath());
    if (holding == null) {
      String scope = BrowserBookings.requestScope(VaadinSession.getCurrent());
      holding =
          new Holding(bookingService, bookingThreads, scope, tiers, checkout, outcome, onScreen);
    }
    try {
      concert = catalog.concert(concertId);
      if (!concert.sale().published() && !caller.isOrganiser()) {
        throw new UnknownConcertException(concertId);
      }
      if (!RoomEntry.mayEnter(waitingLine, caller, event, concert.id())) {
        showUnavailable(OutcomeWording.TO_THE_LINE);
        return;
      }
      show(concert);
      event
          .getLocation()
          .getQueryParameters()
          .getSingleParameter(OrderOutcome.PAY)
          .ifPresent(id -> outcome.resume(id, concert.id(), locale, onScreen.paymentServices()));
    } catch (UnknownConcertException unknown) {
      concert = null;
      showUnavailable(
          concertId == null ? OutcomeWording.NO_CONCERT : OutcomeWording.UNKNOWN_CONCERT);
    } catch (RuntimeException e) {
      LOG.log(Level.WARNING, "Cannot show the booking screen", e);
      concert = null;
      showUnavailable(OutcomeWording.UNREACHABLE);
    }
    if (isAttached()) {
      watchCounts(UI.getCurrent());
    }
  }

  @Override
  public String getPageTitle() {
    return concert == null ? "Concert tickets" : "Tickets for " + concert.name();
  }

  @Override
  protected void onAttach(AttachEvent attach) {
    UI ui = attach.getUI();
    watchCounts(ui);
    BrowserBookings.browserId(ui, id -> userRef = id);
    String email = caller.email();
    waitlistPanel.owner(email);
    if (email != null) {
      offers =
          offerNotices.register(
              email,
              ui,
              made -> {
                waitlistPanel.offered(made);
                if (concert != null) {
                  waitlistPanel.show(concert);
                }
              });
    }
  }

  @Override
  protected void onDetach(DetachEvent detach) {
    stopWatching();
    sale.stop();
    if (offers != null) {
      offers.remove();
      offers = null;
    }
  }

  private void watchCounts(UI ui) {
    stopWatching();
    if (concert != null) {
      liveCounts = broadcaster.register(concert.id(), ui, this::showChanged);
      lineMoves = offerNotices.watchLine(concert.id(), ui, waitlistPanel::lineMoved);
    }
  }

  private void stopWatching() {
    if (liveCounts != null) {
      liveCounts.remove();
      liveCounts = null;
    }
    if (lineMoves != null) {
      lineMoves.remove();
      lineMoves = null;
    }
  }

  private void show(ConcertAvailability concert) {
    title.setText(concert.name());
    details.setText(concert.venue() + " · " + Formats.startsAt(concert.startsAt(), locale));
    showLimits(concert);
    tiers.show(concert, bookingService.maxPerTier(), locale);
    sale.show(concert.sale(), locale);
    checkout.show();
    updateTotal();
    waitlistPanel.owner(caller.email());
    waitlistPanel.show(concert);
  }

  private void showUnavailable(String message) {
    title.setText("Concert tickets");
    details.setText(message);
    limits.setVisible(false);
    tiers.showNoConcert();
    checkout.hide();
    sale.setVisible(false);
    sale.stop();
  }

  /**
   * The concert changed: bookings (anyone's) changed what is left, or an organiser changed its
   * tiers or sale window. A changed set of tiers is shown afresh (choices made so far go).
   */
  private void showChanged(ConcertAvailability now) {
    if (concert == null || now.id() != concert.id()) {
      return;
    }
    boolean sameTiers = TierCards.sameCards(now, concert);
    boolean sameSale = now.sale().equals(concert.sale());
    concert = now;
    if (!sameTiers && !outcome.isHoldPending()) {
      show(now);
      return;
    }
    if (!sameSale) {
      sale.show(now.sale(), locale);
    }
    showLimits(now);
    tiers.showCounts(now.counts());
    waitlistPanel.countsChanged(now);
  }

  private void showLimits(ConcertAvailability concert) {
    boolean loggedIn = caller.email() != null;
    String words = OutcomeWording.purchaseLimits(concert.limits(), loggedIn);
    limits.removeAll();
    limits.setVisible(words != null);
    if (words == null) {
      return;
    }
    int login = words.indexOf(OutcomeWording.ACCOUNT_NEEDED);
    if (login < 0) {
      limits.setText(words);
      return;
    }
    // "Log in or register" leads there, and back to this concert after.
    String ask = OutcomeWording.ACCOUNT_NEEDED_LINK;
    RouterLink link = new RouterLink(ask, LoginView.class);
    link.setQueryParameters(QueryParameters.of(LoginView.RETURN_TO, "concerts/" + concert.id()));
    link.setId("purchase-limits-login");
    limits.add(
        new Text(words.substring(0, login)), link, new Text(words.substring(login + ask.length())));
  }

  private void updateTotal() {
    checkout.setSaleOpen(sale.isOpen());
    checkout.showTotal(tiers.totalInWords(), tiers.isBookable());
  }

  private void bookChosen() {
    List<BookingOrder.Line> lines = tiers.orderLines();
    if (lines.isEmpty() || concert == null || outcome.isHoldPending()) {
      updateTotal();
      return;
    }
    holding.hold(
        new BookingOrder(concert.id(), lines, userRef, RoomEntry.admission(concert.id())), locale);
  }

  /** What the screen does as a hold is made, and as it comes and goes under the Book button. */
  private final class OnScreen implements Holding.Screen, OrderOutcome.Screen {
    @Override
    public void updateTotal() {
      TicketsView.this.updateTotal();
    }

    /**
     * Shows the counts again after a booking; a failure here must not hide the booking's result.
     * After a booking, the catalogue already counts it; after a refusal, this screen's counts (and
     * the catalogue's) were wrong, so they are read again from the database.
     */
    @Override
    public void refreshCounts(boolean readAgain) {
      try {
        tiers.showCounts(
            (readAgain ? catalog.refresh(concert.id()) : catalog.concert(concert.id())).counts());
      } catch (RuntimeException e) {
        LOG.log(Level.FINE, "Counts not refreshed; the next push brings them", e);
      }
    }

    @Override
    public PaymentStep.Services paymentServices() {
      return new PaymentStep.Services(
          bookingService,
          executor,
          holdWatch,
          BrowserBookings.requestScope(VaadinSession.getCurrent()));
    }

    @Override
    public void holdPending(boolean pending) {
      checkout.setHoldPending(pending);
    }

    @Override
    public void ticketsBack() {
      refreshCounts(false);
    }

    @Override
    public void chooseAgain(List<BookingSummary.Item> items) {
      tiers.chooseAgain(items);
    }
  }
}
