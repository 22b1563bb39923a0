package dev.ticketing.booking.hold;

import jakarta.ejb.ApplicationException;

/**
 * A claim that skipped locked rows found too few free ones while the locked ones may still come
 * free: the booking is tried again, waiting for them. Rolls the attempt back.
 */
@ApplicationException(rollback = true)
class StockContendedException extends RuntimeException {
  StockContendedException() {
    super(null, null, false, false);
  }
}
