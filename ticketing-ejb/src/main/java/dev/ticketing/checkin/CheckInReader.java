package dev.ticketing.checkin;

import dev.ticketing.account.Roles;
import dev.ticketing.catalog.UnknownConcertException;
import dev.ticketing.eticket.ETickets;
import dev.ticketing.eticket.TicketSigner;
import jakarta.annotation.security.DeclareRoles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.OffsetDateTime;
import java.util.List;

/**
 * What the gates and the organisers read about check-in: a gate's sync (the concert's public key,
 * revocations and admissions since its cursor) and the organisers' figures (admitted per tier,
 * double admissions).
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.SUPPORTS)
@DeclareRoles({Roles.ORGANISER, Roles.CUSTOMER, Roles.DOOR})
@RolesAllowed({Roles.ORGANISER, Roles.DOOR})
public class CheckInReader {
  @PersistenceContext(unitName = "ticketing")
  private EntityManager em;

  @Inject private ETickets eTickets;

  @Inject private TicketSigner signer;

  /** A ticket let in. */
  public record Admitted(long ticketId, OffsetDateTime admittedAt, String gate) {}

  /**
   * What a gate needs to go on offline, and what changed since it last asked.
   *
   * @param cursor what to ask with next time
   * @param revoked the tickets revoked since the cursor (all of them without one)
   * @param admitted the tickets let in since the cursor (all of them without one)
   */
  public record GateSync(
      long concertId,
      TicketSigner.PublicTicketKey publicKey,
      List<Long> revoked,
      List<Admitted> admitted,
      long cursor) {}

  /**
   * The concert's public key and the changes made by transactions from the cursor on. The next
   * cursor is the oldest transaction still running when this was read, taken before the changes are
   * read: a change that commits late is never skipped, and a change may come twice.
   *
   * @param since a cursor from an earlier sync, or 0 for everything
   * @throws dev.ticketing.catalog.UnknownConcertException if there is no such concert
   */
  public GateSync sync(long concertId, long since) {
    TicketSigner.PublicTicketKey key = signer.publicKey(concertId);
    long cursor =
        ((Number)
                em.createNativeQuery(
                        "SELECT CAST(CAST(pg_snapshot_xmin(pg_current_snapshot()) AS text) AS"
                            + " bigint)")
                    .getSingleResult())
            .longValue();
    List<Long> revoked = eTickets.revokedSince(concertId, since);
    @SuppressWarnings("unchecked")
    List<Object[]> rows =
        em.createNativeQuery(
                "SELECT e_ticket_id, admitted_at, gate FROM admission WHERE concert_id = ?1"
                    + " AND changed_xid >= CAST(CAST(?2 AS text) AS xid8) ORDER BY e_ticket_id")
            .setParameter(1, concertId)
            .setParameter(2, since)
            .getResultList();
    List<Admitted> admitted =
        rows.stream()
            .map(
                row ->
                    new Admitted(((Number) row[0]).longValue(), timestamp(row[1]), (String) row[2]))
            .toList();
    return new GateSync(concertId, key, revoked, admitted, cursor);
  }

  /**
   * Checks that the concert exists.
   *
   * @throws UnknownConcertException if it does not
   */
  public void requireConcert(long concertId) {
    if (em.createNativeQuery("SELECT 1 FROM concert WHERE id = ?1")
        .setParameter(1, concertId)
        .getResultList()
        .isEmpty()) {
      throw new UnknownConcertException(concertId);
    }
  }

  /** A tier's tickets at the door. */
  public record TierAdmissions(String tier, String tierName, long valid, long admitted) {}

  /** A ticket let in twice: by a gate that was offline, after (or before) another gate. */
  public record DoubleAdmission(
      long ticketId,
      String tier,
      String gate,
      OffsetDateTime admittedAt,
      String firstGate,
      OffsetDateTime firstAdmittedAt,
      OffsetDateTime reportedAt) {}

  /**
   * The concert at the door: per tier, its valid tickets and how many are in.
   *
   * @throws UnknownConcertException if there is no such concert
   */
  @RolesAllowed(Roles.ORGANISER)
  public List<TierAdmissions> admittedPerTier(long concertId) {
    requireConcert(concertId);
    @SuppressWarnings("unchecked")
    List<Object[]> rows =
        em.createNativeQuery(
                "SELECT t.code, t.display_name, (SELECT count(*) FROM e_ticket e WHERE e.tier_id"
                    + " = t.id AND e.revoked_at IS NULL), (SELECT count(*) FROM admission a WHERE"
                    + " a.tier_id = t.id) FROM ticket_tier t WHERE t.concert_id = ?1"
                    + " ORDER BY t.sort_order, t.id")
            .setParameter(1, concertId)
            .getResultList();
    return rows.stream()
        .map(
            row ->
                new TierAdmissions(
                    (String) row[0],
                    (String) row[1],
                    ((Number) row[2]).longValue(),
                    ((Number) row[3]).longValue()))
        .toList();
  }

  /** The concert's double admissions, newest first: each for someone to follow up. */
  @RolesAllowed(Roles.ORGANISER)
  public List<DoubleAdmission> doubleAdmissions(long concertId) {
    @SuppressWarnings("unchecked")
    List<Object[]> rows =
        em.createNativeQuery(
                "SELECT d.e_ticket_id, t.code, d.gate, d.admitted_at, d.first_gate,"
                    + " d.first_admitted_at, d.reported_at FROM double_admission d JOIN e_ticket e"
                    + " ON e.id = d.e_ticket_id JOIN ticket_tier t ON t.id = e.tier_id WHERE"
                    + " d.concert_id = ?1 ORDER BY d.reported_at DESC, d.id DESC LIMIT 500")
            .setParameter(1, concertId)
            .getResultList();
    return rows.stream()
        .map(
            row ->
                new DoubleAdmission(
                    ((Number) row[0]).longValue(),
                    (String) row[1],
                    (String) row[2],
                    timestamp(row[3]),
                    (String) row[4],
                    timestamp(row[5]),
                    timestamp(row[6])))
        .toList();
  }

  static OffsetDateTime timestamp(Object value) {
    if (value == null) {
      return null;
    }
    if (value instanceof OffsetDateTime t) {
      return t;
    }
    if (value instanceof java.sql.Timestamp t) {
      return OffsetDateTime.ofInstant(t.toInstant(), java.time.ZoneOffset.UTC);
    }
    throw new IllegalStateException("unexpected timestamp type " + value.getClass());
  }
}
