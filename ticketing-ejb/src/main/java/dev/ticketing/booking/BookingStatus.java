package dev.ticketing.booking;

/**
 * Where a booking stands. {@code HELD} until paid ({@code CONFIRMED}), until its hold runs out
 * ({@code EXPIRED}, tickets back on sale) or until cancelled ({@code CANCELLED}, tickets back on
 * sale, a payment refunded). The database allows the same transitions and no others.
 */
public enum BookingStatus {
  HELD,
  CONFIRMED,
  EXPIRED,
  CANCELLED;

  /** Whether the booking owns its tickets: held or paid. */
  public boolean ownsTickets() {
    return this == HELD || this == CONFIRMED;
  }
}
