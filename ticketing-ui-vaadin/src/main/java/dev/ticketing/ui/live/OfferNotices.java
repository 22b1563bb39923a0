package dev.ticketing.ui.live;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.UIDetachedException;
import com.vaadin.flow.shared.Registration;
import dev.ticketing.waitlist.WaitlistOfferHeard;
import dev.ticketing.waitlist.WaitlistOffered;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;
import javax.naming.InitialContext;
import javax.naming.NamingException;

/**
 * Pushes a waiting-list offer to the open screens of its owner, once the offer is committed: the
 * screen that is told shows it at once ({@code @Push}), without the person reloading. Every
 * instance hears every offer ({@link WaitlistOfferHeard}), so a screen is told whichever instance
 * serves it and whichever made the offer. The screens of the offer's concert that watch its lists
 * are told too, since the places behind the entry moved: at most one refresh of a screen waits at a
 * time, however many offers a run makes.
 */
@ApplicationScoped
public class OfferNotices {
  private record Screen(UI ui, Consumer<WaitlistOffered> onOffer) {}

  private record LineWatch(UI ui, Runnable onMoved, AtomicBoolean pending) {}

  private final Map<String, Set<Screen>> screens = new ConcurrentHashMap<>();
  private final Map<Long, Set<LineWatch>> lines = new ConcurrentHashMap<>();

  /**
   * Where screens are told: not on the thread that hears the database's notices, which a slow
   * screen must not hold up. Looked up by the first screen, on a request of the web module.
   */
  private volatile ExecutorService executor;

  /** Tells {@code onOffer}, inside {@code ui.access}, of each offer made to the account. */
  public Registration register(String email, UI ui, Consumer<WaitlistOffered> onOffer) {
    lookUpExecutor();
    Screen screen = new Screen(ui, onOffer);
    screens.computeIfAbsent(email, e -> ConcurrentHashMap.newKeySet()).add(screen);
    return () -> forget(email, screen);
  }

  /** Tells {@code onMoved}, inside {@code ui.access}, when an offer of the concert is made. */
  public Registration watchLine(long concertId, UI ui, Runnable onMoved) {
    lookUpExecutor();
    LineWatch watch = new LineWatch(ui, onMoved, new AtomicBoolean());
    lines.computeIfAbsent(concertId, c -> ConcurrentHashMap.newKeySet()).add(watch);
    return () -> forgetLine(concertId, watch);
  }

  private void lookUpExecutor() {
    if (executor == null) {
      try {
        executor = InitialContext.doLookup("java:comp/DefaultManagedExecutorService");
      } catch (NamingException e) {
        throw new IllegalStateException("no default managed executor", e);
      }
    }
  }

  void heard(@Observes WaitlistOfferHeard heard) {
    WaitlistOffered offer = heard.offer();
    lineMoved(offer.concertId());
    if (offer.email() == null) {
      return;
    }
    Set<Screen> watching = screens.get(offer.email());
    if (watching == null) {
      return;
    }
    List<Screen> told = List.copyOf(watching);
    executor.execute(
        () -> {
          for (Screen screen : told) {
            try {
              screen.ui().access(() -> screen.onOffer().accept(offer));
            } catch (UIDetachedException | IllegalStateException gone) {
              forget(offer.email(), screen);
            }
          }
        });
  }

  private void lineMoved(long concertId) {
    Set<LineWatch> watching = lines.get(concertId);
    if (watching == null) {
      return;
    }
    for (LineWatch watch : watching) {
      if (watch.pending().compareAndSet(false, true)) {
        executor.execute(
            () -> {
              watch.pending().set(false);
              try {
                watch.ui().access(watch.onMoved()::run);
              } catch (UIDetachedException | IllegalStateException gone) {
                forgetLine(concertId, watch);
              }
            });
      }
    }
  }

  private void forgetLine(long concertId, LineWatch watch) {
    lines.computeIfPresent(
        concertId,
        (c, set) -> {
          set.remove(watch);
          return set.isEmpty() ? null : set;
        });
  }

  private void forget(String email, Screen screen) {
    screens.computeIfPresent(
        email,
        (e, set) -> {
          set.remove(screen);
          return set.isEmpty() ? null : set;
        });
  }
}
