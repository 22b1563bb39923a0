package dev.ticketing.ui.views;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
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
import dev.ticketing.booking.admission.RequestShedException;
import dev.ticketing.booking.idempotency.IdempotentRequest;
import dev.ticketing.booking.refusal.BookingRejectedException;
import dev.ticketing.booking.refusal.InvalidQuantityException;
import dev.ticketing.catalog.Catalog;
import dev.ticketing.catalog.ConcertAvailability;
import dev.ticketing.catalog.TierAvailability;
import dev.ticketing.catalog.UnknownConcertException;
import dev.ticketing.ui.live.AvailabilityBroadcaster;
import dev.ticketing.ui.live.HoldWatch;
import dev.ticketing.ui.live.SaleClock;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.RejectedExecutionException;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The booking screen of a concert: whether its sale is open ({@link SaleGate}), its tiers ({@link
 * TierCard}) with price and what is left (kept current by server push), a quantity per tier, the
 * running total, and one Book button that holds every chosen tier at once, all or nothing. The hold
 * is then paid (or cancelled) in its {@link PaymentStep} before it runs out ({@link OrderOutcome});
 * if it runs out, the choice comes back.
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

  /** Paying runs off the request thread so that the progress shows while it runs. */
  @Resource private ManagedExecutorService executor;

  /** Holding too, on threads of its own: a hold may wait its turn in the booking gate. */
  @Inject private BookingThreads bookingThreads;

  private final H1 title = new H1();
  private final Paragraph details = new Paragraph();
  private final FlexLayout tiers = new FlexLayout();
  private final Checkout checkout = new Checkout(this::bookChosen);
  private SaleGate sale;
  private final OrderOutcome outcome = new OrderOutcome(new HoldOnScreen());

  private final Map<String, TierCard> cards = new LinkedHashMap<>();
  private ConcertAvailability concert;
  private Locale locale = Locale.US;
  private String userRef;
  private Registration liveCounts;
  private RequestKeys bookKeys;
  private String entered;

  public TicketsView() {
    title.setId("concert-name");
    title.addClassName("page-title");
    details.setId("concert-details");
    details.addClassName("concert-details");
    tiers.setId("tiers");
    tiers.addClassName("tiers");
    tiers.setFlexWrap(FlexLayout.FlexWrap.WRAP);

    add(title, details, tiers, checkout, outcome);
  }

  @PostConstruct
  void addSaleGate() {
    sale = new SaleGate(saleClock, this::updateTotal);
    addComponentAtIndex(2, sale);
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
    if (bookKeys == null) {
      bookKeys = new RequestKeys(BrowserBookings.requestScope(VaadinSession.getCurrent()));
    }
    try {
      concert = catalog.concert(concertId);
      if (!concert.sale().published() && !caller.isOrganiser()) {
        throw new UnknownConcertException(concertId);
      }
      show(concert);
      event
          .getLocation()
          .getQueryParameters()
          .getSingleParameter(OrderOutcome.PAY)
          .ifPresent(id -> outcome.resume(id, concert.id(), locale, paymentServices()));
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
  }

  @Override
  protected void onDetach(DetachEvent detach) {
    stopWatching();
    sale.stop();
  }

  private void watchCounts(UI ui) {
    stopWatching();
    if (concert != null) {
      liveCounts = broadcaster.register(concert.id(), ui, this::showChanged);
    }
  }

  private void stopWatching() {
    if (liveCounts != null) {
      liveCounts.remove();
      liveCounts = null;
    }
  }

  private void show(ConcertAvailability concert) {
    title.setText(concert.name());
    details.setText(concert.venue() + " · " + Formats.startsAt(concert.startsAt(), locale));
    tiers.removeAll();
    cards.clear();
    for (TierAvailability tier : concert.tiers()) {
      TierCard card = new TierCard(tier, bookingService.maxPerTier(), locale, this::updateTotal);
      cards.put(tier.code(), card);
      tiers.add(card);
    }
    if (cards.isEmpty()) {
      tiers.add(new Paragraph(OutcomeWording.NO_TICKETS_YET));
    }
    sale.show(concert.sale(), locale);
    checkout.show();
    updateTotal();
  }

  /** What a tier card shows besides what is left: a change to any of it builds new cards. */
  private static List<String> tierCards(ConcertAvailability concert) {
    return concert.tiers().stream()
        .map(t -> String.join("|", t.code(), t.displayName(), t.priceMinor() + t.currency()))
        .toList();
  }

  private void showUnavailable(String message) {
    title.setText("Concert tickets");
    details.setText(message);
    tiers.removeAll();
    cards.clear();
    checkout.hide();
    sale.setVisible(false);
    sale.stop();
    tiers.add(new RouterLink("See the concerts on sale", ConcertsView.class));
  }

  /**
   * The concert changed: bookings (anyone's) changed what is left, or an organiser changed its
   * tiers or sale window. A changed set of tiers is shown afresh (choices made so far go).
   */
  private void showChanged(ConcertAvailability now) {
    if (concert == null || now.id() != concert.id()) {
      return;
    }
    boolean sameTiers = tierCards(now).equals(tierCards(concert));
    boolean sameSale = now.sale().equals(concert.sale());
    concert = now;
    if (!sameTiers && !outcome.isHoldPending()) {
      show(now);
      return;
    }
    if (!sameSale) {
      sale.show(now.sale(), locale);
    }
    showCounts(now.counts());
  }

  /** New counts, pushed after someone (anyone) booked, or read again after a refusal. */
  private void showCounts(Map<String, Integer> counts) {
    counts.forEach(
        (code, available) -> {
          TierCard card = cards.get(code);
          if (card != null) {
            card.setAvailable(available);
          }
        });
    updateTotal();
  }

  private void updateTotal() {
    long sum = 0;
    int tickets = 0;
    boolean valid = true;
    String currency = null;
    for (TierCard card : cards.values()) {
      tickets += card.quantity();
      sum += card.quantity() * card.priceMinor();
      currency = currency == null ? card.currency() : currency;
      valid &= card.isValid();
    }
    checkout.setSaleOpen(sale.isOpen());
    checkout.showTotal(
        OutcomeWording.total(tickets, tickets == 0 ? "" : Formats.money(sum, currency, locale)),
        valid && tickets > 0);
  }

  private void bookChosen() {
    List<BookingOrder.Line> lines = new ArrayList<>();
    for (TierCard card : cards.values()) {
      if (!card.isValid()) {
        updateTotal();
        return;
      }
      if (card.quantity() > 0) {
        lines.add(new BookingOrder.Line(card.code(), card.quantity()));
      }
    }
    if (lines.isEmpty() || concert == null || outcome.isHoldPending()) {
      updateTotal();
      return;
    }
    BookingOrder order = new BookingOrder(concert.id(), lines, userRef);
    IdempotentRequest key = bookKeys.keyFor("hold " + order);
    setBusy(true);
    UI ui = UI.getCurrent();
    InBackground.run(
        bookingThreads, ui, () -> holdRemembered(ui, order, key), this::showHeld, this::holdFailed);
  }

  /**
   * Runs on a managed thread. The hold stands even if the visitor left the screen while it ran, so
   * the session must remember it for My bookings whether or not the answer can still be shown.
   */
  private BookingSummary holdRemembered(UI ui, BookingOrder order, IdempotentRequest key) {
    BookingSummary hold = bookingService.hold(order, key).booking();
    VaadinSession session = ui.getSession();
    if (session != null) {
      session.access(() -> BrowserBookings.rememberInSession(session, hold.id()));
    }
    return hold;
  }

  private void holdFailed(RuntimeException failure) {
    if (failure instanceof BookingRejectedException refused) {
      if (refused.reason() != BookingRejectedException.Reason.IDEMPOTENCY_KEY_IN_USE) {
        bookKeys.settled(); // refused: nothing was held, the next click is a new request
      }
      showRefused(refused);
    } else if (failure instanceof UnknownConcertException) {
      bookKeys.settled();
      showProblemAndRefresh(OutcomeWording.NO_LONGER_ON_SALE);
    } else if (failure instanceof RequestShedException shed) {
      bookKeys.settled(); // shed before anything was done
      setBusy(false);
      showProblem(OutcomeWording.busyFor(shed.retryAfterSeconds()));
    } else if (failure instanceof RejectedExecutionException) {
      bookKeys.settled();
      setBusy(false);
      showProblem(OutcomeWording.BUSY);
    } else {
      // The outcome is unknown: the key is kept, so that Book again cannot hold twice.
      LOG.log(Level.WARNING, "Holding tickets of concert " + concert.id() + " failed", failure);
      showProblemAndRefresh(OutcomeWording.FAILED);
    }
  }

  /**
   * The quantity fields stay enabled while busy: the request already holds the choice, and a number
   * field disabled and enabled again in one round trip keeps its step buttons greyed out.
   */
  private void setBusy(boolean busy) {
    checkout.setBusy(busy);
    if (busy) {
      outcome.removeAll();
    } else {
      updateTotal();
    }
  }

  private void showHeld(BookingSummary hold) {
    bookKeys.settled();
    BrowserBookings.remember(UI.getCurrent(), hold.id());
    cards.values().forEach(TierCard::clear);
    setBusy(false);
    refreshQuietly(false);
    outcome.showHold(hold, locale, paymentServices());
  }

  private void showRefused(BookingRejectedException refused) {
    if (refused instanceof InvalidQuantityException overLimit) {
      TierCard card = cards.get(overLimit.tier());
      if (card != null) {
        card.showError(OutcomeWording.overLimit(overLimit.maxPerTier()));
      }
    }
    showProblemAndRefresh(
        OutcomeWording.refusal(
            refused, code -> cards.containsKey(code) ? cards.get(code).displayName() : code));
  }

  private void showProblemAndRefresh(String message) {
    setBusy(false);
    refreshQuietly(true);
    showProblem(message);
  }

  /**
   * Shows the counts again after a booking; a failure here must not hide the booking's result.
   * After a booking, the catalogue already counts it; after a refusal, this screen's counts (and
   * the catalogue's) were wrong, so they are read again from the database.
   */
  private void refreshQuietly(boolean readAgain) {
    try {
      showCounts(
          (readAgain ? catalog.refresh(concert.id()) : catalog.concert(concert.id())).counts());
    } catch (RuntimeException e) {
      LOG.log(Level.FINE, "Counts not refreshed; the next push brings them", e);
    }
  }

  private void showProblem(String message) {
    outcome.showProblem(message);
  }

  /** The services a hold's payment step uses, for this visit. */
  private PaymentStep.Services paymentServices() {
    return new PaymentStep.Services(
        bookingService,
        executor,
        holdWatch,
        BrowserBookings.requestScope(VaadinSession.getCurrent()));
  }

  /** What the screen does as a hold comes and goes under the Book button. */
  private final class HoldOnScreen implements OrderOutcome.Screen {
    @Override
    public void holdPending(boolean pending) {
      checkout.setHoldPending(pending);
    }

    @Override
    public void ticketsBack() {
      refreshQuietly(false);
    }

    @Override
    public void chooseAgain(List<BookingSummary.Item> items) {
      cards.values().forEach(TierCard::clear);
      for (BookingSummary.Item item : items) {
        TierCard card = cards.get(item.tier());
        if (card != null) {
          card.restore(item.quantity());
        }
      }
    }
  }
}
