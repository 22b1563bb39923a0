package dev.ticketing.catalog;

import dev.ticketing.stock.TicketsReturned;
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
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
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
 * availability read (the API, the booking screens). However many readers poll during a release,
 * they cost the database nothing; the copies are recounted now and then, never more than a tenth of
 * one database connection's time per concert.
 *
 * <p><b>Fresh after this instance's bookings.</b> A booking committed here takes its tickets off
 * the copy at once, on the booker's thread, before the booker gets the answer (so whoever booked
 * reads their own booking). Every {@code ticketing.catalog.refresh-millis} the changed counts are
 * pushed to the open screens ({@link AvailabilityChanged}). So a count is at most one tick older
 * than the last commit on this instance.
 *
 * <p><b>Recounts</b> correct what the copy cannot know: a booking that committed while a count ran
 * (it may be in the count or not: it stays taken off and the concert is counted again), changes
 * made elsewhere (another instance, SQL by hand), a refused booking (its concert is marked stale).
 * A concert that bookings changed is recounted on a tick at most every refresh interval or ten
 * times the last count's duration, whichever is longer; a copy older than {@code
 * ticketing.catalog.max-age-millis} (same rule) is recounted by the reader that finds it so, the
 * others keep reading the copy meanwhile.
 *
 * <p><b>Counts from a replica.</b> With {@code ticketing.db.read-url} set, a recount's counts (the
 * costly part: every unsold ticket of the concert) come from a replica ({@link ReplicaCounts}), at
 * most {@code ticketing.catalog.max-age-millis} behind the primary; the concert and its tiers, a
 * concert's first read and the read after an edit stay on the primary.
 *
 * <p>Never used to decide a booking: bookings claim locked ticket rows ({@link
 * dev.ticketing.stock.TicketStock}), whatever this copy says.
 */
@ApplicationScoped
public class Catalog {
  private static final Logger LOG = Logger.getLogger(Catalog.class.getName());

  @Inject private CatalogReader reader;

  @Inject private ReplicaCounts replica;

  @Inject private Event<AvailabilityChanged> changed;

  private long refreshMillis;
  private long refreshNanos;
  private long maxAgeNanos;

  private final Map<Long, AvailabilityCopy> copies = new ConcurrentHashMap<>();

  /** Concerts whose counts changed here since the last tick: the other instances are told. */
  private final Set<Long> changedHere = ConcurrentHashMap.newKeySet();

  /** Numbers every booking seen, in the order they were taken off the copies. */
  private final AtomicLong bookingsSeen = new AtomicLong();

  private volatile Listing listing;
  private ScheduledFuture<?> ticker;

  @PostConstruct
  void configure() {
    // Read with this class's loader: the bean may be created on any module's thread in an EAR.
    Config config = ConfigProvider.getConfig(Catalog.class.getClassLoader());
    refreshMillis = config.getValue("ticketing.catalog.refresh-millis", Long.class);
    refreshNanos = TimeUnit.MILLISECONDS.toNanos(refreshMillis);
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
    long id = idOf(concertId);
    AvailabilityCopy copy = copyOf(id);
    if (copy.isOlderThan(maxAgeNanos) && copy.startRefresh()) {
      refresh(id, copy); // this reader pays; the others keep reading the copy meanwhile
    }
    return copy.current();
  }

  /**
   * The concert as this copy knows it, read from the database only if it is not known at all: for a
   * booking, which needs the tiers' ids and prices, not fresh counts (the claim decides), and must
   * never wait for a recount.
   *
   * @throws UnknownConcertException if there is no such concert
   */
  public ConcertAvailability concertAsKnown(Long concertId) {
    return copyOf(idOf(concertId)).current();
  }

