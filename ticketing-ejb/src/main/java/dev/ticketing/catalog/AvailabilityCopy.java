package dev.ticketing.catalog;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * One concert's counts as {@link Catalog} keeps them, and the bookings taken off them since they
 * were last read. Thread-safe; every method is short and never touches the database.
 */
final class AvailabilityCopy {
  private ConcertAvailability current;
  private ConcertAvailability announced;
  private long readAt;
  private boolean stale;
  private boolean refreshing;
  private final List<Sale> sales = new ArrayList<>();

  private record Sale(long number, Map<String, Integer> quantities) {}

  AvailabilityCopy(ConcertAvailability read, long readAt) {
    this.current = read;
    this.announced = read;
    this.readAt = readAt;
  }

  synchronized ConcertAvailability current() {
    return current;
  }

  synchronized boolean isOlderThan(long nanos) {
    return System.nanoTime() - readAt > nanos;
  }

  synchronized boolean needsRefresh() {
    return stale;
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
   * Replaces the copy with what was read, less the bookings seen after {@code seen} (the read may
   * have missed them).
   *
   * @return the counts to announce, or null if screens already show these
   */
  synchronized ConcertAvailability install(ConcertAvailability read, long seen, long readAt) {
    sales.removeIf(sale -> sale.number() <= seen);
    ConcertAvailability copy = read;
    for (Sale sale : sales) {
      copy = copy.lessSold(sale.quantities());
    }
    current = copy;
    this.readAt = readAt;
    stale = !sales.isEmpty();
    refreshing = false;
    if (Objects.equals(copy, announced)) {
      return null;
    }
    announced = copy;
    return copy;
  }
}
