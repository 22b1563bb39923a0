package dev.ticketing.catalog;

import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A concert with every tier in display order and what is left of each: what a booking screen or the
 * catalogue API shows. Read-only; built inside the EJB module from one read.
 */
public record ConcertAvailability(
    long id,
    String name,
    String venue,
    OffsetDateTime startsAt,
    List<TierAvailability> tiers,
    String description,
    SaleWindow sale,
    PurchaseLimits limits) {

  public ConcertAvailability {
    tiers = List.copyOf(tiers);
    limits = limits == null ? PurchaseLimits.NONE : limits;
  }

  /** A concert without purchase limits. */
  public ConcertAvailability(
      long id,
      String name,
      String venue,
      OffsetDateTime startsAt,
      List<TierAvailability> tiers,
      String description,
      SaleWindow sale) {
    this(id, name, venue, startsAt, tiers, description, sale, PurchaseLimits.NONE);
  }

  /** A published concert on sale at any time, without a description. */
  public ConcertAvailability(
      long id, String name, String venue, OffsetDateTime startsAt, List<TierAvailability> tiers) {
    this(id, name, venue, startsAt, tiers, null, SaleWindow.ALWAYS, PurchaseLimits.NONE);
  }

  /** Whether every tier is sold out (a concert without tiers is not). */
  public boolean soldOut() {
    return !tiers.isEmpty() && tiers.stream().allMatch(TierAvailability::soldOut);
  }

  /**
   * The same concert with {@code sold} tickets (per tier code) fewer left, or more where a quantity
   * is negative (tickets returned); never below zero nor above the tier's capacity.
   */
  public ConcertAvailability lessSold(Map<String, Integer> sold) {
    return new ConcertAvailability(
        id,
        name,
        venue,
        startsAt,
        tiers.stream()
            .map(
                tier ->
                    new TierAvailability(
                        tier.id(),
                        tier.code(),
                        tier.displayName(),
                        tier.priceMinor(),
                        tier.currency(),
                        tier.capacity(),
                        Math.min(
                            tier.capacity(),
                            Math.max(0, tier.available() - sold.getOrDefault(tier.code(), 0)))))
            .toList(),
        description,
        sale,
        limits);
  }

  /** Tickets left per tier code, in display order. */
  public Map<String, Integer> counts() {
    Map<String, Integer> counts = new LinkedHashMap<>();
    tiers.forEach(tier -> counts.put(tier.code(), tier.available()));
    return counts;
  }
}
