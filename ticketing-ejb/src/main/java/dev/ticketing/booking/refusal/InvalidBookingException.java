package dev.ticketing.booking.refusal;

import java.util.Map;

/** A booking request that is malformed as a whole: no items, or a tier listed twice. */
public class InvalidBookingException extends BookingRejectedException {
  private final String field;

  public InvalidBookingException(String field, String message) {
    super(message);
    this.field = field;
  }

  @Override
  public Reason reason() {
    return Reason.INVALID_ORDER;
  }

  @Override
  public String field() {
    return field;
  }

  @Override
  public Map<String, Object> facts() {
    return Map.of();
  }
}
