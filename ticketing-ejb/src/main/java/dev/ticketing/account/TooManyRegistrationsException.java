package dev.ticketing.account;

import jakarta.ejb.ApplicationException;
import java.time.Duration;

/** Too many accounts were created lately from the caller's address; nothing was changed. */
@ApplicationException(rollback = true)
public class TooManyRegistrationsException extends RuntimeException {
  private final Duration retryAfter;

  public TooManyRegistrationsException(Duration retryAfter) {
    super("Too many accounts were created from this address lately");
    this.retryAfter = retryAfter;
  }

  /** How long until a registration from the address is accepted again. */
  public Duration retryAfter() {
    return retryAfter;
  }
}
