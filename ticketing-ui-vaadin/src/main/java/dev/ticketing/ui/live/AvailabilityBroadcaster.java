package dev.ticketing.ui.live;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.UIDetachedException;
import com.vaadin.flow.shared.Registration;
import dev.ticketing.booking.TicketsSold;
import dev.ticketing.catalog.Catalog;
import dev.ticketing.catalog.TierAvailability;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.logging.Level;
import java.util.logging.Logger;
import javax.naming.InitialContext;
import javax.naming.NamingException;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Sends new ticket counts to every open booking screen after any booking, from whichever browser or
 * API client it came.
 *
 * <p>Bookings only mark their concert <em>dirty</em> (a set insert, after commit, in the booking's
 * own thread). One scheduled task, every {@code ticketing.ui.push-interval-millis}, reads the
 * counts once per dirty concert and pushes that one snapshot to the screens showing it. So a burst
 * of a thousand bookings in a second costs each screen at most a handful of pushes, the booking
 * transaction never waits for a browser, and the database sees one read per concert per tick
 * however many screens are open.
 */
@ApplicationScoped
public class AvailabilityBroadcaster {
  private static final Logger LOG = Logger.getLogger(AvailabilityBroadcaster.class.getName());

  @Inject private Catalog catalog;

  @Inject
  @ConfigProperty(name = "ticketing.ui.push-interval-millis", defaultValue = "200")
  private long intervalMillis;

  private final Set<Long> dirty = ConcurrentHashMap.newKeySet();
  private final Map<Long, Set<Screen>> screens = new ConcurrentHashMap<>();
  private ScheduledFuture<?> ticker;

  /** One open screen: its UI (for {@code access}) and what it does with new counts. */
  private record Screen(UI ui, Consumer<Map<String, Integer>> onCounts) {}

  /**
   * Starts the scheduled task when the first screen registers, i.e. on a request of the web module.
   * No {@code @Resource} field: in an EAR the first booking's event may create this bean on the EJB
   * module's thread, whose {@code java:comp} has no resource of the web module's.
   */
  private synchronized void startTicker() {
    if (ticker != null) {
      return;
    }
    try {
      ManagedScheduledExecutorService scheduler =
          InitialContext.doLookup("java:comp/DefaultManagedScheduledExecutorService");
      ticker =
          scheduler.scheduleWithFixedDelay(
              this::pushDirtyConcerts, intervalMillis, intervalMillis, TimeUnit.MILLISECONDS);
    } catch (NamingException e) {
      throw new IllegalStateException("no default managed scheduled executor", e);
    }
  }

  @PreDestroy
  synchronized void stop() {
    if (ticker != null) {
      ticker.cancel(false);
    }
  }

  /**
   * Called after a booking has committed (never for one that rolled back), outside its transaction
   * and locks; only remembers the concert, so the booker's answer is not delayed.
   */
  void ticketsSold(@Observes(during = TransactionPhase.AFTER_SUCCESS) TicketsSold sold) {
    if (screens.containsKey(sold.concertId())) {
      dirty.add(sold.concertId());
    }
  }

  /**
   * Delivers the concert's counts (tier code to tickets left) to {@code onCounts}, inside {@code
   * ui.access}, whenever they may have changed, until the returned registration is removed (do that
   * when the screen detaches).
   */
  public Registration register(long concertId, UI ui, Consumer<Map<String, Integer>> onCounts) {
    startTicker();
    Screen screen = new Screen(ui, onCounts);
    screens.computeIfAbsent(concertId, id -> ConcurrentHashMap.newKeySet()).add(screen);
    return () -> unregister(concertId, screen);
  }

  private void unregister(long concertId, Screen screen) {
    screens.computeIfPresent(
        concertId,
        (id, set) -> {
          set.remove(screen);
          return set.isEmpty() ? null : set;
        });
  }

  /** The scheduled task. Must not throw: a scheduled task that throws is never run again. */
  void pushDirtyConcerts() {
    for (Iterator<Long> it = dirty.iterator(); it.hasNext(); ) {
      Long concertId = it.next();
      // Removed before reading: a booking committed after this read marks the concert again and
      // is picked up by the next tick, so no change is ever lost.
      it.remove();
      try {
        push(concertId);
      } catch (RuntimeException e) {
        LOG.log(Level.WARNING, "Could not push the counts of concert " + concertId, e);
      }
    }
  }

  private void push(Long concertId) {
    Set<Screen> watching = screens.get(concertId);
    if (watching == null || watching.isEmpty()) {
      return;
    }
    Map<String, Integer> counts = new LinkedHashMap<>();
    for (TierAvailability tier : catalog.availability(catalog.concert(concertId))) {
      counts.put(tier.tier().getCode(), tier.available());
    }
    Map<String, Integer> snapshot = Map.copyOf(counts);
    for (Screen screen : watching) {
      try {
        screen.ui().access(() -> screen.onCounts().accept(snapshot));
      } catch (UIDetachedException | IllegalStateException gone) {
        // The browser went away without a clean detach (session expired): forget it.
        unregister(concertId, screen);
      }
    }
  }
}
