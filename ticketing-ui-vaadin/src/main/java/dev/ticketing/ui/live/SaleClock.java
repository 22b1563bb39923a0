package dev.ticketing.ui.live;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.UIDetachedException;
import com.vaadin.flow.shared.Registration;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import javax.naming.InitialContext;
import javax.naming.NamingException;

/**
 * Wakes a screen at an instant: a sale that opens or closes while the booking screen is open. One
 * scheduled task per waiting screen, run once; until then the screen costs the server nothing (its
 * countdown runs in the browser).
 */
@ApplicationScoped
public class SaleClock {
  /**
   * After the instant rather than on it: the screen then asks the same clock that bookings are
   * checked against, and must find the instant past.
   */
  private static final Duration MARGIN = Duration.ofMillis(50);

  private volatile ManagedScheduledExecutorService scheduler;

  /**
   * Calls {@code then} inside {@code ui.access} once {@code instant} has passed, unless the
   * returned registration is removed first (do that when the screen detaches).
   */
  public Registration at(Instant instant, UI ui, Runnable then) {
    long delay = Duration.between(Instant.now(), instant).plus(MARGIN).toMillis();
    ScheduledFuture<?> wake =
        scheduler()
            .schedule(
                () -> {
                  try {
                    ui.access(then::run);
                  } catch (UIDetachedException | IllegalStateException gone) {
                    // The browser went away meanwhile: nobody to wake.
                  }
                },
                Math.max(0, delay),
                TimeUnit.MILLISECONDS);
    return () -> wake.cancel(false);
  }

  /** Looked up on a request of the web module (see {@link HoldWatch} for why not injected). */
  private ManagedScheduledExecutorService scheduler() {
    ManagedScheduledExecutorService known = scheduler;
    if (known == null) {
      try {
        known = InitialContext.doLookup("java:comp/DefaultManagedScheduledExecutorService");
      } catch (NamingException e) {
        throw new IllegalStateException("no default managed scheduled executor", e);
      }
      scheduler = known;
    }
    return known;
  }
}
