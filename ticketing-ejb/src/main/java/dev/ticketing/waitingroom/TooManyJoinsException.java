package dev.ticketing.waitingroom;

import jakarta.ejb.ApplicationException;
import java.time.Duration;

/** The client address took its share of anonymous places; it may try again after a while. */
@ApplicationException(rollback = true)
public class TooManyJoinsException extends RuntimeException {
  private final Duration retryAfter;

  public TooManyJoinsException(Duration retryAfter) {
    super("Too many places taken from this address; keep the place you have");
    this.retryAfter = retryAfter;
  }

  public Duration retryAfter() {
    return retryAfter;
  }
}
