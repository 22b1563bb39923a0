package dev.ticketing.admin;

import dev.ticketing.catalog.PurchaseLimits;
import dev.ticketing.catalog.SaleWindow;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;

/** A concert as its organisers see it: published or not, with every tier and what it sold. */
public record ConcertDetails(
    long id,
    String name,
    String venue,
    String description,
    OffsetDateTime startsAt,
    OffsetDateTime salesOpenAt,
    OffsetDateTime salesCloseAt,
    boolean published,
    PurchaseLimits limits,
    List<TierSales> tiers) {

  public ConcertDetails {
    tiers = List.copyOf(tiers);
  }

  /** Where its sale stands now. */
  public SaleWindow.State saleState() {
    return new SaleWindow(published, salesOpenAt, salesCloseAt).stateAt(Instant.now());
  }
}
