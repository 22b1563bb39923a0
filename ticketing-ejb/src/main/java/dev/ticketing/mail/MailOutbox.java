package dev.ticketing.mail;

import dev.ticketing.waitlist.WaitlistOffered;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.event.Observes;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

/**
 * The mails waiting to go, and gone ({@code mail_outbox}): every statement on that table. A mail is
 * written in the transaction that makes what it tells, so it is never lost and never tells what
 * rolled back: a confirmation by the database as its booking is confirmed (trigger {@code
 * e_ticket_issue}, V10), a waiting list's offer by {@link #offered} as the offer is made (V14: one
 * mail of each {@link MailKind} per booking). The sender takes due mails with a lease (several
 * instances never take the same one at once), sends them outside any transaction, and records the
 * outcome. A failure is tried again after a pause that doubles, from 30 s to an hour.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
public class MailOutbox {
  @PersistenceContext(unitName = "ticketing")
  private EntityManager em;

  /** A mail to send now. */
  public record Due(long id, MailKind kind, UUID bookingId, String recipient, int attempt) {}

  /** A mail as organisers see it. */
  public record Kept(
      long id,
      MailKind kind,
      UUID bookingId,
      String recipient,
      OffsetDateTime createdAt,
      int attempts,
      OffsetDateTime sentAt,
      String lastError) {}

  /**
   * Writes the offer's mail to the entry's account, in the transaction that makes the offer ({@code
   * WaitlistOffers} fires the event inside it): if the offer rolls back, so does its mail; if this
   * insert fails, so does the offer.
   */
  @TransactionAttribute(TransactionAttributeType.MANDATORY)
  public void offered(@Observes WaitlistOffered offer) {
    if (offer.email() == null) {
      return;
    }
    em.createNativeQuery(
            "INSERT INTO mail_outbox (booking_id, kind, recipient)"
                + " VALUES (CAST(?1 AS uuid), 'WAITLIST_OFFER', ?2)")
        .setParameter(1, offer.bookingId().toString())
        .setParameter(2, offer.email())
        .executeUpdate();
  }

  /**
   * Takes up to {@code limit} due mails for {@code leaseSeconds}: until then no other sender takes
   * them; if this one stops before recording the outcome, they are due again after the lease.
   */
  public List<Due> take(int limit, int leaseSeconds) {
    @SuppressWarnings("unchecked")
    List<Object[]> rows =
        em.createNativeQuery(
                "UPDATE mail_outbox SET attempts = attempts + 1, next_attempt = now() +"
                    + " make_interval(secs => ?2) WHERE id IN (SELECT id FROM mail_outbox WHERE"
                    + " sent_at IS NULL AND next_attempt <= now() ORDER BY next_attempt LIMIT ?1"
                    + " FOR UPDATE SKIP LOCKED) RETURNING id, kind, CAST(booking_id AS text),"
                    + " recipient, attempts")
            .setParameter(1, limit)
            .setParameter(2, leaseSeconds)
            .getResultList();
    return rows.stream()
        .map(
            row ->
                new Due(
                    ((Number) row[0]).longValue(),
                    MailKind.valueOf((String) row[1]),
                    UUID.fromString((String) row[2]),
                    (String) row[3],
                    ((Number) row[4]).intValue()))
        .toList();
  }

  /** Records that the mail went. */
  public void sent(long id) {
    em.createNativeQuery("UPDATE mail_outbox SET sent_at = now(), last_error = NULL WHERE id = ?1")
        .setParameter(1, id)
        .executeUpdate();
  }

  /** Records that the mail will not go, and why (it stays, for the organisers to read). */
  public void dropped(long id, String why) {
    em.createNativeQuery("UPDATE mail_outbox SET sent_at = now(), last_error = ?2 WHERE id = ?1")
        .setParameter(1, id)
        .setParameter(2, why)
        .executeUpdate();
  }

  /** Records that sending failed: tried again after 30 s doubled per attempt, at most an hour. */
  public void failed(long id, String error) {
    em.createNativeQuery(
            "UPDATE mail_outbox SET last_error = left(?2, 1000), next_attempt = now() +"
                + " make_interval(secs => least(3600, 30 * power(2, least(attempts - 1, 7))))"
                + " WHERE id = ?1")
        .setParameter(1, id)
        .setParameter(2, error == null ? "unknown error" : error)
        .executeUpdate();
  }

  /** The newest mails, sent or not, at most {@code limit}. */
  @TransactionAttribute(TransactionAttributeType.SUPPORTS)
  public List<Kept> newest(int limit) {
    @SuppressWarnings("unchecked")
    List<Object[]> rows =
        em.createNativeQuery(
                "SELECT id, kind, CAST(booking_id AS text), recipient, created_at, attempts,"
                    + " sent_at, last_error FROM mail_outbox ORDER BY id DESC LIMIT ?1")
            .setParameter(1, limit)
            .getResultList();
    return rows.stream()
        .map(
            row ->
                new Kept(
                    ((Number) row[0]).longValue(),
                    MailKind.valueOf((String) row[1]),
                    UUID.fromString((String) row[2]),
                    (String) row[3],
                    timestamp(row[4]),
                    ((Number) row[5]).intValue(),
                    timestamp(row[6]),
                    (String) row[7]))
        .toList();
  }

  private static OffsetDateTime timestamp(Object value) {
    if (value == null || value instanceof OffsetDateTime) {
      return (OffsetDateTime) value;
    }
    if (value instanceof java.sql.Timestamp t) {
      return OffsetDateTime.ofInstant(t.toInstant(), java.time.ZoneOffset.UTC);
    }
    throw new IllegalStateException("unexpected timestamp type " + value.getClass());
  }
}
