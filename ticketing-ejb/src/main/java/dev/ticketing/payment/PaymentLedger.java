package dev.ticketing.payment;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.UUID;

/**
 * What became of every card authorisation the application was given (table {@code
 * card_authorisation}): AUTHORISED as soon as the provider answers, before the booking is
 * confirmed; then CAPTURED, RELEASED or REFUNDED as the provider confirms each. What a crash or a
 * lost answer leaves AUTHORISED, {@link PaymentReconciliation} settles. Each write is a short
 * transaction of its own.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
public class PaymentLedger {
  /** An authorisation left AUTHORISED, and whether its booking was confirmed with it. */
  public record Open(Authorisation authorisation, UUID bookingId, boolean paid) {}

  @PersistenceContext(unitName = "ticketing")
  private EntityManager em;

  /** The provider authorised this amount for the booking. */
  public void authorised(Authorisation authorisation, UUID bookingId) {
    em.createNativeQuery(
            "INSERT INTO card_authorisation (authorisation_id, booking_id, provider, amount_minor,"
                + " currency, state) VALUES (?1, CAST(?2 AS uuid), ?3, ?4, ?5, 'AUTHORISED')"
                + " ON CONFLICT DO NOTHING")
        .setParameter(1, authorisation.id())
        .setParameter(2, bookingId.toString())
        .setParameter(3, authorisation.provider())
        .setParameter(4, authorisation.amountMinor())
        .setParameter(5, authorisation.currency())
        .executeUpdate();
  }

  /** The provider confirmed the capture. */
  public void captured(String authorisationId) {
    settle(authorisationId, "CAPTURED", "'AUTHORISED'");
  }

  /** The provider confirmed the release. */
  public void released(String authorisationId) {
    settle(authorisationId, "RELEASED", "'AUTHORISED'");
  }

  /** The provider confirmed the refund. */
  public void refunded(String authorisationId) {
    settle(authorisationId, "REFUNDED", "'AUTHORISED', 'CAPTURED'");
  }

  private void settle(String authorisationId, String state, String from) {
    em.createNativeQuery(
            "UPDATE card_authorisation SET state = ?2, updated_at = now()"
                + " WHERE authorisation_id = ?1 AND state IN ("
                + from
                + ")")
        .setParameter(1, authorisationId)
        .setParameter(2, state)
        .executeUpdate();
  }

  /**
   * Takes up to {@code limit} authorisations left AUTHORISED for more than {@code afterSeconds}
   * (longer than any request that may still be confirming with one), oldest first, and sets them
   * aside for {@code leaseSeconds} so that no other instance settles them meanwhile.
   */
  public List<Open> takeOpen(int afterSeconds, int leaseSeconds, int limit) {
    @SuppressWarnings("unchecked")
    List<Object[]> rows =
        em.createNativeQuery(
                "UPDATE card_authorisation a SET reconcile_after = now() + make_interval(secs =>"
                    + " ?2) FROM (SELECT authorisation_id FROM card_authorisation WHERE state ="
                    + " 'AUTHORISED' AND created_at < now() - make_interval(secs => ?1) AND"
                    + " reconcile_after <= now() ORDER BY created_at LIMIT ?3 FOR UPDATE SKIP"
                    + " LOCKED) due WHERE a.authorisation_id = due.authorisation_id RETURNING"
                    + " a.authorisation_id, a.provider, a.amount_minor, a.currency,"
                    + " CAST(a.booking_id AS text), EXISTS (SELECT 1 FROM payment p WHERE"
                    + " p.authorisation_id = a.authorisation_id)")
            .setParameter(1, afterSeconds)
            .setParameter(2, leaseSeconds)
            .setParameter(3, limit)
            .getResultList();
    return rows.stream()
        .map(
            row ->
                new Open(
                    new Authorisation(
                        (String) row[0],
                        (String) row[1],
                        ((Number) row[2]).longValue(),
                        ((String) row[3]).trim(),
                        null),
                    UUID.fromString((String) row[4]),
                    (Boolean) row[5]))
        .toList();
  }
}
