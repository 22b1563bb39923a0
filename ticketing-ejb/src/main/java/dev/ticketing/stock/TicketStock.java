package dev.ticketing.stock;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;

/**
 * Every statement on table {@code ticket}, the stock: one row per ticket, a sold ticket pointing at
 * its booking. Keeping them in one class keeps the lock order and the index they rely on in view.
 *
 * <p>They all go through the partial index {@code ticket_unsold (tier_id, id) WHERE booking_id IS
 * NULL}: claims walk a tier's unsold rows in id order, counts read only that tier's unsold rows.
 * None scans the table, so neither gets slower as sold tickets of other concerts pile up.
 *
 * <p><b>The claim floor.</b> A sold ticket's entry stays in {@code ticket_unsold} until the table
 * is vacuumed, and a claim that walked the tier from its first ticket would step over every ticket
 * sold since: the more of a tier is sold, the slower each claim. So a claim that skips locked rows
 * starts at the tier's lowest unsold ticket id, looked up at most every {@value
 * #FLOOR_REFRESH_MILLIS} ms and dropped when tickets come back. A floor that is behind (tickets
 * returned on another instance) only makes the fast claim come up short; the claim that waits,
 * which alone may say "not enough tickets", always starts at the tier's first ticket.
 *
 * <p>A CDI bean, not an EJB: its statements run in the caller's transaction (the booking attempt's,
 * for a claim), and an EJB call would add a trip through the container's bean pool, whose lock
 * every concurrent booking then takes once more.
 */
@ApplicationScoped
public class TicketStock {

  /** How often a tier's claim floor is looked up again. */
  static final long FLOOR_REFRESH_MILLIS = 1000;

  @PersistenceContext(unitName = "ticketing")
  private EntityManager em;

  /** Per tier id: the lowest unsold ticket id as last looked up, and when. */
  private final Map<Long, Floor> floors = new ConcurrentHashMap<>();

  private record Floor(long ticketId, long readAtNanos) {}

  /**
   * Marks up to {@code quantity} unsold tickets of the tier as sold to the booking, in ascending
   * ticket id, and keeps their row locks until the caller's transaction ends. Call it inside the
   * booking's transaction.
   *
   * @return how many tickets were claimed; fewer than asked when the tier has fewer unsold rows, or
   *     (with {@link ClaimMode#SKIP_LOCKED}) when other bookings hold locks on the rest
   */
  public int claim(long tierId, int quantity, UUID bookingId, ClaimMode mode) {
    return em.createNativeQuery(claimSql(mode))
        .setParameter(1, tierId)
        .setParameter(2, quantity)
        .setParameter(3, bookingId.toString())
        .setParameter(4, floor(tierId, mode))
        .executeUpdate();
  }

  /**
   * The claim statement: {@code ?1} the tier id, {@code ?2} how many, {@code ?3} the booking id,
   * {@code ?4} the claim floor ({@link #floor}).
   */
  static String claimSql(ClaimMode mode) {
    return claimSql(mode, List.of(), "?1", "?2", "CAST(?3 AS uuid)", "?4");
  }

  /**
   * The lowest ticket id a claim of the tier in this mode starts at: the tier's lowest unsold id as
   * last looked up for a claim that skips locked rows, 0 (the tier's first ticket) for one that
   * waits. Looked up in the caller's transaction when older than {@value #FLOOR_REFRESH_MILLIS} ms.
   */
  public long floor(long tierId, ClaimMode mode) {
    if (mode != ClaimMode.SKIP_LOCKED) {
      return 0;
    }
    long now = System.nanoTime();
    Floor known = floors.get(tierId);
    if (known != null
        && now - known.readAtNanos() < TimeUnit.MILLISECONDS.toNanos(FLOOR_REFRESH_MILLIS)) {
      return known.ticketId();
    }
    Number lowest =
        (Number)
            em.createNativeQuery(
                    "SELECT coalesce(min(id), 0) FROM ticket WHERE tier_id = ?1"
                        + " AND booking_id IS NULL")
                .setParameter(1, tierId)
                .getSingleResult();
    floors.put(tierId, new Floor(lowest.longValue(), now));
    return lowest.longValue();
  }

