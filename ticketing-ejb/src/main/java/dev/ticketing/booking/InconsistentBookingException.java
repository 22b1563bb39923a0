package dev.ticketing.booking;

import jakarta.ejb.ApplicationException;
import java.util.UUID;

/**
 * A booking whose tickets are not what its items say: found by the expiry sweep, which skips it
 * rather than stop putting every other hold back on sale.
 */
@ApplicationException(rollback = true)
public class InconsistentBookingException extends RuntimeException {
  private final UUID bookingId;

  InconsistentBookingException(UUID bookingId, String message) {
    super(message);
    this.bookingId = bookingId;
  }

  public UUID bookingId() {
    return bookingId;
  }
}
