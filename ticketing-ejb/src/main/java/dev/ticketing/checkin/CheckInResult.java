package dev.ticketing.checkin;

/** What the door is told about a scanned code. */
public enum CheckInResult {
  /** Valid and not let in before: let in now (this scan is the ticket's first admission). */
  ADMITTED,
  /** Valid, but let in before: the answer names when and at which gate. */
  ALREADY_ADMITTED,
  /** Signed by the concert, but its booking was cancelled or refunded. */
  REVOKED,
  /** A valid ticket of another concert. */
  WRONG_CONCERT,
  /** Not a code this system signed (typed wrong, made up, altered, cut short). */
  NOT_A_TICKET
}
