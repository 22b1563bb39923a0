package dev.ticketing.booking;

import dev.ticketing.catalog.Catalog;
import dev.ticketing.stock.ClaimMode;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.sql.Timestamp;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Books tickets and reads bookings back. The booking transaction itself is {@link BookingAttempt},
 * an EJB with a transaction of its own; this bean only validates, retries and reads, so it needs no
 * transaction and is a plain CDI bean (an EJB call costs a trip through the container's bean pool,
 * whose lock every concurrent booking takes).
 */
@ApplicationScoped
public class BookingService {

  @PersistenceContext(unitName = "ticketing")
  private EntityManager em;

  @Inject private BookingAttempt attempt;

  @Inject private Catalog catalog;

  @Inject
  @ConfigProperty(name = "ticketing.booking.max-per-tier")
  private int maxPerTier;

  /**
   * Books every line of the order, atomically: all tiers or none. Guarantees: never more tickets
   * sold than exist; a refusal for lack of tickets is only given after every concurrent claim on
   * the tier has finished; a refused or failed booking changes nothing.
   *
   * @return the confirmed booking, committed
   * @throws NotEnoughTicketsException if a tier has fewer tickets left than requested
   * @throws UnknownTierException if the concert has no tier of a requested name
   * @throws InvalidQuantityException if a quantity is below 1 or above the per-order limit
   * @throws InvalidBookingException if there are no lines or a tier is listed twice
   * @throws dev.ticketing.catalog.UnknownConcertException if the concert does not exist
   */
  public BookingSummary book(BookingOrder order) {
    order.validate(maxPerTier);
    try {
      try {
        return attempt.claim(order, ClaimMode.SKIP_LOCKED);
      } catch (BookingAttempt.StockContendedException contended) {
        return attempt.claim(order, ClaimMode.WAIT);
      }
    } catch (NotEnoughTicketsException refused) {
      // The visitor saw more than there is: the counts others see may be as wrong.
      catalog.markStale(order.concertId());
      throw refused;
    }
  }

  /** The booking with this id, as committed. */
  public Optional<BookingSummary> find(UUID id) {
    return findAll(List.of(id)).stream().findFirst();
  }

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
                    + " b.created_at, b.total_minor, b.currency,"
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

  /** The per-order limit for one tier. */
  public int maxPerTier() {
    return maxPerTier;
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
        rows.stream()
            .map(
                row ->
                    new BookingSummary.Item(
                        (String) row[8],
                        (String) row[9],
                        ((Number) row[10]).intValue(),
                        ((Number) row[11]).longValue()))
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
