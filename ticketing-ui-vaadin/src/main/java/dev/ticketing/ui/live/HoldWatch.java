package dev.ticketing.ui.live;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.UIDetachedException;
import com.vaadin.flow.shared.Registration;
import dev.ticketing.stock.TicketsReturned;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;
import javax.naming.InitialContext;
import javax.naming.NamingException;

/**
 * Keeps the screens that show a held booking current: their countdown ticks once a second, and they
 * hear at once when the hold ends without them (the expiry sweep put its tickets back on sale, or
 * it was cancelled in another tab or through the API: {@link TicketsReturned}).
 *
 * <p>One scheduled task ticks every such screen, pushing to each (server push, no polling); a
 * screen without a hold costs nothing. A hold ended on another instance is not heard of here: the
 * screen's own countdown still ends it on time.
 */
@ApplicationScoped
public class HoldWatch {
  private static final Logger LOG = Logger.getLogger(HoldWatch.class.getName());

  /** A countdown shows seconds. */
  private static final Duration TICK = Duration.ofSeconds(1);

  private final Map<UUID, Set<Screen>> screens = new ConcurrentHashMap<>();
  private volatile ManagedScheduledExecutorService scheduler;
  private ScheduledFuture<?> ticker;

  /** One open screen showing a hold: its UI (for {@code access}) and what it does when told. */
  private record Screen(UI ui, Runnable onTick, Runnable onEnded) {}

  /**
   * Calls {@code onTick} every second and {@code onEnded} once the hold on {@code bookingId} ends
   * elsewhere, each inside {@code ui.access}, until the returned registration is removed (do that
   * when the hold leaves the screen).
   *
   * @param onTick null for a screen without a countdown
   */
  public Registration watch(UUID bookingId, UI ui, Runnable onTick, Runnable onEnded) {
    startTicker();
    Screen screen = new Screen(ui, onTick, onEnded);
    screens.computeIfAbsent(bookingId, id -> ConcurrentHashMap.newKeySet()).add(screen);
    return () -> unwatch(bookingId, screen);
  }

  private void unwatch(UUID bookingId, Screen screen) {
    screens.computeIfPresent(
        bookingId,
        (id, set) -> {
          set.remove(screen);
          return set.isEmpty() ? null : set;
        });
  }

  /**
   * Called on the thread that returned the tickets (the sweep's, a cancellation's), once that is
   * committed: hands the news to the scheduler's thread, so that no screen runs on it.
   */
  void ticketsReturned(
      @Observes(during = TransactionPhase.AFTER_SUCCESS) TicketsReturned returned) {
    Set<Screen> watching = screens.get(returned.bookingId());
    if (watching != null && scheduler != null) {
      List<Screen> told = List.copyOf(watching);
      scheduler.execute(
          () -> told.forEach(screen -> tell(returned.bookingId(), screen, screen.onEnded())));
    }
  }

  private void tick() {
    // A screen without a countdown (My bookings) has no tick: telling it would throw, and end this
    // tick for every screen after it.
    screens.forEach(
        (id, watching) ->
            watching.stream()
                .filter(screen -> screen.onTick() != null)
                .forEach(screen -> tell(id, screen, screen.onTick())));
  }

  private void tell(UUID bookingId, Screen screen, Runnable what) {
    try {
      screen.ui().access(what::run);
    } catch (UIDetachedException | IllegalStateException gone) {
      // The browser went away without a clean detach (session expired): forget it.
      unwatch(bookingId, screen);
    }
  }

  /**
   * Started by the first screen, on a request of the web module. No {@code @Resource} field: in an
   * EAR the first {@link TicketsReturned} may create this bean on the EJB module's thread, whose
   * {@code java:comp} has none of the web module's resources.
   */
  private synchronized void startTicker() {
    if (ticker != null) {
      return;
    }
    try {
      scheduler = InitialContext.doLookup("java:comp/DefaultManagedScheduledExecutorService");
      ticker =
          scheduler.scheduleAtFixedRate(
              this::tickQuietly, TICK.toMillis(), TICK.toMillis(), TimeUnit.MILLISECONDS);
    } catch (NamingException e) {
      throw new IllegalStateException("no default managed scheduled executor", e);
    }
  }

  /** A scheduled task that throws is never run again: a countdown must not stop for one screen. */
  private void tickQuietly() {
    try {
      tick();
    } catch (RuntimeException e) {
      LOG.log(Level.WARNING, "A countdown tick failed", e);
    }
  }

  @PreDestroy
  synchronized void stop() {
    if (ticker != null) {
      ticker.cancel(false);
    }
  }
}