  /**
   * Every concert by start time, each with its tiers and what is left. The list itself is read each
   * time (one indexed read of the small concert table, so a concert added a moment ago is listed);
   * the counts come from the copies.
   */
  public List<ConcertAvailability> concerts() {
    Listing current = new Listing(reader.concertIds(), System.nanoTime());
    listing = current;
    List<ConcertAvailability> concerts = new ArrayList<>();
    for (long id : current.ids()) {
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
    long id = idOf(concertId);
    AvailabilityCopy copy = copies.get(id);
    if (copy == null) {
      return copyOf(id).current(); // just read
    }
    if (copy.startRefresh()) {
      refresh(id, copy);
    }
    return copy.current();
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
    changedHere.add(sold.concertId());
    AvailabilityCopy copy = copies.get(sold.concertId());
    if (copy != null) {
      copy.takeOff(bookingsSeen.incrementAndGet(), sold.quantities());
    }
  }

  /**
   * Puts a booking's tickets back on the copy once their return (expiry, cancellation) is
   * committed.
   */
  void ticketsReturned(
      @Observes(during = TransactionPhase.AFTER_SUCCESS) TicketsReturned returned) {
    changedHere.add(returned.concertId());
    AvailabilityCopy copy = copies.get(returned.concertId());
    if (copy != null) {
      Map<String, Integer> back = new HashMap<>();
      for (TierAvailability tier : copy.current().tiers()) {
        Integer quantity = returned.quantities().get(tier.id());
        if (quantity != null) {
          back.put(tier.code(), -quantity);
        }
      }
      copy.takeOff(bookingsSeen.incrementAndGet(), back);
    }
  }

  /**
   * Takes an edited concert in once the edit is committed, and tells the open screens: a price, a
   * tier or a sale window changed by an organiser shows at once on this instance (on others within
   * {@code ticketing.catalog.max-age-millis}). The concert and its tiers are read again, not its
   * counts ({@link AvailabilityCopy#redescribe}): bookings keep reading the copy meanwhile, and an
   * organiser editing every second during a rush costs them nothing.
   */
  void edited(@Observes(during = TransactionPhase.AFTER_SUCCESS) CatalogEdited edited) {
    long id = edited.concertId();
    changedHere.add(id);
    listing = null;
    AvailabilityCopy copy = copies.get(id);
    try {
      ConcertAvailability announce;
      if (copy == null) {
        announce = concert(id); // not read here yet: read it whole
      } else {
        long seen = bookingsSeen.get();
        announce = copy.redescribe(reader.described(id, copy.known()), seen);
      }
      if (announce != null) {
        changed.fire(new AvailabilityChanged(announce));
      }
    } catch (UnknownConcertException gone) {
      copies.remove(id);
    } catch (RuntimeException e) {
      if (copy != null) {
        copy.markStale();
      }
      LOG.log(Level.WARNING, "Could not read concert " + id + " after an edit", e);
    }
  }

  /** The concert's id, the default concert's when {@code concertId} is null. */
  private long idOf(Long concertId) {
    return concertId != null ? concertId : listing().defaultConcertId();
  }

  /** The concert's copy, read from the database if there is none yet. */
  private AvailabilityCopy copyOf(long concertId) {
    AvailabilityCopy copy = copies.get(concertId);
    return copy != null ? copy : copies.computeIfAbsent(concertId, this::load);
  }

  private AvailabilityCopy load(long concertId) {
    startTicker();
    long start = System.nanoTime();
    ConcertAvailability read = reader.concert(concertId);
    return new AvailabilityCopy(read, start, System.nanoTime() - start);
  }

  private void refresh(long concertId, AvailabilityCopy copy) {
    // Bookings seen after this point may or may not be in what is read; the copy keeps taking
    // them off, and stays marked for the next tick until a read certainly includes them.
    long seen = bookingsSeen.get();
    long start = System.nanoTime();
    ConcertAvailability read;
    try {
      ReplicaCounts.Counts counted = replica.configured() ? replica.unsoldByTier(concertId) : null;
      if (counted == null) {
        read = reader.concert(concertId);
      } else {
        // the replica may not have replayed the latest of this instance's bookings yet
        seen = Math.min(seen, counted.includesSeen());
        read = reader.concert(concertId, counted.unsold());
      }
    } catch (UnknownConcertException gone) {
      copies.remove(concertId);
      return;
    } catch (RuntimeException e) {
      copy.refreshFailed();
      LOG.log(Level.WARNING, "Could not read the counts of concert " + concertId, e);
      return;
    }
    ConcertAvailability announce = copy.install(read, seen, start, System.nanoTime() - start);
    if (announce != null) {
      changed.fire(new AvailabilityChanged(announce));
    }
  }

  /**
   * The scheduled task, every {@code ticketing.catalog.refresh-millis}: pushes the counts that
   * bookings changed to the screens, and recounts the concerts that are due. Must not throw.
   */
  private void refreshChanged() {
    tellOtherInstances();
    markPrimaryPosition();
    long now = System.nanoTime();
    for (Map.Entry<Long, AvailabilityCopy> entry : copies.entrySet()) {
      AvailabilityCopy copy = entry.getValue();
      try {
        if (copy.needsRecount(now, refreshNanos) && copy.startRefresh()) {
          refresh(entry.getKey(), copy);
        } else {
          ConcertAvailability announce = copy.toAnnounce();
          if (announce != null) {
            changed.fire(new AvailabilityChanged(announce));
          }
        }
      } catch (RuntimeException e) {
        LOG.log(Level.WARNING, "Could not refresh concert " + entry.getKey(), e);
      }
    }
  }

  /** One notice per concert changed here since the last tick ({@link CatalogNotices}). */
  private void tellOtherInstances() {
    for (Long concertId : List.copyOf(changedHere)) {
      changedHere.remove(concertId);
      try {
        reader.announce(CatalogNotices.CHANNEL, CatalogNotices.payload(concertId));
      } catch (RuntimeException e) {
        LOG.log(Level.FINE, "Could not tell other instances about concert " + concertId, e);
      }
    }
  }

  /**
   * With a replica to count on ({@code ticketing.db.read-url}), where the primary's log is now and
   * how many bookings were seen here before: what places the replica's counts in time.
   */
  private void markPrimaryPosition() {
    if (!replica.configured()) {
      return;
    }
    long seen = bookingsSeen.get();
    try {
      replica.mark(seen, reader.walPosition());
    } catch (RuntimeException e) {
      LOG.log(Level.FINE, "Could not read the primary's log position", e);
    }
  }

  private Listing listing() {
    Listing known = listing;
    // No concert yet is not remembered: the first one counts as soon as it exists.
    if (known == null
        || known.ids().isEmpty()
        || System.nanoTime() - known.readAt() > maxAgeNanos) {
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
