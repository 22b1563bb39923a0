package dev.ticketing.admin;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;

/**
 * What a concert has sold, as of {@code asOf}.
 *
 * @param revenueMinor per currency, what paid bookings brought (minor units)
 * @param confirmedBookings paid bookings
 * @param heldBookings bookings waiting for payment
 * @param perMinute bookings made in each of the last minutes, oldest first (minutes without one
 *     included)
 */
public record SalesReport(
    ConcertDetails concert,
    Map<String, Long> revenueMinor,
    int confirmedBookings,
    int heldBookings,
    List<Minute> perMinute,
    OffsetDateTime asOf) {

  public SalesReport {
    revenueMinor = Map.copyOf(revenueMinor);
    perMinute = List.copyOf(perMinute);
  }

  /** Bookings made in the minute that starts at {@code start}, and how many were paid. */
  public record Minute(OffsetDateTime start, int bookings, int confirmed) {}
}
