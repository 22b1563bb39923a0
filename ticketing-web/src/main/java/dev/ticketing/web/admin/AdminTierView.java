package dev.ticketing.web.admin;

import dev.ticketing.admin.TierSales;
import jakarta.json.bind.annotation.JsonbPropertyOrder;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A tier as organisers see it, with what it sold. */
@JsonbPropertyOrder({
  "id",
  "code",
  "displayName",
  "price",
  "currency",
  "capacity",
  "position",
  "sold",
  "held",
  "kept",
  "available",
  "revenue"
})
@Schema(name = "AdminTierView", description = "A tier with what it sold")
public record AdminTierView(
    @Schema(description = "The tier's id", example = "4") long id,
    @Schema(description = "Its code in the API", example = "BALCONY") String code,
    @Schema(description = "Its name as people say it", example = "Balcony") String displayName,
    @Schema(description = "Price of one ticket in minor units", example = "4500") long price,
    @Schema(description = "ISO 4217 currency", example = "USD") String currency,
    @Schema(description = "Tickets in all", example = "300") int capacity,
    @Schema(description = "Where it shows, from 1", example = "1") int position,
    @Schema(description = "Tickets of paid bookings", example = "120") int sold,
    @Schema(description = "Tickets of bookings waiting for payment", example = "8") int held,
    @Schema(
            description =
                "Tickets that came back while people waited on the tier's waiting list, kept for"
                    + " the next of them: not on public sale. Sold, held, kept and available add up"
                    + " to the capacity",
            example = "0")
        int kept,
    @Schema(description = "Tickets in no booking", example = "172") int available,
    @Schema(description = "What the sold tickets brought, minor units", example = "540000")
        long revenue) {

  static AdminTierView of(TierSales tier) {
    return new AdminTierView(
        tier.id(),
        tier.code(),
        tier.displayName(),
        tier.priceMinor(),
        tier.currency(),
        tier.capacity(),
        tier.position(),
        tier.sold(),
        tier.held(),
        tier.kept(),
        tier.available(),
        tier.revenueMinor());
  }
}
