package dev.ticketing.ui.live;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.UIDetachedException;
import com.vaadin.flow.shared.Registration;
import dev.ticketing.catalog.AvailabilityChanged;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;

/**
 * Sends new ticket counts to every open booking screen after any booking, from whichever browser or
 * API client it came.
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
  private record Screen(UI ui, Consumer<Map<String, Integer>> onCounts) {}

  /**
   * Delivers the concert's counts (tier code to tickets left) to {@code onCounts}, inside {@code
   * ui.access}, whenever they change, until the returned registration is removed (do that when the
   * screen detaches).
   */
  public Registration register(long concertId, UI ui, Consumer<Map<String, Integer>> onCounts) {
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
    Map<String, Integer> snapshot = Map.copyOf(changed.concert().counts());
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
