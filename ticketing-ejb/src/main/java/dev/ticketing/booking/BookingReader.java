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
import java.util.LinkedHashMap;
import java.util.List;
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
    String array = ids.stream().map(UUID::toString).collect(Collectors.joining(",", "{", "}"));
    @SuppressWarnings("unchecked")
    List<Object[]> rows =
        em.createNativeQuery(
                "SELECT CAST(b.id AS text), b.concert_id, c.name, b.user_ref, b.status,"
                    + " b.created_at, b.total_minor, b.currency, b.expires_at,"
                    + " t.code, t.display_name, i.quantity, i.unit_price_minor"
                    + " FROM booking b JOIN concert c ON c.id = b.concert_id"
                    + " JOIN booking_item i ON i.booking_id = b.id"
                    + " JOIN ticket_tier t ON t.id = i.tier_id"
                    + " WHERE b.id = ANY (CAST(?1 AS uuid[])) ORDER BY b.id, i.id")
            .setParameter(1, array)
            .getResultList();
    Map<UUID, List<Object[]>> byBooking =
        rows.stream()
            .collect(
                Collectors.groupingBy(
                    row -> UUID.fromString((String) row[0]),
                    LinkedHashMap::new,
                    Collectors.toList()));
    return ids.stream()
        .distinct()
        .filter(byBooking::containsKey)
        .map(id -> summary(id, byBooking.get(id)))
        .toList();
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
        ((String) first[7]).trim());
  }

  private static OffsetDateTime utc(Object timestamp) {
    if (timestamp instanceof OffsetDateTime time) {
      return time.withOffsetSameInstant(ZoneOffset.UTC);
    }
    return ((Timestamp) timestamp).toInstant().atOffset(ZoneOffset.UTC);
  }
}
