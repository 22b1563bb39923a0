package dev.ticketing.booking.hold;

import dev.ticketing.booking.Booking;
import dev.ticketing.booking.BookingItem;
import dev.ticketing.booking.refusal.PurchaseLimitException;
import jakarta.persistence.EntityManager;

/**
 * A concert's limit of tickets per account, checked in the booking transaction before any ticket is
 * claimed. The account's row is locked first ({@code FOR NO KEY UPDATE}): the limited bookings of
 * one account follow one another, each counting what the ones before it committed, so parallel
 * requests (tabs, scripts) cannot pass the limit together. {@code NO KEY} because the lock must not
 * block the foreign-key checks ({@code FOR KEY SHARE}) of the account's other bookings. Unlimited
 * concerts and anonymous bookings never come here.
 */
final class PurchaseLimitCheck {
  /** Locks the account's row until the transaction ends. */
  static final String LOCK_ACCOUNT = "SELECT id FROM account WHERE id = ?1 FOR NO KEY UPDATE";

  /**
   * The account's tickets of the concert: confirmed, or held and not run out (a hold that ran out
   * can no longer be paid; the sweep returns its tickets within seconds).
   */
  static final String TICKETS_TAKEN =
      "SELECT coalesce(sum(i.quantity), 0) FROM booking b JOIN booking_item i ON i.booking_id ="
          + " b.id WHERE b.owner_id = ?1 AND b.concert_id = ?2 AND (b.status = 'CONFIRMED' OR"
          + " (b.status = 'HELD' AND b.expires_at > ?3))";

  private PurchaseLimitCheck() {}

  /**
   * Refuses the booking, not yet inserted, if its owner would then hold more than {@code limit}
   * tickets of its concert; otherwise leaves the owner's row locked for the rest of the
   * transaction.
   *
   * @throws PurchaseLimitException if the booking would pass the limit
   */
  static void enforce(EntityManager em, int limit, Booking booking) {
    long owner = booking.ownerId();
    em.createNativeQuery(LOCK_ACCOUNT).setParameter(1, owner).getResultList();
    int taken =
        ((Number)
                em.createNativeQuery(TICKETS_TAKEN)
                    .setParameter(1, owner)
                    .setParameter(2, booking.getConcertId())
                    .setParameter(3, Booking.now())
                    .getSingleResult())
            .intValue();
    int requested = booking.items().stream().mapToInt(BookingItem::getQuantity).sum();
    if (taken + requested > limit) {
      throw new PurchaseLimitException(limit, taken, requested);
    }
  }
}
