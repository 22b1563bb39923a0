package dev.ticketing.booking.hold;

import dev.ticketing.booking.BookingOrder;
import java.util.UUID;

/**
 * A booking about to be held: its id, chosen before the first attempt so that a retry cannot make
 * it twice, the validated order, and its owner's email (null for an anonymous booking).
 */
public record NewBooking(UUID id, BookingOrder order, String owner) {

  /** The quantity of the order's only line (bookings held in batches have one line). */
  int singleQuantity() {
    return order.lines().get(0).quantity();
  }
}
