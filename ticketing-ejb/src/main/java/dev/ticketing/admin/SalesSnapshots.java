package dev.ticketing.admin;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

/**
 * The last count of each concert's sales, kept while counting again would cost the database more
 * than a tenth of one connection: a count that took {@code t} is reused for {@code 10 t}, and one
 * under {@link #CHEAP_MILLIS} is never reused. So an organiser's screens and edits read exact
 * figures for an ordinary concert, and during a rush on a tier of a million tickets (a count of a
 * few hundred milliseconds) figures a few seconds old, instead of stealing the bookings' database.
 */
@ApplicationScoped
public class SalesSnapshots {
  /** Counts quicker than this are made again each time. */
  static final long CHEAP_MILLIS = 20;

  /**
   * One count of a concert's tiers.
   *
   * @param unsold tickets in no booking, per tier id
   * @param capacity each tier's capacity when counted, per tier id
   * @param totals what each tier's bookings hold, per tier id (tiers without any left out)
   */
  public record Count(
      Map<Long, Integer> unsold,
      Map<Long, Integer> capacity,
      Map<Long, SalesReader.TierTotals> totals,
      long countedAt,
      long tookNanos) {

    boolean usableFor(Set<Long> tiers, long now) {
      return tookNanos >= TimeUnit.MILLISECONDS.toNanos(CHEAP_MILLIS)
          && now - countedAt < 10 * tookNanos
          && capacity.keySet().containsAll(tiers);
    }
  }

  private final Map<Long, Count> counts = new ConcurrentHashMap<>();

  /**
   * The concert's count: the kept one if it is recent enough by the rule above and covers every one
   * of {@code tiers}, else a new one from {@code count}, kept for the next caller.
   */
  Count of(long concertId, Set<Long> tiers, Supplier<Count> count) {
    Count kept = counts.get(concertId);
    if (kept != null && kept.usableFor(tiers, System.nanoTime())) {
      return kept;
    }
    Count fresh = count.get();
    counts.put(concertId, fresh);
    return fresh;
  }
}
