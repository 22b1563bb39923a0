package dev.ticketing.booking.hold;

import dev.ticketing.booking.Booking;
import dev.ticketing.booking.BookingItem;
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
 * the first item's tier and quantity again and the claim floor ({@link TicketStock#floor}), for the
 * claim.
 */
final class BookingInsert {
  private BookingInsert() {}

  /**
   * Runs the statement for the booking, whose first item must be the first tier in lock order: its
   * other tiers are claimed after it, one statement each ({@link TicketStock#claim}).
   *
   * @return how many tickets of the first item's tier were claimed
   */
  static int run(EntityManager em, Booking booking, ClaimMode mode, long floor) {
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
        .setParameter(parameter++, first.getQuantity())
        .setParameter(parameter, floor)
        .executeUpdate();
  }

  /**
   * Inserts several bookings of one item each, all of the same tier, and claims their tickets, in
   * one statement: the tier's first free rows (in id order, skipping those that other bookings are
   * claiming) go to the bookings in the order given, each its quantity. The bookings' columns go as
   * arrays ({@code unnest}), so that the statement is the same whatever the batch's size (one
   * prepared statement) and binds eleven parameters, not eleven per booking. A batch costs the
   * database one statement and one commit where one at a time cost one each.
   *
   * @param bookings new bookings of the concert, each with exactly one item, all of the tier {@code
   *     tierId}, in one currency
   * @return how many tickets were claimed in all: fewer than the bookings asked for together if the
   *     tier had too few free rows, and then the caller must roll back (the counts of some items
   *     are short, which the commit would refuse)
   */
  static int runBatch(EntityManager em, List<Booking> bookings, long tierId, long floor) {
    int size = bookings.size();
    String[] ids = new String[size];
    String[] userRefs = new String[size];
    Long[] owners = new Long[size];
    String[] created = new String[size];
    String[] expires = new String[size];
    Integer[] quantities = new Integer[size];
    Long[] prices = new Long[size];
    int tickets = 0;
    for (int i = 0; i < size; i++) {
      Booking booking = bookings.get(i);
      BookingItem item = booking.items().get(0);
      ids[i] = booking.getId().toString();
      userRefs[i] = booking.userRef();
      owners[i] = booking.ownerId();
      created[i] = booking.getCreatedAt().toString(); // ISO 8601, to the microsecond
      expires[i] = booking.getExpiresAt().toString();
      quantities[i] = item.getQuantity();
      prices[i] = item.unitPriceMinor();
      tickets += item.getQuantity();
    }
    return em.createNativeQuery(BATCH_SQL)
        .setParameter(1, ids)
        .setParameter(2, userRefs)
        .setParameter(3, owners)
        .setParameter(4, created)
        .setParameter(5, expires)
        .setParameter(6, quantities)
        .setParameter(7, prices)
        .setParameter(8, bookings.get(0).getConcertId())
        .setParameter(9, bookings.get(0).getCurrency())
        .setParameter(10, tierId)
        .setParameter(11, tickets)
        .setParameter(12, floor)
        .executeUpdate();
  }

  /** The statement of {@link #runBatch}. */
  static final String BATCH_SQL =
      "WITH wanted AS (SELECT * FROM unnest(CAST(CAST(?1 AS text[]) AS uuid[]), CAST(?2 AS"
          + " text[]), CAST(?3 AS bigint[]), CAST(CAST(?4 AS text[]) AS timestamptz[]),"
          + " CAST(CAST(?5 AS text[]) AS timestamptz[]), CAST(?6 AS integer[]), CAST(?7 AS"
          + " bigint[])) WITH ORDINALITY AS w (id, user_ref, owner_id, created_at, expires_at,"
          + " quantity, unit_price_minor, n)),"
          + " new_bookings AS (INSERT INTO booking (id, concert_id, user_ref, owner_id, status,"
          + " created_at, expires_at, total_minor, currency) SELECT id, CAST(?8 AS bigint),"
          + " user_ref, owner_id, 'HELD', created_at, expires_at, quantity * unit_price_minor,"
          + " CAST(?9 AS text) FROM wanted),"
          + " new_items AS (INSERT INTO booking_item (booking_id, tier_id, quantity,"
          + " unit_price_minor) SELECT id, CAST(?10 AS bigint), quantity, unit_price_minor FROM"
          + " wanted),"
          // Booking n gets the free rows numbered after the quantities of bookings 1..n-1.
          + " ranges AS (SELECT id, sum(quantity) OVER (ORDER BY n) - quantity AS after,"
          + " sum(quantity) OVER (ORDER BY n) AS upto FROM wanted),"
          + " picked AS (SELECT id, row_number() OVER (ORDER BY id) AS k FROM (SELECT id FROM"
          + " ticket WHERE tier_id = CAST(?10 AS bigint) AND booking_id IS NULL AND id >= CAST(?12"
          + " AS bigint) ORDER BY id LIMIT ?11 FOR UPDATE SKIP LOCKED) free)"
          + " UPDATE ticket SET booking_id = ranges.id FROM picked JOIN ranges ON picked.k >"
          + " ranges.after AND picked.k <= ranges.upto WHERE ticket.id = picked.id";

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
        "(SELECT id FROM new_booking)",
        "?" + (parameter + 2));
  }
}
