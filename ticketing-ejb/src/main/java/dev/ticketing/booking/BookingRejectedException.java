package dev.ticketing.booking;

import jakarta.ejb.ApplicationException;

/**
 * A booking that cannot be made as asked. Thrown before anything is written, or it rolls the whole
 * booking back: a rejected booking never changes stock.
 */
@ApplicationException(rollback = true, inherited = true)
public abstract class BookingRejectedException extends RuntimeException {
  protected BookingRejectedException(String message) {
    super(message);
  }
}
