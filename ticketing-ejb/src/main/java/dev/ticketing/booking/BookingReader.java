package dev.ticketing.booking;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.sql.Timestamp;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * Reads bookings back, as committed, without locks. An EJB so that its persistence context is this
 * module's wherever the caller lives: in an EAR, the web module cannot see this module's
 * persistence unit, and a CDI bean's {@code @PersistenceContext} is looked up in the caller's
 * module.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.SUPPORTS)
public class BookingReader {

  @PersistenceContext(unitName = "ticketing")
  private EntityManager em;

  /**
   * The bookings with these ids that exist, in the order of {@code ids}, read in one statement
   * however many there are.
   */
  public List<BookingSummary> findAll(Collection<UUID> ids) {
    if (ids.isEmpty()) {
      return List.of();
    }
    if (ids.size() == 1) {
      // One booking, the common read: its own statement, whose plan PostgreSQL keeps (generic,
      // after a few runs) as index lookups for one row, where the plan for a list of ids of
      // unknown length joins by hashing whole tables.
      return read("b.id = CAST(?1 AS uuid)", ids.iterator().next().toString());
    }
    String array = ids.stream().map(UUID::toString).collect(Collectors.joining(",", "{", "}"));
    Map<UUID, BookingSummary> found = new HashMap<>();
    for (BookingSummary booking : read("b.id = ANY (CAST(?1 AS uuid[]))", array)) {
      found.put(booking.id(), booking);
    }
    return ids.stream().distinct().filter(found::containsKey).map(found::get).toList();
  }

  /** The latest {@code limit} bookings of the account with this email, newest first. */
  public List<BookingSummary> ownedBy(String email, int limit) {
    return read(
        "b.id IN (SELECT o.id FROM booking o WHERE o.owner_id ="
            + " (SELECT id FROM account WHERE email = ?1) ORDER BY o.created_at DESC LIMIT ?2)",
        email,
        limit);
  }

  /**
   * The latest {@code limit} bookings of a concert, newest first; with a {@code query}, those whose
   * reference starts with it or whose owner's email contains it (case ignored).
   */
  public List<BookingSummary> ofConcert(long concertId, String query, int limit) {
    String pattern =
        query == null ? "" : query.strip().toLowerCase(Locale.ROOT).replaceAll("[%_\\\\]", "");
    return read(
        "b.id IN (SELECT o.id FROM booking o LEFT JOIN account oa ON oa.id = o.owner_id"
            + " WHERE o.concert_id = ?1 AND o.status <> 'KEPT' AND (?2 = ''"
            + " OR CAST(o.id AS text) LIKE ?2 || '%' OR oa.email LIKE '%' || ?2 || '%')"
            + " ORDER BY o.created_at DESC LIMIT ?3)",
        concertId, pattern, limit);
  }

  /** The bookings that match {@code condition}, newest first, each with all its items. */
  private List<BookingSummary> read(String condition, Object... parameters) {
    var query =
        em.createNativeQuery(
            "SELECT CAST(b.id AS text), b.concert_id, c.name, b.user_ref, b.status,"
                + " b.created_at, b.total_minor, b.currency, b.expires_at,"
                + " t.code, t.display_name, i.quantity, i.unit_price_minor, a.email"
                + " FROM booking b JOIN concert c ON c.id = b.concert_id"
                + " LEFT JOIN account a ON a.id = b.owner_id"
                + " JOIN booking_item i ON i.booking_id = b.id"
                + " JOIN ticket_tier t ON t.id = i.tier_id"
                + " WHERE b.status <> 'KEPT' AND "
                + condition
                + " ORDER BY b.created_at DESC, b.id, i.id");
    for (int i = 0; i < parameters.length; i++) {
      query.setParameter(i + 1, parameters[i]);
    }
    @SuppressWarnings("unchecked")
    List<Object[]> rows = query.getResultList();
    Map<UUID, List<Object[]>> byBooking =
        rows.stream()
            .collect(
                Collectors.groupingBy(
                    row -> UUID.fromString((String) row[0]),
                    LinkedHashMap::new,
                    Collectors.toList()));
    return byBooking.entrySet().stream().map(e -> summary(e.getKey(), e.getValue())).toList();
  }

  /** One booking from its rows of {@link #findAll}'s statement, one row per item. */
  private static BookingSummary summary(UUID id, List<Object[]> rows) {
    Object[] first = rows.get(0);
    return new BookingSummary(
        id,
        ((Number) first[1]).longValue(),
        (String) first[2],
        (String) first[3],
        BookingStatus.valueOf((String) first[4]),
        utc(first[5]),
        first[8] == null ? null : utc(first[8]),
        rows.stream()
            .map(
                row ->
                    new BookingSummary.Item(
                        (String) row[9],
                        (String) row[10],
                        ((Number) row[11]).intValue(),
                        ((Number) row[12]).longValue()))
            .toList(),
        ((Number) first[6]).longValue(),
        ((String) first[7]).trim(),
        (String) first[13]);
  }

  private static OffsetDateTime utc(Object timestamp) {
    if (timestamp instanceof OffsetDateTime time) {
      return time.withOffsetSameInstant(ZoneOffset.UTC);
    }
    return ((Timestamp) timestamp).toInstant().atOffset(ZoneOffset.UTC);
  }
}
