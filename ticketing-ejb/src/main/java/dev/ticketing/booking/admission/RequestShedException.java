package dev.ticketing.booking.admission;

/**
 * A booking request turned away at the door: its turn would not have come in time, because the
 * booking path is full. Nothing was done; the client may try again after {@link
 * #retryAfterSeconds()}. Overload, not a fault: the database is fine.
 */
public class RequestShedException extends RuntimeException {
  private final int retryAfterSeconds;

  public RequestShedException(int retryAfterSeconds) {
    super("shed: the booking path is full", null, false, false);
    this.retryAfterSeconds = retryAfterSeconds;
  }

  /** How long the client should wait before it tries again, in whole seconds (at least 1). */
  public int retryAfterSeconds() {
    return retryAfterSeconds;
  }
}
