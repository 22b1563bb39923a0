package dev.ticketing.web.booking;

import dev.ticketing.catalog.TierAvailability;
import jakarta.json.bind.annotation.JsonbPropertyOrder;

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
public record TierView(
    long id,
    String name,
    long price,
    int quantityAvailable,
    String displayName,
    String currency,
    int capacity,
    boolean soldOut) {

  static TierView of(TierAvailability availability) {
    var tier = availability.tier();
    return new TierView(
        tier.getId(),
        tier.getCode(),
        tier.getPriceMinor(),
        availability.available(),
        tier.getDisplayName(),
        tier.getCurrency(),
        tier.getCapacity(),
        availability.soldOut());
  }
}
