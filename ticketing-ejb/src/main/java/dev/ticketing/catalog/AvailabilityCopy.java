package dev.ticketing.catalog;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * One concert's counts as {@link Catalog} keeps them, and the bookings taken off them since they
 * were last read. Thread-safe: reads take no lock (every availability read asks), changes take a
 * short one; no method touches the database.
 */
final class AvailabilityCopy {
  // Read without the lock by every availability read; written under it.
  private volatile ConcertAvailability current;
  private volatile long readAt;
  private volatile long readTook;
  private ConcertAvailability announced;
  private boolean stale;
  private boolean refreshing;
  private final List<Sale> sales = new ArrayList<>();

  private record Sale(long number, Map<String, Integer> quantities) {}

  /**
   * @param readAt when the read began ({@link System#nanoTime()})
   * @param readTook how long it took, in nanoseconds
   */
  AvailabilityCopy(ConcertAvailability read, long readAt, long readTook) {
    this.current = read;
    this.announced = read;
    this.readAt = readAt;
    this.readTook = readTook;
  }

  ConcertAvailability current() {
    return current;
  }

  /**
   * Whether the copy is older than {@code maxAgeNanos}, or than ten times as long as its last read
   * took if that is longer, and so may miss changes made elsewhere.
   */
  boolean isOlderThan(long maxAgeNanos) {
    return System.nanoTime() - readAt > Math.max(maxAgeNanos, 10 * readTook);
  }

  /**
   * Whether bookings (or a refusal) changed the concert since it was read, and the last read is
   * long enough ago: at least {@code minNanos}, and at least ten times as long as that read took,
   * so that recounting a large tier during a rush costs the database a tenth of one connection at
   * most. Between recounts the copy follows bookings by itself ({@link #takeOff}).
   */
  synchronized boolean needsRecount(long now, long minNanos) {
    return stale && now - readAt >= Math.max(minNanos, 10 * readTook);
  }

  /** The counts to push to screens if they changed since last pushed, else null. */
  synchronized ConcertAvailability toAnnounce() {
    if (Objects.equals(current, announced)) {
      return null;
    }
    announced = current;
    return current;
  }

  synchronized void markStale() {
    stale = true;
  }

  /** Claims the refresh: false if another thread is already reading this concert. */
  synchronized boolean startRefresh() {
    if (refreshing) {
      return false;
    }
    refreshing = true;
    return true;
  }

  synchronized void refreshFailed() {
    refreshing = false;
  }

  synchronized void takeOff(long number, Map<String, Integer> quantities) {
    current = current.lessSold(quantities);
    sales.add(new Sale(number, quantities));
    stale = true;
  }

  /**
   * Takes an organiser's edit (names, prices, sale window, limits, capacities, tiers added) without
   * counting again: a tier the copy knows keeps its count, moved by as many tickets as its capacity
   * changed (the database adds or removes unsold tickets to match); a tier it does not know takes
   * the count read with it, less the bookings seen since {@code seen}.
   *
   * @param described the concert as edited; the counts of tiers in {@link #known()} are ignored
   * @return the counts to announce, or null if screens already show these
   */
  synchronized ConcertAvailability redescribe(ConcertAvailability described, long seen) {
    Map<Long, TierAvailability> before = new HashMap<>();
    current.tiers().forEach(tier -> before.put(tier.id(), tier));
    List<TierAvailability> tiers = new ArrayList<>();
    for (TierAvailability tier : described.tiers()) {
      TierAvailability was = before.get(tier.id());
      int available =
          was != null ? was.available() + tier.capacity() - was.capacity() : tier.available();
      if (was == null) {
        stale = true; // counted while bookings may have committed: count again on the next tick
        for (Sale sale : sales) {
          if (sale.number() > seen) {
            available -= sale.quantities().getOrDefault(tier.code(), 0);
          }
        }
      }
      tiers.add(
          new TierAvailability(
              tier.id(),
              tier.code(),
              tier.displayName(),
              tier.priceMinor(),
              tier.currency(),
              tier.capacity(),
              Math.min(tier.capacity(), Math.max(0, available))));
    }
    current =
        new ConcertAvailability(
            described.id(),
            described.name(),
            described.venue(),
            described.startsAt(),
            tiers,
            described.description(),
            described.sale(),
            described.limits());
    return toAnnounce();
  }

  /** The ids of the tiers this copy counts. */
  synchronized Set<Long> known() {
    Set<Long> ids = new HashSet<>();
    current.tiers().forEach(tier -> ids.add(tier.id()));
    return ids;
  }

  /**
   * Replaces the copy with what was read, less the bookings seen after {@code seen} (the read may
   * have missed them).
   *
   * @return the counts to announce, or null if screens already show these
   */
  synchronized ConcertAvailability install(
      ConcertAvailability read, long seen, long readAt, long readTook) {
    sales.removeIf(sale -> sale.number() <= seen);
    ConcertAvailability copy = read;
    for (Sale sale : sales) {
      copy = copy.lessSold(sale.quantities());
    }
    current = copy;
    this.readAt = readAt;
    this.readTook = readTook;
    stale = !sales.isEmpty();
    refreshing = false;
    return toAnnounce();
  }
}
