package dev.ticketing.web.catalog;

import dev.ticketing.catalog.ConcertAvailability;
import jakarta.json.bind.annotation.JsonbPropertyOrder;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A concert with its tiers and what is left of each. */
@JsonbPropertyOrder({
  "id",
  "name",
  "venue",
  "startsAt",
  "description",
  "salesOpenAt",
  "salesCloseAt",
  "sale",
  "maxTicketsPerAccount",
  "accountRequired",
  "soldOut",
  "tiers"
})
@Schema(name = "ConcertView", description = "A concert with its tiers and what is left")
public record ConcertView(
    @Schema(description = "The concert's id", example = "1") long id,
    @Schema(description = "The concert's name", example = "Opening Night") String name,
    @Schema(description = "Where it takes place", example = "City Arena") String venue,
    @Schema(description = "When it starts", example = "2027-06-19T20:00:00Z")
        OffsetDateTime startsAt,
    @Schema(description = "What it is") String description,
    @Schema(description = "When booking opens; null: open", example = "2027-05-01T10:00:00Z")
        OffsetDateTime salesOpenAt,
    @Schema(description = "When booking closes; null: until sold out") OffsetDateTime salesCloseAt,
    @Schema(
            description =
                "Where the sale stands now: booking is refused (409) unless `OPEN`; a sale opens"
                    + " and closes by itself at its time",
            enumeration = {"NOT_OPEN_YET", "OPEN", "CLOSED"})
        String sale,
    @Schema(
            description =
                "At most this many tickets of the concert per account, held and confirmed"
                    + " together, across bookings and tiers (beyond it: 409 `purchase-limit`);"
                    + " absent: no limit",
            example = "6")
        Integer maxTicketsPerAccount,
    @Schema(
            description =
                "Whether only a logged-in account may book it (anonymous: 401 `account-required`)")
        boolean accountRequired,
    @Schema(description = "Whether every tier is sold out") boolean soldOut,
    @Schema(description = "Its tiers in display order") List<TierView> tiers) {

  static ConcertView of(ConcertAvailability concert) {
    return new ConcertView(
        concert.id(),
        concert.name(),
        concert.venue(),
        concert.startsAt(),
        concert.description(),
        concert.sale().opensAt(),
        concert.sale().closesAt(),
        concert.sale().stateAt(Instant.now()).name(),
        concert.limits().maxTicketsPerAccount(),
        concert.limits().accountRequired(),
        concert.soldOut(),
        TierView.of(concert));
  }
}
