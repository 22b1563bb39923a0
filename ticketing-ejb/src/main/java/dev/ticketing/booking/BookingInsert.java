package dev.ticketing.booking;

import dev.ticketing.stock.ClaimMode;
import dev.ticketing.stock.TicketStock;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import java.util.ArrayList;
import java.util.List;

/**
 * A new booking in one statement: its row, its items and the claim of its first tier's tickets.
 * Where persisting the entities took four round trips (the booking, the item, reading the item's
 * identity back, the claim), each with its share of the driver's, the pool's and EclipseLink's
 * work, this is one. The claim is {@link TicketStock}'s own, with the booking inserted before it in
 * the same statement: the ticket rows' foreign key to the item is checked at the end of the
 * statement, when the item is there, and the item's count of tickets at commit, as before.
 *
 * <p>Parameters: {@code ?1} the booking id, {@code ?2} the concert, {@code ?3} the user reference,
 * {@code ?4} the owner's account, {@code ?5} created, {@code ?6} expires, {@code ?7} the total,
 * {@code ?8} the currency; then, for each item, the tier, the quantity and the unit price; last,
 * the first item's tier and quantity again, for the claim.
 */
final class BookingInsert {
  private BookingInsert() {}

  /**
   * Runs the statement for the booking, whose first item must be the first tier in lock order: its
   * other tiers are claimed after it, one statement each ({@link TicketStock#claim}).
   *
   * @return how many tickets of the first item's tier were claimed
   */
  static int run(EntityManager em, Booking booking, ClaimMode mode) {
    List<BookingItem> items = booking.items();
    Query insert =
        em.createNativeQuery(sql(items.size(), mode))
            .setParameter(1, booking.getId().toString())
            .setParameter(2, booking.getConcertId())
            .setParameter(3, booking.userRef())
            .setParameter(4, booking.ownerId())
            .setParameter(5, booking.getCreatedAt())
            .setParameter(6, booking.getExpiresAt())
            .setParameter(7, booking.getTotalMinor())
            .setParameter(8, booking.getCurrency());
    int parameter = 9;
    for (BookingItem item : items) {
      insert
          .setParameter(parameter++, item.getTierId())
          .setParameter(parameter++, item.getQuantity())
          .setParameter(parameter++, item.unitPriceMinor());
    }
    BookingItem first = items.get(0);
    return insert
        .setParameter(parameter++, first.getTierId())
        .setParameter(parameter, first.getQuantity())
        .executeUpdate();
  }

  /**
   * The statement for a booking of {@code items} tiers (the benchmark's pgbench script runs it).
   */
  static String sql(int items, ClaimMode mode) {
    List<String> values = new ArrayList<>();
    int parameter = 9;
    for (int i = 0; i < items; i++) {
      values.add(
          "((SELECT id FROM new_booking), ?"
              + parameter++
              + ", ?"
              + parameter++
              + ", ?"
              + parameter++
              + ")");
    }
    String booking =
        "new_booking AS (INSERT INTO booking (id, concert_id, user_ref, owner_id, status,"
            + " created_at, expires_at, total_minor, currency)"
            + " VALUES (CAST(?1 AS uuid), ?2, CAST(?3 AS text), CAST(?4 AS bigint), 'HELD', ?5, ?6, ?7,"
            + " ?8) RETURNING id)";
    String item =
        "new_items AS (INSERT INTO booking_item (booking_id, tier_id, quantity, unit_price_minor)"
            + " VALUES "
            + String.join(", ", values)
            + ")";
    return TicketStock.claimSql(
        mode,
        List.of(booking, item),
        "?" + parameter,
        "?" + (parameter + 1),
        "(SELECT id FROM new_booking)");
  }
}
