package dev.ticketing.booking;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

/**
 * A booking as the API and the screens show it: read-only, complete (no lazy loading), built inside
 * the EJB module from the committed rows.
 *
 * @param id the booking's reference (a random UUID, so that one cannot be guessed from another)
 * @param userRef who booked, as the client named them, or null
 * @param expiresAt when the hold runs out (or ran out) unless paid
 * @param totalMinor the sum of the items in minor units of {@code currency}
 * @param owner the email of the account that made it, or null if it was made without one (then its
 *     id is its only key)
 */
public record BookingSummary(
    UUID id,
    long concertId,
    String concertName,
    String userRef,
    BookingStatus status,
    OffsetDateTime createdAt,
    OffsetDateTime expiresAt,
    List<Item> items,
    long totalMinor,
    String currency,
    String owner) {

  public BookingSummary {
    items = List.copyOf(items);
  }

  /** The same booking, paid. */
  public BookingSummary confirmed() {
    return new BookingSummary(
        id,
        concertId,
        concertName,
        userRef,
        BookingStatus.CONFIRMED,
        createdAt,
        expiresAt,
        items,
        totalMinor,
        currency,
        owner);
  }

  /**
   * Whether the caller may see and act on it: its owner, or anyone who has its id if it has no
   * owner.
   *
   * @param caller the logged-in caller's email, or null
   */
  public boolean visibleTo(String caller) {
    return owner == null || owner.equals(caller);
  }

  /**
   * One tier of a booking.
   *
   * @param tier the tier's code ({@code GA})
   * @param tierName the tier's name as people say it ({@code General Admission})
   * @param unitPriceMinor the price of one ticket when it was booked
   */
  public record Item(String tier, String tierName, int quantity, long unitPriceMinor) {
    /** Unit price times quantity, in minor units. */
    public long lineTotalMinor() {
      return unitPriceMinor * quantity;
    }
  }
}
