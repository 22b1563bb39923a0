package dev.ticketing.booking;

import dev.ticketing.booking.idempotency.IdempotencyKeys;
import dev.ticketing.booking.idempotency.IdempotentRequest;
import dev.ticketing.booking.refusal.BookingStateException;
import dev.ticketing.booking.refusal.UnknownBookingException;
import dev.ticketing.payment.Authorisation;
import dev.ticketing.stock.TicketStock;
import dev.ticketing.stock.TicketsReturned;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * Every change of an existing booking's state, each in a transaction of its own: pay, cancel,
 * expire. Each first takes the booking's row lock ({@code SELECT ... FOR UPDATE}) and re-checks the
 * state under it, so racing transitions of one booking (a payment and the expiry sweep, two
 * payments, a payment and a cancellation) queue on that one row and exactly one of them wins; the
 * others see its outcome. Nothing slow happens under the lock: the payment provider is called
 * before (to authorise) and after (to capture or release), never inside.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
public class BookingTransitions {

  @PersistenceContext(unitName = "ticketing")
  private EntityManager em;

  @Inject private TicketStock stock;

  @Inject private IdempotencyKeys keys;

  @Inject private Event<TicketsReturned> ticketsReturned;

  /** A cancellation that needs its payment refunded, once committed. */
  public record Refund(String authorisationId, long amountMinor, String currency) {
    /** From columns authorisation_id, amount_minor, currency of a row, from {@code at} on. */
    static Refund of(Object[] row, int at) {
      return new Refund(
          (String) row[at], ((Number) row[at + 1]).longValue(), ((String) row[at + 2]).trim());
    }
  }

  /**
   * Confirms a held booking with an authorised payment, or refuses and changes nothing.
   *
   * @param key the request's idempotency key, completed in this transaction, or null
   * @param answer the HTTP status the request answers, kept with the key
   * @throws BookingStateException if the booking is not HELD or its hold has run out: the caller
   *     must release the authorisation
   * @throws UnknownBookingException if there is no such booking
   */
  public void confirm(UUID id, Authorisation payment, IdempotentRequest key, int answer) {
    confirm(id, payment, null, key, answer);
  }

  /**
   * As {@link #confirm(UUID, Authorisation, IdempotentRequest, int)}, with the address the
   * confirmation mail of a booking made without an account goes to.
   *
   * @param contact a normalised email address, or null
   */
  public void confirm(
      UUID id, Authorisation payment, String contact, IdempotentRequest key, int answer) {
    Booking booking = lock(id);
    OffsetDateTime now = Booking.now();
    if (booking.getStatus() == BookingStatus.CONFIRMED && paidWith(id, payment)) {
      return; // this very payment confirmed it: a retry after the answer of the commit was lost
    }
    if (booking.getStatus() != BookingStatus.HELD || booking.holdRanOut(now)) {
      throw BookingStateException.refusing("paid", id, booking.getStatus(), booking.getExpiresAt());
    }
    if (payment.amountMinor() != booking.getTotalMinor()
        || !payment.currency().equals(booking.getCurrency())) {
      throw new IllegalStateException("payment " + payment.id() + " does not match booking " + id);
    }
    em.createNativeQuery(
            "INSERT INTO payment (booking_id, provider, authorisation_id, amount_minor, currency,"
                + " card_last4, paid_at) VALUES (CAST(?1 AS uuid), ?2, ?3, ?4, ?5, ?6, ?7)")
        .setParameter(1, id.toString())
        .setParameter(2, payment.provider())
        .setParameter(3, payment.id())
        .setParameter(4, payment.amountMinor())
        .setParameter(5, payment.currency())
        .setParameter(6, payment.cardLast4())
        .setParameter(7, now)
        .executeUpdate();
    booking.confirm(now, contact);
    if (key != null) {
      keys.complete(key, id, answer);
    }
  }

  /** Whether the booking's payment is the one with this authorisation. */
  @TransactionAttribute(TransactionAttributeType.SUPPORTS)
  public boolean paidWith(UUID id, Authorisation payment) {
    Number count =
        (Number)
            em.createNativeQuery(
                    "SELECT count(*) FROM payment WHERE booking_id = CAST(?1 AS uuid)"
                        + " AND authorisation_id = ?2")
                .setParameter(1, id.toString())
                .setParameter(2, payment.id())
                .getSingleResult();
    return count.intValue() == 1;
  }

