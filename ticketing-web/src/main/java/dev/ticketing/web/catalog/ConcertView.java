package dev.ticketing.web.catalog;

import dev.ticketing.catalog.ConcertAvailability;
import jakarta.json.bind.annotation.JsonbPropertyOrder;
import java.time.OffsetDateTime;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A concert with its tiers and what is left of each. */
@JsonbPropertyOrder({"id", "name", "venue", "startsAt", "tiers"})
@Schema(name = "ConcertView", description = "A concert with its tiers and what is left")
public record ConcertView(
    @Schema(description = "The concert's id", example = "1") long id,
    @Schema(description = "The concert's name", example = "Opening Night") String name,
    @Schema(description = "Where it takes place", example = "City Arena") String venue,
    @Schema(description = "When it starts", example = "2027-06-19T20:00:00Z")
        OffsetDateTime startsAt,
    @Schema(description = "Its tiers in display order") List<TierView> tiers) {

  static ConcertView of(ConcertAvailability concert) {
    return new ConcertView(
        concert.id(), concert.name(), concert.venue(), concert.startsAt(), TierView.of(concert));
  }
}
