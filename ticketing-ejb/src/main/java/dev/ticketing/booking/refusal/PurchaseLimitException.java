package dev.ticketing.booking.refusal;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The booking would take the account past the concert's limit of tickets per account, counting what
 * it holds and has bought already.
 */
public class PurchaseLimitException extends BookingRejectedException {
  private final int limit;
  private final int remaining;

  /**
   * @param limit the concert's most tickets per account
   * @param taken the tickets the account holds or bought of the concert already
   * @param requested the tickets of the refused booking
   */
  public PurchaseLimitException(int limit, int taken, int requested) {
    super(
        "At most "
            + limit
            + " tickets of this concert per account; "
            + (taken >= limit
                ? "yours are all held or bought"
                : "you may book " + (limit - taken) + " more, not " + requested));
    this.limit = limit;
    this.remaining = Math.max(0, limit - taken);
  }

  @Override
  public Reason reason() {
    return Reason.PURCHASE_LIMIT;
  }

  @Override
  public Map<String, Object> facts() {
    Map<String, Object> facts = new LinkedHashMap<>();
    facts.put("limit", limit);
    facts.put("remaining", remaining);
    return facts;
  }

  public int limit() {
    return limit;
  }

  /** How many more tickets the account may book of the concert. */
  public int remaining() {
    return remaining;
  }
}
