package dev.ticketing.booking.hold;

import dev.ticketing.booking.Booking;
import dev.ticketing.booking.BookingItem;
import dev.ticketing.booking.BookingReader;
import dev.ticketing.booking.BookingSummary;
import dev.ticketing.stock.ClaimMode;
import jakarta.annotation.Resource;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * The booking transaction's statements, run for practice on a concert of their own in a transaction
 * that is always rolled back: the warm-up before readiness runs them so that the JIT compilers, the
 * connection pool and PostgreSQL's prepared statements are ready for the rush. The scratch concert,
 * its tier, tickets and bookings are never committed: no other transaction sees them, no notice or
 * event leaves, and the counts and metrics stay as they were.
 */
@Stateless
public class Rehearsal {
  private static final String USER_REF = "rehearsal";

  @PersistenceContext(unitName = "ticketing")
  private EntityManager em;

  @Resource private SessionContext context;

  @Inject private BookingReader reader;

  /**
   * Holds {@code alone} bookings one at a time and {@code batches} batches of {@code batchSize},
   * one ticket each, as {@link BookingAttempt} does, reads them back as the API does, and rolls
   * everything back.
   *
   * @return how many bookings were rehearsed
   */
  public int rehearse(int alone, int batches, int batchSize) {
    try {
      return rehearseAndRead(alone, batches, batchSize);
    } finally {
      context.setRollbackOnly(); // whatever happened, nothing of it commits
    }
  }

  private int rehearseAndRead(int alone, int batches, int batchSize) {
    long concert = insertReturningId(CONCERT_SQL);
    long tier =
        ((Number)
                em.createNativeQuery(TIER_SQL)
                    .setParameter(1, concert)
                    .setParameter(2, alone + batches * batchSize)
                    .getSingleResult())
            .longValue();
    List<UUID> held = new ArrayList<>();
    for (int i = 0; i < alone; i++) {
      Booking booking = booking(concert, tier);
      BookingInsert.run(em, booking, ClaimMode.SKIP_LOCKED, 0);
      held.add(booking.getId());
    }
    for (int b = 0; b < batches; b++) {
      List<Booking> batch = new ArrayList<>();
      for (int i = 0; i < batchSize; i++) {
        batch.add(booking(concert, tier));
      }
      BookingInsert.runBatch(em, batch, tier, 0);
      batch.forEach(booking -> held.add(booking.getId()));
    }
    List<BookingSummary> read = reader.findAll(held);
    return read.size();
  }

  private long insertReturningId(String sql) {
    return ((Number) em.createNativeQuery(sql).getSingleResult()).longValue();
  }

  private static Booking booking(long concert, long tier) {
    Booking booking = new Booking(Booking.newId(), concert, USER_REF, "USD", Duration.ofMinutes(1));
    booking.add(new BookingItem(booking, tier, 1, 100));
    return booking;
  }

  private static final String CONCERT_SQL =
      "INSERT INTO concert (name, venue, starts_at, published) VALUES ('Rehearsal', 'Rehearsal',"
          + " now() + interval '1 day', false) RETURNING id";

  private static final String TIER_SQL =
      "INSERT INTO ticket_tier (concert_id, code, display_name, price_minor, currency, capacity,"
          + " sort_order) VALUES (?1, 'REHEARSAL', 'Rehearsal', 100, 'USD', ?2, 1) RETURNING id";
}
