package dev.ticketing.admin;

import dev.ticketing.database.DatabaseFault;
import jakarta.ejb.ApplicationException;
import java.util.Optional;

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
    INVALID_POSITION,
    INVALID_PURCHASE_LIMIT
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

  /** The database's refusal of an organiser's change, in words, if it is one the schema makes. */
  static Optional<OrganiserRefusedException> explaining(RuntimeException refused) {
    String state = DatabaseFault.sqlState(refused);
    if ("23514".equals(state) && String.valueOf(rootMessage(refused)).contains("cannot drop")) {
      return Optional.of(
          new OrganiserRefusedException(
              Reason.CAPACITY_BELOW_TAKEN,
              "capacity",
              "The capacity cannot go below the tickets sold or held"));
    }
    if ("23505".equals(state)) {
      return Optional.of(
          new OrganiserRefusedException(Reason.TIER_CODE_TAKEN, "code", "The tier code is taken"));
    }
    return Optional.empty();
  }

  private static String rootMessage(Throwable e) {
    String message = e.getMessage();
    for (Throwable cause = e; cause != null; cause = cause.getCause()) {
      if (cause.getMessage() != null) {
        message = cause.getMessage();
      }
    }
    return message;
  }
}
