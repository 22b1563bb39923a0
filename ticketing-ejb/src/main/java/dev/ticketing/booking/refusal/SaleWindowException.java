package dev.ticketing.booking.refusal;

import dev.ticketing.catalog.ConcertAvailability;
import dev.ticketing.catalog.SaleWindow;
import dev.ticketing.catalog.UnknownConcertException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Map;

/** The concert's sale is not open: not yet, or no more. */
public class SaleWindowException extends BookingRejectedException {
  private final Reason reason;
  private final OffsetDateTime at;

  private SaleWindowException(Reason reason, OffsetDateTime at, String message) {
    super(message);
    this.reason = reason;
    this.at = at.withOffsetSameInstant(ZoneOffset.UTC);
  }

  /**
   * Refuses a booking of the concert unless its sale is open now.
   *
   * @throws UnknownConcertException if the concert is not published (the public does not see it)
   */
  public static void check(ConcertAvailability concert) {
    SaleWindow sale = concert.sale();
    switch (sale.stateAt(Instant.now())) {
      case UNPUBLISHED -> throw new UnknownConcertException(concert.id());
      case NOT_OPEN_YET ->
          throw new SaleWindowException(
              Reason.SALE_NOT_OPEN,
              sale.opensAt(),
              "The sale of " + concert.name() + " opens at " + utc(sale.opensAt()));
      case CLOSED ->
          throw new SaleWindowException(
              Reason.SALE_CLOSED,
              sale.closesAt(),
              "The sale of " + concert.name() + " closed at " + utc(sale.closesAt()));
      case OPEN -> {
        // bookable
      }
    }
  }

  private static OffsetDateTime utc(OffsetDateTime time) {
    return time.withOffsetSameInstant(ZoneOffset.UTC);
  }

  @Override
  public Reason reason() {
    return reason;
  }

  @Override
  public Map<String, Object> facts() {
    return Map.of(reason == Reason.SALE_NOT_OPEN ? "salesOpenAt" : "salesCloseAt", at.toString());
  }
}
