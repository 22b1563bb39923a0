package dev.ticketing.checkin;

import dev.ticketing.account.Caller;
import dev.ticketing.account.Roles;
import dev.ticketing.eticket.ETickets;
import dev.ticketing.eticket.TicketCode;
import dev.ticketing.eticket.TicketSigner;
import jakarta.annotation.security.DeclareRoles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * Lets tickets in at the door, once: every statement on {@code admission}, {@code checkin_scan} and
 * {@code double_admission}. One transaction a scan:
 *
 * <ol>
 *   <li>a nonce answered before gets that answer again, unchanged (a retry, an upload sent twice);
 *   <li>the code is judged without the database where it can be: its form and its signature (with
 *       the concert's public key, kept in memory), then its concert;
 *   <li>the e-ticket's row is read {@code FOR SHARE}, so that a cancellation revoking it waits for
 *       this scan's decision (and a scan waits for a revocation under way);
 *   <li>the admission is one {@code INSERT ... ON CONFLICT DO NOTHING} on the ticket's primary key:
 *       of two gates scanning the same ticket at the same instant, the second waits for the first's
 *       commit and then finds the ticket let in. No lock is held across anything slow;
 *   <li>the answer is kept under the nonce, in the same transaction.
 * </ol>
 */
@Stateless
@DeclareRoles({Roles.ORGANISER, Roles.CUSTOMER, Roles.DOOR})
@RolesAllowed({Roles.ORGANISER, Roles.DOOR})
public class CheckIn {
  @PersistenceContext(unitName = "ticketing")
  private EntityManager em;

  @Inject private ETickets eTickets;

  @Inject private TicketSigner signer;

  @Inject private Caller caller;

  /**
   * Answers a scan, and lets the ticket in if it is valid and was not let in before. Idempotent by
   * the scan's nonce. For a scan made offline, the admission is dated when the gate made it; if the
   * gate let the holder in although the ticket had been let in (before or meanwhile), a double
   * admission is recorded for the organisers.
   *
   * @throws NonceReusedException if the nonce was used for another code: nothing changes
   */
  public CheckInAnswer scan(Scan scan) {
    byte[] digest = digest(scan.code());
    Optional<CheckInAnswer> earlier = answered(scan.nonce(), digest);
    if (earlier.isPresent()) {
      return earlier.get();
    }
    String by = caller.email();
    CheckInAnswer answer = judge(scan, by);
    int recorded =
        em.createNativeQuery(
                "INSERT INTO checkin_scan (nonce, code_digest, concert_id, e_ticket_id, gate,"
                    + " scanned_by, scanned_at, result, first_admitted_at, first_gate) VALUES (?1,"
                    + " ?2, CAST(?3 AS bigint), CAST(?4 AS bigint), ?5, ?6, coalesce(CAST(?7 AS"
                    + " timestamptz), now()), ?8, CAST(?9 AS timestamptz), CAST(?10 AS text))"
                    + " ON CONFLICT (nonce) DO NOTHING")
            .setParameter(1, scan.nonce())
            .setParameter(2, digest)
            .setParameter(3, scan.concertId())
            .setParameter(4, answer.ticketId())
            .setParameter(5, scan.gate())
            .setParameter(6, by == null ? "?" : by)
            .setParameter(7, scan.offline() == null ? null : scan.offline().scannedAt())
            .setParameter(8, answer.result().name())
            .setParameter(9, answer.firstAdmittedAt())
            .setParameter(10, answer.firstGate())
            .executeUpdate();
    if (recorded == 0) {
      // The same nonce, answered by a request that committed while this one ran: its answer
      // stands (this one cannot have let the ticket in: the admission's row was that one's).
      CheckInAnswer first = answered(scan.nonce(), digest).orElseThrow();
      if (answer.result() == CheckInResult.ADMITTED) {
        throw new NonceReusedException(scan.nonce()); // another code: roll this admission back
      }
      return first;
    }
    // After the nonce is this request's own: a repeat of the scan running at the same moment
    // waits for this one on the nonce, then returns its answer without reporting twice.
    if (scan.offline() != null
        && scan.offline().admitted()
        && answer.result() == CheckInResult.ALREADY_ADMITTED) {
      em.createNativeQuery(
              "INSERT INTO double_admission (e_ticket_id, concert_id, gate, admitted_at,"
                  + " first_gate, first_admitted_at) SELECT id, concert_id, ?2, ?3, ?4, ?5"
                  + " FROM e_ticket WHERE id = ?1")
          .setParameter(1, answer.ticketId())
          .setParameter(2, scan.gate())
          .setParameter(3, scan.offline().scannedAt())
          .setParameter(4, answer.firstGate())
          .setParameter(5, answer.firstAdmittedAt())
          .executeUpdate();
    }
    return answer;
  }

  private CheckInAnswer judge(Scan scan, String by) {
    Optional<TicketCode.Signed> signed = TicketCode.parse(scan.code());
    if (signed.isEmpty() || !signer.verifies(signed.get())) {
      return CheckInAnswer.notATicket();
    }
    TicketCode code = signed.get().ticket();
    Optional<ETickets.Stored> stored = eTickets.findForCheckIn(code.ticketId());
    if (stored.isEmpty()
        || !stored.get().secret().equals(code.secret())
        || stored.get().concertId() != code.concertId()
        || stored.get().tierId() != code.tierId()) {
      return CheckInAnswer.notATicket();
    }
    ETickets.Stored ticket = stored.get();
    String tier = tierCode(ticket.tierId());
    if (scan.concertId() != null && scan.concertId() != ticket.concertId()) {
      return new CheckInAnswer(CheckInResult.WRONG_CONCERT, ticket.id(), tier, null, null);
    }
    Optional<Object[]> first = admission(ticket.id());
    if (ticket.revoked()) {
      return new CheckInAnswer(
          CheckInResult.REVOKED,
          ticket.id(),
          tier,
          first.map(row -> CheckInReader.timestamp(row[0])).orElse(null),
          first.map(row -> (String) row[1]).orElse(null));
    }
    @SuppressWarnings("unchecked")
    List<Object[]> admitted =
        em.createNativeQuery(
                "INSERT INTO admission (e_ticket_id, concert_id, tier_id, admitted_at, gate,"
                    + " admitted_by, offline) VALUES (?1, ?2, ?3, coalesce(CAST(?4 AS timestamptz),"
                    + " now()), ?5, ?6, ?7) ON CONFLICT (e_ticket_id) DO NOTHING RETURNING"
                    + " admitted_at, gate")
            .setParameter(1, ticket.id())
            .setParameter(2, ticket.concertId())
            .setParameter(3, ticket.tierId())
            .setParameter(4, scan.offline() == null ? null : scan.offline().scannedAt())
            .setParameter(5, scan.gate())
            .setParameter(6, by == null ? "?" : by)
            .setParameter(7, scan.offline() != null)
            .getResultList();
    if (!admitted.isEmpty()) {
      Object[] row = admitted.get(0);
      return new CheckInAnswer(
          CheckInResult.ADMITTED,
          ticket.id(),
          tier,
          CheckInReader.timestamp(row[0]),
          (String) row[1]);
    }
    Object[] row = admission(ticket.id()).orElseThrow();
    return new CheckInAnswer(
        CheckInResult.ALREADY_ADMITTED,
        ticket.id(),
        tier,
        CheckInReader.timestamp(row[0]),
        (String) row[1]);
  }

  private Optional<Object[]> admission(long ticketId) {
    @SuppressWarnings("unchecked")
    List<Object[]> rows =
        em.createNativeQuery("SELECT admitted_at, gate FROM admission WHERE e_ticket_id = ?1")
            .setParameter(1, ticketId)
            .getResultList();
    return rows.stream().findFirst();
  }

  private String tierCode(long tierId) {
    return (String)
        em.createNativeQuery("SELECT code FROM ticket_tier WHERE id = ?1")
            .setParameter(1, tierId)
            .getSingleResult();
  }

  private Optional<CheckInAnswer> answered(String nonce, byte[] digest) {
    @SuppressWarnings("unchecked")
    List<Object[]> rows =
        em.createNativeQuery(
                "SELECT s.code_digest, s.result, s.e_ticket_id, t.code, s.first_admitted_at,"
                    + " s.first_gate FROM checkin_scan s LEFT JOIN e_ticket e ON e.id ="
                    + " s.e_ticket_id LEFT JOIN ticket_tier t ON t.id = e.tier_id"
                    + " WHERE s.nonce = ?1")
            .setParameter(1, nonce)
            .getResultList();
    if (rows.isEmpty()) {
      return Optional.empty();
    }
    Object[] row = rows.get(0);
    if (!Arrays.equals((byte[]) row[0], digest)) {
      throw new NonceReusedException(nonce);
    }
    return Optional.of(
        new CheckInAnswer(
            CheckInResult.valueOf((String) row[1]),
            row[2] == null ? null : ((Number) row[2]).longValue(),
            (String) row[3],
            CheckInReader.timestamp(row[4]),
            (String) row[5]));
  }

  private static byte[] digest(String code) {
    try {
      return MessageDigest.getInstance("SHA-256")
          .digest((code == null ? "" : code.strip()).getBytes(StandardCharsets.UTF_8));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
    }
  }
}
