package dev.ticketing.booking;

/** Where a booking stands. */
public enum BookingStatus {
  CONFIRMED,
  CANCELLED
}