  /**
   * Cancels a held or paid booking: its tickets go back on sale. Cancelling a cancelled booking
   * changes nothing.
   *
   * @param key the request's idempotency key, completed in this transaction, or null
   * @return the payment to refund once this commits, or null
   * @throws BookingStateException if the booking has expired
   * @throws UnknownBookingException if there is no such booking
   */
  public Refund cancel(UUID id, IdempotentRequest key) {
    Booking booking = lock(id);
    BookingStatus was = booking.getStatus();
    Refund refund = null;
    if (was == BookingStatus.EXPIRED || booking.holdRanOut(Booking.now())) {
      throw BookingStateException.refusing("cancelled", id, was, booking.getExpiresAt());
    }
    if (was.ownsTickets()) {
      returnTickets(booking, BookingStatus.CANCELLED);
    }
    if (was == BookingStatus.CONFIRMED) {
      @SuppressWarnings("unchecked")
      List<Object[]> rows =
          em.createNativeQuery(
                  "UPDATE payment SET refund_requested_at = now() WHERE booking_id = CAST(?1 AS uuid)"
                      + " RETURNING authorisation_id, amount_minor, currency")
              .setParameter(1, id.toString())
              .getResultList();
      refund = Refund.of(rows.get(0), 0);
    }
    if (key != null) {
      keys.complete(key, id, 200);
    }
    return refund;
  }

  /**
   * Records that asking the provider for a booking's refund failed: it is asked for again after a
   * pause that doubles with each failure, from 30 s up to an hour.
   */
  public void refundFailed(UUID id) {
    em.createNativeQuery(
            "UPDATE payment SET refund_attempts = refund_attempts + 1, refund_retry_at = now()"
                + " + make_interval(secs => least(3600, 30 * power(2, least(refund_attempts, 7))))"
                + " WHERE booking_id = CAST(?1 AS uuid) AND refund_id IS NULL")
        .setParameter(1, id.toString())
        .executeUpdate();
  }

  /** Records the provider's refund of a cancelled booking's payment. */
  public void refunded(UUID id, String refundId) {
    em.createNativeQuery(
            "UPDATE payment SET refund_id = ?2, refunded_at = now()"
                + " WHERE booking_id = CAST(?1 AS uuid) AND refund_id IS NULL")
        .setParameter(1, id.toString())
        .setParameter(2, refundId)
        .executeUpdate();
  }

  /**
   * Refunds not yet confirmed by the provider that are due to be asked for again, oldest first, at
   * most {@code limit}, by booking id: asked for more than {@code olderThanSeconds} ago (the
   * instance that asked stopped in between), or failed and their pause ({@link #refundFailed})
   * over.
   */
  @TransactionAttribute(TransactionAttributeType.SUPPORTS)
  public Map<UUID, Refund> pendingRefunds(int olderThanSeconds, int limit) {
    @SuppressWarnings("unchecked")
    List<Object[]> rows =
        em.createNativeQuery(
                "SELECT CAST(booking_id AS text), authorisation_id, amount_minor, currency"
                    + " FROM payment WHERE refund_requested_at IS NOT NULL AND refund_id IS NULL"
                    + " AND coalesce(refund_retry_at, refund_requested_at + make_interval(secs =>"
                    + " ?1)) <= now() ORDER BY refund_requested_at LIMIT ?2")
            .setParameter(1, olderThanSeconds)
            .setParameter(2, limit)
            .getResultList();
    Map<UUID, Refund> pending = new LinkedHashMap<>();
    rows.forEach(row -> pending.put(UUID.fromString((String) row[0]), Refund.of(row, 1)));
    return pending;
  }

