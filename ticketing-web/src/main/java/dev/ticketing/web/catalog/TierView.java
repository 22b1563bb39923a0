package dev.ticketing.web.catalog;

import dev.ticketing.catalog.ConcertAvailability;
import dev.ticketing.catalog.TierAvailability;
import jakarta.json.bind.annotation.JsonbPropertyOrder;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * A tier as the API shows it. The first four fields are those of the original Node API.
 *
 * @param id the tier's id
 * @param name the tier's code, used to book it ({@code FRONT_ROW})
 * @param price price of one ticket in minor units of {@code currency} (cents)
 * @param quantityAvailable tickets left
 * @param displayName the name as people say it ({@code Front Row})
 * @param currency ISO 4217 code
 * @param capacity tickets the tier has in all
 * @param soldOut whether none are left
 */
@JsonbPropertyOrder({
  "id",
  "name",
  "displayName",
  "price",
  "currency",
  "quantityAvailable",
  "capacity",
  "soldOut"
})
@Schema(name = "TierView", description = "A ticket tier with its price and what is left")
public record TierView(
    @Schema(description = "The tier's id", example = "1") long id,
    @Schema(description = "The tier's code, used to book it", example = "FRONT_ROW") String name,
    @Schema(description = "Price of one ticket in minor units of `currency`", example = "5000")
        long price,
    @Schema(description = "Tickets left", example = "200") int quantityAvailable,
    @Schema(description = "The name as people say it", example = "Front Row") String displayName,
    @Schema(description = "ISO 4217 currency code", example = "USD") String currency,
    @Schema(description = "Tickets the tier has in all", example = "200") int capacity,
    @Schema(description = "Whether none are left") boolean soldOut) {

  /** The concert's tiers in display order. */
  static List<TierView> of(ConcertAvailability concert) {
    return concert.tiers().stream().map(TierView::of).toList();
  }

  static TierView of(TierAvailability tier) {
    return new TierView(
        tier.id(),
        tier.code(),
        tier.priceMinor(),
        tier.available(),
        tier.displayName(),
        tier.currency(),
        tier.capacity(),
        tier.soldOut());
  }
}
