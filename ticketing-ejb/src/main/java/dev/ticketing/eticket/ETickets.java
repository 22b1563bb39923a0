package dev.ticketing.eticket;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * The issued e-tickets ({@code e_ticket}): every statement on that table. The rows are written by
 * the database itself when a booking is confirmed (issued) or cancelled (revoked), in the same
 * {@code UPDATE} as the booking's status (trigger {@code e_ticket_issue}, V10): the payment's
 * transaction gains no statement. Here they are read and their codes signed.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.SUPPORTS)
public class ETickets {
  @PersistenceContext(unitName = "ticketing")
  private EntityManager em;

  @Inject private TicketSigner signer;

  /** A stored e-ticket, as check-in needs it. */
  public record Stored(
      long id, long concertId, long tierId, UUID secret, OffsetDateTime revokedAt) {
    public boolean revoked() {
      return revokedAt != null;
    }
  }

  /**
   * The valid (not revoked) tickets of a booking, with their signed codes, in tier and ticket
   * order; none for a booking that is not confirmed. One query.
   */
  public List<IssuedTicket> ofBooking(UUID bookingId) {
    @SuppressWarnings("unchecked")
    List<Object[]> rows =
        em.createNativeQuery(
                "SELECT e.id, e.concert_id, e.tier_id, CAST(e.secret AS text), t.code,"
                    + " t.display_name FROM e_ticket e JOIN ticket_tier t ON t.id = e.tier_id"
                    + " WHERE e.booking_id = CAST(?1 AS uuid) AND e.revoked_at IS NULL"
                    + " ORDER BY t.sort_order, t.id, e.id")
            .setParameter(1, bookingId.toString())
            .getResultList();
    return rows.stream()
        .map(
            row -> {
              TicketCode code =
                  new TicketCode(
                      number(row[1]),
                      number(row[2]),
                      number(row[0]),
                      UUID.fromString((String) row[3]));
              return new IssuedTicket(
                  number(row[0]), (String) row[4], (String) row[5], signer.sign(code));
            })
        .toList();
  }

  /**
   * The booking's tickets as a PDF ({@link TicketPdf}): one page a ticket.
   *
   * @return empty if the booking has no valid ticket (not confirmed, or cancelled)
   */
  public Optional<byte[]> pdf(UUID bookingId) {
    List<IssuedTicket> tickets = ofBooking(bookingId);
    if (tickets.isEmpty()) {
      return Optional.empty();
    }
    return Optional.of(TicketPdf.of(heading(bookingId), tickets));
  }

  /** What every page of the booking's tickets says: concert, venue, time, holder. */
  public TicketPdf.Heading heading(UUID bookingId) {
    Object[] row =
        (Object[])
            em.createNativeQuery(
                    "SELECT c.name, c.venue, c.starts_at, coalesce(b.contact_email, a.email,"
                        + " b.user_ref) FROM booking b JOIN concert c ON c.id = b.concert_id"
                        + " LEFT JOIN account a ON a.id = b.owner_id WHERE b.id = CAST(?1 AS uuid)")
                .setParameter(1, bookingId.toString())
                .getSingleResult();
    return new TicketPdf.Heading(
        bookingId, (String) row[0], (String) row[1], offsetDateTime(row[2]), (String) row[3]);
  }

  /**
   * The e-ticket with this id, its row share-locked until the caller's transaction ends: a
   * cancellation revoking it waits for the caller's decision, and the caller for a revocation under
   * way.
   */
  @TransactionAttribute(TransactionAttributeType.MANDATORY)
  public Optional<Stored> findForCheckIn(long id) {
    List<?> rows =
        em.createNativeQuery(
                "SELECT concert_id, tier_id, CAST(secret AS text), revoked_at FROM e_ticket"
                    + " WHERE id = ?1 FOR SHARE")
            .setParameter(1, id)
            .getResultList();
    return rows.stream()
        .findFirst()
        .map(
            r -> {
              Object[] row = (Object[]) r;
              return new Stored(
                  id,
                  number(row[0]),
                  number(row[1]),
                  UUID.fromString((String) row[2]),
                  offsetDateTime(row[3]));
            });
  }

  /**
   * The ids of the concert's tickets revoked by transactions from {@code sinceXid} on (see {@code
   * changed_xid}, V10), for gates that sync.
   */
  public List<Long> revokedSince(long concertId, long sinceXid) {
    List<?> rows =
        em.createNativeQuery(
                "SELECT id FROM e_ticket WHERE concert_id = ?1 AND revoked_at IS NOT NULL"
                    + " AND changed_xid >= CAST(CAST(?2 AS text) AS xid8) ORDER BY id")
            .setParameter(1, concertId)
            .setParameter(2, sinceXid)
            .getResultList();
    return rows.stream().map(ETickets::number).toList();
  }

  static long number(Object value) {
    return ((Number) value).longValue();
  }

  static OffsetDateTime offsetDateTime(Object timestamp) {
    if (timestamp == null) {
      return null;
    }
    if (timestamp instanceof OffsetDateTime t) {
      return t;
    }
    if (timestamp instanceof java.sql.Timestamp t) {
      return OffsetDateTime.ofInstant(t.toInstant(), java.time.ZoneOffset.UTC);
    }
    if (timestamp instanceof Instant t) {
      return OffsetDateTime.ofInstant(t, java.time.ZoneOffset.UTC);
    }
    throw new IllegalStateException("unexpected timestamp type " + timestamp.getClass());
  }
}
