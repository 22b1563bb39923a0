package dev.ticketing.admin;

import jakarta.ejb.ApplicationException;

/** A change an organiser asked for that is refused; nothing was changed. */
@ApplicationException(rollback = true)
public class OrganiserRefusedException extends RuntimeException {
  public enum Reason {
    UNKNOWN_CONCERT,
    UNKNOWN_TIER,
    UNKNOWN_BOOKING,
    TIER_CODE_TAKEN,
    CAPACITY_BELOW_TAKEN,
    CURRENCY_MISMATCH,
    INVALID_SALE_WINDOW,
    INVALID_POSITION
  }

  private final Reason reason;
  private final String field;

  public OrganiserRefusedException(Reason reason, String field, String message) {
    super(message);
    this.reason = reason;
    this.field = field;
  }

  public Reason reason() {
    return reason;
  }

  /** The request's field the refusal is about, or null. */
  public String field() {
    return field;
  }
}
