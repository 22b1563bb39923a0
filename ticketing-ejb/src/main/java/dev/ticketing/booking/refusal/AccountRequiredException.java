package dev.ticketing.booking.refusal;

import dev.ticketing.catalog.ConcertAvailability;
import java.util.Map;

/** The concert is sold to logged-in accounts only, and the booking came without one. */
public class AccountRequiredException extends BookingRejectedException {

  private AccountRequiredException(String concertName) {
    super("Log in to book " + concertName + ": it is sold to accounts only");
  }

  /**
   * Refuses an anonymous booking of a published concert that needs an account (an unpublished one
   * is unknown to the public, and is refused as such later).
   *
   * @param owner the logged-in caller's email, or null
   */
  public static void check(ConcertAvailability concert, String owner) {
    if (owner == null && concert.limits().accountRequired() && concert.sale().published()) {
      throw new AccountRequiredException(concert.name());
    }
  }

  @Override
  public Reason reason() {
    return Reason.ACCOUNT_REQUIRED;
  }

  @Override
  public Map<String, Object> facts() {
    return Map.of();
  }
}
