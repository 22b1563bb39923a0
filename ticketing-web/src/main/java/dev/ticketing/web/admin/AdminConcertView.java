package dev.ticketing.web.admin;

import dev.ticketing.admin.ConcertDetails;
import jakarta.json.bind.annotation.JsonbPropertyOrder;
import java.time.OffsetDateTime;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A concert as organisers see it: published or not, its sale window, its tiers. */
@JsonbPropertyOrder({
  "id",
  "name",
  "venue",
  "description",
  "startsAt",
  "salesOpenAt",
  "salesCloseAt",
  "published",
  "maxTicketsPerAccount",
  "accountRequired",
  "sale",
  "tiers"
})
@Schema(name = "AdminConcertView", description = "A concert with its sale window and tiers")
public record AdminConcertView(
    @Schema(description = "The concert's id", example = "2") long id,
    @Schema(description = "Its name", example = "Summer Night") String name,
    @Schema(description = "Where it takes place", example = "City Arena") String venue,
    @Schema(description = "What it is, for the public") String description,
    @Schema(description = "When it starts") OffsetDateTime startsAt,
    @Schema(description = "When booking opens, or null: when published") OffsetDateTime salesOpenAt,
    @Schema(description = "When booking closes, or null: when sold out")
        OffsetDateTime salesCloseAt,
    @Schema(description = "Whether the public sees it") boolean published,
    @Schema(description = "Most tickets per account, held and confirmed together; absent: no limit")
        Integer maxTicketsPerAccount,
    @Schema(description = "Whether only a logged-in account may book it") boolean accountRequired,
    @Schema(
            description = "Where the sale stands now",
            enumeration = {"UNPUBLISHED", "NOT_OPEN_YET", "OPEN", "CLOSED"})
        String sale,
    @Schema(description = "Its tiers in display order") List<AdminTierView> tiers) {

  static AdminConcertView of(ConcertDetails concert) {
    return new AdminConcertView(
        concert.id(),
        concert.name(),
        concert.venue(),
        concert.description(),
        concert.startsAt(),
        concert.salesOpenAt(),
        concert.salesCloseAt(),
        concert.published(),
        concert.limits().maxTicketsPerAccount(),
        concert.limits().accountRequired(),
        concert.saleState().name(),
        concert.tiers().stream().map(AdminTierView::of).toList());
  }
}
