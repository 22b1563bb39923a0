package dev.ticketing.catalog;

import dev.ticketing.stock.TicketsSold;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.logging.Level;
import java.util.logging.Logger;
import javax.naming.InitialContext;
import javax.naming.NamingException;
import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * Concerts, tiers and what is left of each, answered from memory: the read model behind every
 * availability read (the API, the booking screens). However many readers poll during a release, the
 * database sees at most one count per concert per {@code ticketing.catalog.refresh-millis}, plus
 * one per concert per {@code ticketing.catalog.max-age-millis} while it is read.
 *
 * <p><b>Fresh after this instance's bookings.</b> A booking committed here takes its tickets off
 * the copy at once, on the booker's thread, before the booker gets the answer (so whoever booked
 * reads their own booking), and marks the concert to be read again on the next tick, which corrects
 * whatever the copy cannot know. A count is at most one tick (+ the count's own time) older than
 * the last commit on this instance.
 *
 * <p><b>Changes made elsewhere</b> (another instance, SQL by hand) show once a copy older than
 * {@code ticketing.catalog.max-age-millis} is read: the reader that finds it stale reads it again,
 * the others keep the copy meanwhile. A refused booking also marks its concert stale.
 *
 * <p>Never used to decide a booking: bookings claim locked ticket rows ({@link
 * dev.ticketing.stock.TicketStock}), whatever this copy says.
 */
@ApplicationScoped
public class Catalog {
  private static final Logger LOG = Logger.getLogger(Catalog.class.getName());

  @Inject private CatalogReader reader;

  @Inject private Event<AvailabilityChanged> changed;

  private long refreshMillis;
  private long maxAgeNanos;

  private final Map<Long, AvailabilityCopy> copies = new ConcurrentHashMap<>();

  /** Numbers every booking seen, in the order they were taken off the copies. */
  private final AtomicLong bookingsSeen = new AtomicLong();

  private volatile Listing listing;
  private ScheduledFuture<?> ticker;

  @PostConstruct
  void configure() {
    // Read with this class's loader: the bean may be created on any module's thread in an EAR.
    Config config = ConfigProvider.getConfig(Catalog.class.getClassLoader());
    refreshMillis = config.getValue("ticketing.catalog.refresh-millis", Long.class);
    maxAgeNanos =
        TimeUnit.MILLISECONDS.toNanos(
            config.getValue("ticketing.catalog.max-age-millis", Long.class));
  }

  /** The concert that the seed-compatible API ({@code /api/tickets}, {@code /api/book}) sells. */
  public ConcertAvailability defaultConcert() {
    return concert(null);
  }

  /**
   * The given concert, or the default one when {@code concertId} is null, with every tier in
   * display order and what is left of each.
   *
   * @throws UnknownConcertException if there is no such concert
   */
  public ConcertAvailability concert(Long concertId) {
    long id = concertId != null ? concertId : listing().defaultConcertId();
    AvailabilityCopy copy = copies.get(id);
    if (copy == null) {
      copy = copies.computeIfAbsent(id, this::load);
    } else if (copy.isOlderThan(maxAgeNanos) && copy.startRefresh()) {
      refresh(id, copy); // this reader pays; the others keep reading the copy meanwhile
    }
    return copy.current();
  }

  /** Every concert by start time, each with its tiers and what is left. */
  public List<ConcertAvailability> concerts() {
    List<ConcertAvailability> concerts = new ArrayList<>();
    for (long id : listing().ids()) {
      try {
        concerts.add(concert(id));
      } catch (UnknownConcertException removedMeanwhile) {
        // listed a moment ago, gone now: leave it out
      }
    }
    return concerts;
  }

  /**
   * Reads the concert's counts again now, unless another reader is already doing so: for a screen
   * that has just learnt its counts were wrong (a refused booking).
   */
  public ConcertAvailability refresh(Long concertId) {
    long id = concertId != null ? concertId : listing().defaultConcertId();
    AvailabilityCopy copy = copies.get(id);
    if (copy != null && copy.startRefresh()) {
      refresh(id, copy);
    }
    return concert(id);
  }

  /** The counts of the concert are known to be wrong: read them again on the next tick. */
  public void markStale(Long concertId) {
    Listing known = listing;
    Long id = concertId != null ? concertId : known == null ? null : known.defaultConcertId();
    AvailabilityCopy copy = id == null ? null : copies.get(id);
    if (copy != null) {
      copy.markStale();
    }
  }

  /**
   * Takes a committed booking's tickets off the copy, on the booker's thread, after the commit and
   * before the booker hears of it.
   */
  void ticketsSold(@Observes(during = TransactionPhase.AFTER_SUCCESS) TicketsSold sold) {
    AvailabilityCopy copy = copies.get(sold.concertId());
    if (copy != null) {
      copy.takeOff(bookingsSeen.incrementAndGet(), sold.quantities());
    }
  }

  private AvailabilityCopy load(long concertId) {
    startTicker();
    return new AvailabilityCopy(reader.concert(concertId), System.nanoTime());
  }

  private void refresh(long concertId, AvailabilityCopy copy) {
    // Bookings seen after this point may or may not be in what is read; the copy keeps taking
    // them off, and stays marked for the next tick until a read certainly includes them.
    long seen = bookingsSeen.get();
    ConcertAvailability read;
    try {
      read = reader.concert(concertId);
    } catch (UnknownConcertException gone) {
      copies.remove(concertId);
      return;
    } catch (RuntimeException e) {
      copy.refreshFailed();
      LOG.log(Level.WARNING, "Could not read the counts of concert " + concertId, e);
      return;
    }
    ConcertAvailability announce = copy.install(read, seen, System.nanoTime());
    if (announce != null) {
      changed.fire(new AvailabilityChanged(announce));
    }
  }

  /** The scheduled task: reads again every concert that bookings changed. Must not throw. */
  private void refreshChanged() {
    for (Map.Entry<Long, AvailabilityCopy> entry : copies.entrySet()) {
      try {
        if (entry.getValue().needsRefresh() && entry.getValue().startRefresh()) {
          refresh(entry.getKey(), entry.getValue());
        }
      } catch (RuntimeException e) {
        LOG.log(Level.WARNING, "Could not refresh concert " + entry.getKey(), e);
      }
    }
  }

  private Listing listing() {
    Listing known = listing;
    if (known == null || System.nanoTime() - known.readAt() > maxAgeNanos) {
      known = new Listing(reader.concertIds(), System.nanoTime());
      listing = known;
    }
    return known;
  }

  private synchronized void startTicker() {
    if (ticker != null) {
      return;
    }
    try {
      ManagedScheduledExecutorService scheduler =
          InitialContext.doLookup("java:comp/DefaultManagedScheduledExecutorService");
      ticker =
          scheduler.scheduleWithFixedDelay(
              this::refreshChanged, refreshMillis, refreshMillis, TimeUnit.MILLISECONDS);
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

  /** The concerts that exist, by start time, and when that was read. */
  private record Listing(List<Long> ids, long readAt) {
    long defaultConcertId() {
      // The default concert is the first one created.
      return ids.stream().min(Long::compare).orElseThrow(() -> new UnknownConcertException(null));
    }
  }
}
