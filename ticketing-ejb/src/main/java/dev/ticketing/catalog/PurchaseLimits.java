package dev.ticketing.catalog;

/**
 * What one buyer may book of a concert, as its organisers set it. Both are off unless set.
 *
 * @param maxTicketsPerAccount at most this many tickets of the concert per account, held and
 *     confirmed together, across bookings and tiers; null: no limit. Anonymous bookings have no
 *     account to count against: a concert that must not be bought anonymously also sets {@code
 *     accountRequired}
 * @param accountRequired whether only a logged-in account may book it
 */
public record PurchaseLimits(Integer maxTicketsPerAccount, boolean accountRequired) {
  /** The highest limit per account an organiser may set (the database checks it too). */
  public static final int HIGHEST_LIMIT = 1000;

  /** No limit: anyone books, as much as the per-order limit allows. */
  public static final PurchaseLimits NONE = new PurchaseLimits(null, false);

  /** Whether the tickets that the owner holds must be counted before a booking of theirs. */
  public boolean countsTicketsOf(String owner) {
    return maxTicketsPerAccount != null && owner != null;
  }
}
