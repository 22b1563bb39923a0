package dev.ticketing.waitlist;

import jakarta.ejb.ApplicationException;

/**
 * A waiting-list request refused: answered as RFC 9457 problem {@code urn:ticketing:problem:<type>}
 * with the status given. Rolls the transaction back.
 */
@ApplicationException(rollback = true)
public class WaitlistException extends RuntimeException {
  private final int status;
  private final String type;
  private final String title;

  public WaitlistException(int status, String type, String title, String detail) {
    super(detail);
    this.status = status;
    this.type = type;
    this.title = title;
  }

  static WaitlistException notOpen(String tier, String why) {
    return new WaitlistException(
        409, "waitlist-not-open", "The waiting list is not open", "Tier " + tier + ": " + why);
  }

  static WaitlistException closed(String tier) {
    return new WaitlistException(
        409,
        "waitlist-closed",
        "The waiting list is closed",
        "The organisers closed the waiting list of tier " + tier);
  }

  static WaitlistException unknownTier(long concertId, String tier) {
    return new WaitlistException(
        404,
        "unknown-tier",
        "Unknown ticket tier",
        "Concert " + concertId + " has no tier " + tier);
  }

  public int status() {
    return status;
  }

  public String type() {
    return type;
  }

  public String title() {
    return title;
  }
}
