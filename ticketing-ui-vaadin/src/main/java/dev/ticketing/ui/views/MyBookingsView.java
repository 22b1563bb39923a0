package dev.ticketing.ui.views;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.server.VaadinRequest;
import com.vaadin.flow.server.VaadinSession;
import com.vaadin.flow.shared.Registration;
import dev.ticketing.booking.BookingService;
import dev.ticketing.booking.BookingStatus;
import dev.ticketing.booking.BookingSummary;
import dev.ticketing.ui.live.HoldWatch;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.inject.Inject;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The bookings of the logged-in account, and those made in this browser (also without an account):
 * remembered by id in the session and in the browser's storage. All are read afresh, in two
 * queries, so that each status is current; a booking of another account is not shown. A held
 * booking can be paid (on its concert's booking screen) or cancelled, a paid one cancelled, each
 * cancellation after the visitor confirms it ({@link CancelDialog}).
 */
@Route(value = "my-bookings", layout = MainLayout.class)
@PageTitle("My bookings")
public class MyBookingsView extends Div implements BeforeEnterObserver {
  private static final Logger LOG = Logger.getLogger(MyBookingsView.class.getName());

  /** An account's latest bookings shown; the browser keeps as many of its own. */
  private static final int SHOWN = 50;

  @Inject private BookingService bookingService;
  @Inject private HoldWatch holdWatch;

  /** Cancelling runs off the request thread so that the progress shows while it runs. */
  @Resource private ManagedExecutorService executor;

  private final Div list = new Div();
  private final Map<UUID, BookingCard> shown = new HashMap<>();
  private Locale locale = Locale.US;
  private Cancellation cancellation;

  public MyBookingsView() {
    H1 title = new H1("My bookings");
    title.addClassName("page-title");
    list.setId("my-bookings");
    list.add(new Paragraph("Loading your bookings…"));
    add(title, list);
  }

  @Override
  public void beforeEnter(BeforeEnterEvent event) {
    VaadinRequest request = VaadinRequest.getCurrent();
    if (request != null && request.getLocale() != null) {
      locale = request.getLocale();
    }
  }

  @Override
  protected void onAttach(AttachEvent attach) {
    BrowserBookings.load(attach.getUI(), this::show);
  }

  private void show(List<UUID> ids) {
    list.removeAll();
    shown.clear();
    List<BookingSummary> bookings;
    try {
      bookings = mineAndThisBrowsers(ids);
    } catch (RuntimeException e) {
      LOG.log(Level.WARNING, "Cannot read the bookings of this browser", e);
      list.add(new Paragraph(OutcomeWording.UNREACHABLE));
      return;
    }
    bookings.forEach(booking -> list.add(card(booking)));
    if (bookings.isEmpty()) {
      list.add(
          new Paragraph(OutcomeWording.NO_BOOKINGS_YET),
          new RouterLink("See the concerts", ConcertsView.class));
    }
  }

  /** The account's bookings (if logged in) and this browser's, newest first, each once. */
  private List<BookingSummary> mineAndThisBrowsers(List<UUID> ids) {
    Map<UUID, BookingSummary> both = new LinkedHashMap<>();
    bookingService.mine(SHOWN).forEach(booking -> both.put(booking.id(), booking));
    bookingService.findAll(ids).forEach(booking -> both.putIfAbsent(booking.id(), booking));
    return both.values().stream()
        .sorted(Comparator.comparing(BookingSummary::createdAt).reversed())
        .toList();
  }

  private BookingCard card(BookingSummary booking) {
    BookingCard card = new BookingCard(booking, locale, this::pay, this::cancel);
    shown.put(booking.id(), card);
    if (booking.status() == BookingStatus.HELD) {
      // A hold that runs out or is cancelled elsewhere changes its card at once.
      Registration watching =
          holdWatch.watch(booking.id(), UI.getCurrent(), null, () -> readAgain(card, null));
      card.addDetachListener(detach -> watching.remove());
    }
    return card;
  }

  /** The payment step of a hold is on the booking screen of its concert. */
  private void pay(BookingSummary hold) {
    UI.getCurrent()
        .navigate(
            "concerts/" + hold.concertId(),
            QueryParameters.of(OrderOutcome.PAY, hold.id().toString()));
  }

  private void cancel(BookingCard card) {
    BookingSummary booking = card.booking();
    card.setCancelling(true);
    cancellation()
        .cancel(
            booking.id(),
            new Cancellation.Outcome() {
              @Override
              public void cancelled(BookingSummary cancelled) {
                replace(cancelled)
                    .say(
                        OutcomeWording.cancelled(
                            booking.status() == BookingStatus.CONFIRMED,
                            Formats.money(booking.totalMinor(), booking.currency(), locale)),
                        false);
              }

              @Override
              public void ranOut() {
                readAgain(card, OutcomeWording.HOLD_RAN_OUT);
              }

              @Override
              public void failed(String words) {
                card.say(words, true);
                card.setCancelling(false);
              }
            });
  }

  /**
   * Shows the booking as it stands now, with {@code words} (if any) under it. Without words, a card
   * replaced meanwhile (by the answer of a cancellation made here) is left as it is.
   */
  private void readAgain(BookingCard card, String words) {
    UUID id = card.booking().id();
    InBackground.run(
        executor,
        UI.getCurrent(),
        () -> bookingService.find(id).orElse(null),
        now -> {
          if (now != null && (words != null || shown.get(id) == card)) {
            BookingCard replaced = replace(now);
            if (words != null) {
              replaced.say(words, true);
            }
          }
        },
        failure -> LOG.log(Level.FINE, "Booking " + id + " not read again", failure));
  }

  /** Shows the booking's new state in place of its card. */
  private BookingCard replace(BookingSummary now) {
    BookingCard old = shown.get(now.id());
    BookingCard card = card(now);
    if (old != null && old.getParent().isPresent()) {
      list.replace(old, card);
    }
    return card;
  }

  private Cancellation cancellation() {
    if (cancellation == null) {
      cancellation =
          new Cancellation(
              bookingService, executor, BrowserBookings.requestScope(VaadinSession.getCurrent()));
    }
    return cancellation;
  }
}