  /** Tickets came back on sale: the next claims of their tiers start at the tier's first ticket. */
  void ticketsReturned(
      @Observes(during = TransactionPhase.AFTER_SUCCESS) TicketsReturned returned) {
    returned.quantities().keySet().forEach(floors::remove);
  }

  /**
   * The claim as the last part of a statement that does more in the same round trip: {@code
   * before}, common table expressions ({@code name AS (...)}) that run in the same statement, such
   * as the insert of the booking that the tickets go to.
   *
   * @param tier the tier id (an SQL expression, usually a parameter)
   * @param quantity how many tickets
   * @param booking the booking id, a {@code uuid}; it may name a table expression of {@code before}
   *     that is then joined in
   * @param floor the lowest ticket id to claim ({@link #floor})
   */
  public static String claimSql(
      ClaimMode mode,
      List<String> before,
      String tier,
      String quantity,
      String booking,
      String floor) {
    StringBuilder sql = new StringBuilder("WITH ");
    before.forEach(cte -> sql.append(cte).append(", "));
    return sql.append("picked AS (SELECT id FROM ticket WHERE tier_id = ")
        .append(tier)
        .append(" AND booking_id IS NULL AND id >= ")
        .append(floor)
        .append(" ORDER BY id LIMIT ")
        .append(quantity)
        .append(" FOR UPDATE")
        .append(mode.lockSuffix)
        .append(") UPDATE ticket SET booking_id = ")
        .append(booking)
        .append(" FROM picked WHERE ticket.id = picked.id")
        .toString();
  }

  /**
   * Puts every ticket of the booking back on sale, in the caller's transaction (which holds the
   * booking's row lock). The rows go back into the partial index that claims read.
   *
   * @return how many tickets were returned
   */
  public int release(UUID bookingId) {
    return em.createNativeQuery(
            "UPDATE ticket SET booking_id = NULL WHERE booking_id = CAST(?1 AS uuid)")
        .setParameter(1, bookingId.toString())
        .executeUpdate();
  }

  /**
   * Unsold tickets of the tier, as committed, plus those that the caller's transaction has not
   * claimed; rows that other bookings are claiming right now count as unsold.
   */
  public int unsold(long tierId) {
    Number count =
        (Number)
            em.createNativeQuery(
                    "SELECT count(*) FROM ticket WHERE tier_id = ?1 AND booking_id IS NULL")
                .setParameter(1, tierId)
                .getSingleResult();
    return count.intValue();
  }

  /**
   * Unsold tickets of every tier of the concert, by tier id. One statement, counted per tier from
   * the partial index.
   */
  public Map<Long, Integer> unsoldByTier(long concertId) {
    @SuppressWarnings("unchecked")
    List<Object[]> rows =
        em.createNativeQuery(UNSOLD_BY_TIER).setParameter(1, concertId).getResultList();
    Map<Long, Integer> unsold = new HashMap<>();
    for (Object[] row : rows) {
      unsold.put(((Number) row[0]).longValue(), ((Number) row[1]).intValue());
    }
    return unsold;
  }

  /**
   * The same count as {@link #unsoldByTier(long)}, on a connection of the caller's (a replica's:
   * {@code dev.ticketing.catalog.ReplicaCounts}): read only, outside any transaction of the
   * container.
   */
  public static Map<Long, Integer> unsoldByTier(Connection connection, long concertId)
      throws SQLException {
    Map<Long, Integer> unsold = new HashMap<>();
    try (PreparedStatement count = connection.prepareStatement(UNSOLD_BY_TIER.replace("?1", "?"))) {
      count.setLong(1, concertId);
      try (ResultSet rows = count.executeQuery()) {
        while (rows.next()) {
          unsold.put(rows.getLong(1), rows.getInt(2));
        }
      }
    }
    return unsold;
  }

  private static final String UNSOLD_BY_TIER =
      "SELECT t.id, (SELECT count(*) FROM ticket k"
          + " WHERE k.tier_id = t.id AND k.booking_id IS NULL)"
          + " FROM ticket_tier t WHERE t.concert_id = ?1";
}
