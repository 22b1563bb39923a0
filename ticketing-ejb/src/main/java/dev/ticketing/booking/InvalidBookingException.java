package dev.ticketing.booking;

/** A booking request that is malformed as a whole: no items, or a tier listed twice. */
public class InvalidBookingException extends BookingRejectedException {
  private final String field;

  public InvalidBookingException(String field, String message) {
    super(message);
    this.field = field;
  }

  /** The request field at fault, as the API names it. */
  public String field() {
    return field;
  }
}
