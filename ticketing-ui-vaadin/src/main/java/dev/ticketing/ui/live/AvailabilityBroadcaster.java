package dev.ticketing.ui.live;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.UIDetachedException;
import com.vaadin.flow.shared.Registration;
import dev.ticketing.catalog.AvailabilityChanged;
import dev.ticketing.catalog.ConcertAvailability;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;

/**
 * Sends new ticket counts to every open screen of a concert after any booking, from whichever
 * browser or API client it came.
 *
 * <p>The catalogue ({@link dev.ticketing.catalog.Catalog}) reads a concert's counts again at most
 * once per {@code ticketing.catalog.refresh-millis} after bookings and announces them with {@link
 * AvailabilityChanged}; this pushes that one snapshot to the screens showing the concert. So a
 * burst of a thousand bookings in a second costs each screen a handful of pushes, the booking
 * transaction never waits for a browser, and the database sees one read per concert per tick
 * however many screens are open.
 */
@ApplicationScoped
public class AvailabilityBroadcaster {
  private final Map<Long, Set<Screen>> screens = new ConcurrentHashMap<>();

  /** One open screen: its UI (for {@code access}) and what it does with new counts. */
  private record Screen(UI ui, Consumer<ConcertAvailability> onCounts) {}

  /**
   * Delivers the concert as it now stands (what is left of each tier, and after an organiser's edit
   * its tiers and sale window) to {@code onCounts}, inside {@code ui.access}, whenever it changes,
   * until the returned registration is removed (do that when the screen detaches). It runs on a
   * thread of the server, without the caller of the screen's session: whatever needs the caller (an
   * organiser's report) is asked for by the browser in a request of its own.
   */
  public Registration register(long concertId, UI ui, Consumer<ConcertAvailability> onCounts) {
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

  /** Called on the catalogue's refresh thread, never a booking's: only queues the pushes. */
  void availabilityChanged(@Observes AvailabilityChanged changed) {
    Set<Screen> watching = screens.get(changed.concert().id());
    if (watching == null || watching.isEmpty()) {
      return;
    }
    ConcertAvailability snapshot = changed.concert();
    for (Screen screen : watching) {
      try {
        screen.ui().access(() -> screen.onCounts().accept(snapshot));
      } catch (UIDetachedException | IllegalStateException gone) {
        // The browser went away without a clean detach (session expired): forget it.
        unregister(changed.concert().id(), screen);
      }
    }
  }
}
