package dev.ticketing.web.booking;

import dev.ticketing.catalog.Concert;
import jakarta.json.bind.annotation.JsonbPropertyOrder;
import java.time.OffsetDateTime;
import java.util.List;

/** A concert with its tiers and what is left of each. */
@JsonbPropertyOrder({"id", "name", "venue", "startsAt", "tiers"})
public record ConcertView(
    long id, String name, String venue, OffsetDateTime startsAt, List<TierView> tiers) {

  static ConcertView of(Concert concert, List<TierView> tiers) {
    return new ConcertView(
        concert.getId(), concert.getName(), concert.getVenue(), concert.getStartsAt(), tiers);
  }
}
