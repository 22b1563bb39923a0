package dev.ticketing.web.booking;

import dev.ticketing.booking.BookingSummary;
import jakarta.json.bind.annotation.JsonbPropertyOrder;
import java.time.OffsetDateTime;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * A booking as the API shows it; {@code bookingId}, {@code status} and {@code items} are the
 * original API's fields.
 *
 * @param total sum of the items in minor units of {@code currency}
 */
@JsonbPropertyOrder({
  "bookingId",
  "status",
  "concertId",
  "userId",
  "createdAt",
  "items",
  "total",
  "currency"
})
@Schema(name = "BookingView", description = "A confirmed booking")
public record BookingView(
    @Schema(
            description = "The booking's reference (a random UUID)",
            example = "0b7e2f0e-5d4c-4a8e-9a51-3c1f6f0c2a17",
            required = true)
        String bookingId,
    @Schema(description = "CONFIRMED or CANCELLED", example = "CONFIRMED", required = true)
        String status,
    @Schema(description = "One entry per tier", required = true) List<Item> items,
    @Schema(description = "The concert", example = "1") long concertId,
    @Schema(
            description = "Who booked, as the client named them (absent if not given)",
            example = "ada")
        String userId,
    @Schema(
            description = "When it was booked",
            example = "2027-06-01T09:00:00.123Z",
            required = true)
        OffsetDateTime createdAt,
    @Schema(description = "Sum of the items in minor units of `currency`", example = "20000")
        long total,
    @Schema(description = "ISO 4217 currency code", example = "USD", required = true)
        String currency) {

  /**
   * @param tier the tier's code
   * @param price the unit price when booked, in minor units
   */
  @JsonbPropertyOrder({"tier", "quantity", "price"})
  @Schema(name = "BookedItem")
  public record Item(
      @Schema(description = "The tier's code", example = "VIP", required = true) String tier,
      @Schema(description = "Tickets of this tier", example = "2") int quantity,
      @Schema(description = "Unit price when booked, in minor units", example = "10000")
          long price) {}

  static BookingView of(BookingSummary booking) {
    return new BookingView(
        booking.id().toString(),
        booking.status().name(),
        booking.items().stream()
            .map(item -> new Item(item.tier(), item.quantity(), item.unitPriceMinor()))
            .toList(),
        booking.concertId(),
        booking.userRef(),
        booking.createdAt(),
        booking.totalMinor(),
        booking.currency());
  }
}
