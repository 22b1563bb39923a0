package dev.ticketing.catalog;

/**
 * CDI event: {@link Catalog} has new counts for a concert (read again after bookings, or found
 * changed when its copy was refreshed). Fired at most once per concert per {@code
 * ticketing.catalog.refresh-millis}, never on a booking's own thread; screens that show the concert
 * observe it to update themselves.
 */
public record AvailabilityChanged(ConcertAvailability concert) {}
