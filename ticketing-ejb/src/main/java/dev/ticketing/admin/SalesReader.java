package dev.ticketing.admin;

import dev.ticketing.account.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * What concerts sold, read for organisers: the SQL of the sales reports, each row turned into a
 * record here and nowhere else.
 */
@Stateless
@RolesAllowed(Roles.ORGANISER)
public class SalesReader {
  /** Minutes of bookings the sales report shows. */
  static final int REPORT_MINUTES = 15;

  @PersistenceContext(unitName = "ticketing")
  private EntityManager em;

  /**
   * What one tier's bookings hold: tickets paid, tickets held, tickets kept for its waiting list
   * (freed, to be offered to the next in line), and what the paid ones brought.
   */
  public record TierTotals(int sold, int held, int kept, long revenueMinor) {
    static final TierTotals NONE = new TierTotals(0, 0, 0, 0);
  }

  /** Per tier id of the concert, the tickets of its bookings (tiers without any left out). */
  public Map<Long, TierTotals> tierTotals(long concertId) {
    Map<Long, TierTotals> totals = new HashMap<>();
    for (Object[] row :
        rows(
            "SELECT i.tier_id,"
                + " coalesce(sum(i.quantity) FILTER (WHERE b.status = 'CONFIRMED'), 0),"
                + " coalesce(sum(i.quantity) FILTER (WHERE b.status = 'HELD'), 0),"
                + " coalesce(sum(i.quantity) FILTER (WHERE b.status = 'KEPT'), 0),"
                + " coalesce(sum(i.quantity * i.unit_price_minor)"
                + " FILTER (WHERE b.status = 'CONFIRMED'), 0)"
                + " FROM booking_item i JOIN booking b ON b.id = i.booking_id"
                + " WHERE i.tier_id IN (SELECT id FROM ticket_tier WHERE concert_id = ?1)"
                + " GROUP BY i.tier_id",
            concertId)) {
      totals.put(
          number(row[0]).longValue(),
          new TierTotals(
              number(row[1]).intValue(),
              number(row[2]).intValue(),
              number(row[3]).intValue(),
              number(row[4]).longValue()));
    }
    return totals;
  }

  /** The concert's sales report: revenue per currency, bookings paid and held, and per minute. */
  public SalesReport report(ConcertDetails concert) {
    Map<String, Long> revenue = new TreeMap<>();
    for (TierSales tier : concert.tiers()) {
      revenue.merge(tier.currency(), tier.revenueMinor(), Long::sum);
    }
    Object[] counts =
        rows(
                "SELECT count(*) FILTER (WHERE status = 'CONFIRMED'),"
                    + " count(*) FILTER (WHERE status = 'HELD')"
                    + " FROM booking WHERE concert_id = ?1",
                concert.id())
            .get(0);
    OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
    return new SalesReport(
        concert,
        revenue,
        number(counts[0]).intValue(),
        number(counts[1]).intValue(),
        perMinute(concert.id(), now),
        now);
  }

  /** Bookings made in each of the last {@link #REPORT_MINUTES} minutes, oldest first. */
  private List<SalesReport.Minute> perMinute(long concertId, OffsetDateTime now) {
    OffsetDateTime from = now.truncatedTo(ChronoUnit.MINUTES).minusMinutes(REPORT_MINUTES - 1);
    Map<OffsetDateTime, SalesReport.Minute> counted = new HashMap<>();
    for (Object[] row :
        rows(
            "SELECT date_trunc('minute', created_at), count(*),"
                + " count(*) FILTER (WHERE status = 'CONFIRMED')"
                + " FROM booking WHERE concert_id = ?1 AND created_at >= ?2 AND status <> 'KEPT'"
                + " GROUP BY 1",
            concertId,
            from)) {
      OffsetDateTime minute = AuditLog.utc(row[0]);
      counted.put(
          minute,
          new SalesReport.Minute(minute, number(row[1]).intValue(), number(row[2]).intValue()));
    }
    List<SalesReport.Minute> minutes = new ArrayList<>();
    for (int i = 0; i < REPORT_MINUTES; i++) {
      OffsetDateTime minute = from.plusMinutes(i);
      minutes.add(counted.getOrDefault(minute, new SalesReport.Minute(minute, 0, 0)));
    }
    return minutes;
  }

  @SuppressWarnings("unchecked")
  private List<Object[]> rows(String sql, Object... parameters) {
    var query = em.createNativeQuery(sql);
    for (int i = 0; i < parameters.length; i++) {
      query.setParameter(i + 1, parameters[i]);
    }
    return query.getResultList();
  }

  private static Number number(Object column) {
    return (Number) column;
  }
}