  /**
   * Expires up to {@code limit} holds that have run out, oldest first, skipping any booking whose
   * row another transaction holds (a payment or cancellation deciding it right now, or another
   * instance's sweep): safe to run on several instances at once.
   *
   * <p>One statement for the whole batch (lock the due rows, end the bookings, free their tickets)
   * rather than four round trips a booking: holds run out in waves ten minutes after a release's
   * rush, while the next bookers are still booking, and the sweep must not take their CPU.
   *
   * @return how many holds were expired
   * @throws IllegalStateException if a booking did not own the tickets its items say: nothing of
   *     the batch is changed
   */
  public int expireDue(int limit, Collection<UUID> skipped) {
    @SuppressWarnings("unchecked")
    List<Object[]> rows =
        em.createNativeQuery(
                "WITH due AS (SELECT id FROM booking WHERE status = 'HELD' AND expires_at <= now()"
                    + " AND id <> ALL (CAST(CAST(?2 AS text[]) AS uuid[]))"
                    + " ORDER BY expires_at LIMIT ?1 FOR UPDATE SKIP LOCKED),"
                    + " ended AS (UPDATE booking SET status = 'EXPIRED', ended_at = now() FROM due"
                    + " WHERE booking.id = due.id RETURNING booking.id, booking.concert_id),"
                    + " freed AS (UPDATE ticket SET booking_id = NULL FROM ended"
                    + " WHERE ticket.booking_id = ended.id RETURNING ended.id AS booking_id,"
                    + " ticket.tier_id),"
                    + " freed_by_tier AS (SELECT booking_id, tier_id, count(*) AS tickets FROM freed"
                    + " GROUP BY booking_id, tier_id)"
                    + " SELECT CAST(ended.id AS text), ended.concert_id,"
                    + " COALESCE(item.tier_id, f.tier_id), COALESCE(item.quantity, 0),"
                    + " COALESCE(f.tickets, 0)"
                    + " FROM ended JOIN (SELECT booking_id, tier_id, sum(quantity) AS quantity"
                    + " FROM booking_item WHERE booking_id IN (SELECT id FROM ended)"
                    + " GROUP BY booking_id, tier_id) item ON item.booking_id = ended.id"
                    + " FULL JOIN freed_by_tier f"
                    + " ON f.booking_id = item.booking_id AND f.tier_id = item.tier_id")
            .setParameter(1, limit)
            .setParameter(
                2, skipped.stream().map(UUID::toString).collect(Collectors.joining(",", "{", "}")))
            .getResultList();
    Map<UUID, Long> concerts = new LinkedHashMap<>();
    Map<UUID, Map<Long, Integer>> quantities = new HashMap<>();
    for (Object[] row : rows) {
      UUID id = row[0] == null ? null : UUID.fromString((String) row[0]);
      long owned = ((Number) row[3]).longValue();
      long freed = ((Number) row[4]).longValue();
      if (id == null || owned != freed) {
        throw new InconsistentBookingException(
            id,
            "expiring booking " + id + ": tier " + row[2] + " freed " + freed + ", owned " + owned);
      }
      concerts.put(id, ((Number) row[1]).longValue());
      quantities
          .computeIfAbsent(id, booking -> new HashMap<>())
          .put(((Number) row[2]).longValue(), (int) owned);
    }
    concerts.forEach(
        (id, concert) ->
            ticketsReturned.fire(new TicketsReturned(concert, id, quantities.get(id))));
    return concerts.size();
  }

  private Booking lock(UUID id) {
    Booking booking = em.find(Booking.class, id, LockModeType.PESSIMISTIC_WRITE);
    if (booking == null || booking.getStatus() == BookingStatus.KEPT) {
      throw new UnknownBookingException(id); // KEPT: the waiting list's, nobody's to change
    }
    return booking;
  }

  private void returnTickets(Booking booking, BookingStatus ending) {
    int returned = stock.release(booking.getId());
    int owned = booking.quantitiesByTier().values().stream().mapToInt(Integer::intValue).sum();
    if (returned != owned) {
      throw new IllegalStateException(
          "booking " + booking.getId() + " owned " + returned + " tickets, expected " + owned);
    }
    booking.end(ending, Booking.now());
    ticketsReturned.fire(
        new TicketsReturned(booking.getConcertId(), booking.getId(), booking.quantitiesByTier()));
  }
}
