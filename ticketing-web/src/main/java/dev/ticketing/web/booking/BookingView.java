package dev.ticketing.web.booking;

import dev.ticketing.booking.Booking;
import jakarta.json.bind.annotation.JsonbPropertyOrder;
import java.time.OffsetDateTime;
import java.util.List;

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
public record BookingView(
    String bookingId,
    String status,
    List<Item> items,
    long concertId,
    String userId,
    OffsetDateTime createdAt,
    long total,
    String currency) {

  /**
   * @param tier the tier's code
   * @param price the unit price when booked, in minor units
   */
  @JsonbPropertyOrder({"tier", "quantity", "price"})
  public record Item(String tier, int quantity, long price) {}

  static BookingView of(Booking booking) {
    return new BookingView(
        booking.getId().toString(),
        booking.getStatus().name(),
        booking.getItems().stream()
            .map(
                item ->
                    new Item(
                        item.getTier().getCode(), item.getQuantity(), item.getUnitPriceMinor()))
            .toList(),
        booking.getConcert().getId(),
        booking.getUserRef(),
        booking.getCreatedAt(),
        booking.getTotalMinor(),
        booking.getCurrency());
  }
}
