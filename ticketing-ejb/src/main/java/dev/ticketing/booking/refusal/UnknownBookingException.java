package dev.ticketing.booking.refusal;

import java.util.Map;
import java.util.UUID;

/** No booking has the given id. */
public class UnknownBookingException extends BookingRejectedException {
  private final String id;

  public UnknownBookingException(UUID id) {
    this(id.toString());
  }

  /** For a reference that cannot be a booking's, such as one that is not a UUID. */
  public UnknownBookingException(String id) {
    super("There is no booking " + id);
    this.id = id;
  }

  @Override
  public Reason reason() {
    return Reason.UNKNOWN_BOOKING;
  }

  @Override
  public Map<String, Object> facts() {
    return Map.of("bookingId", id);
  }
}
