package dev.ticketing.admin;

import dev.ticketing.account.Caller;
import dev.ticketing.account.Roles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.sql.Timestamp;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;

/**
 * Every change an organiser makes, written in the change's own transaction ({@code audit_event}):
 * who, when, what, and the values it set. A change that is rolled back leaves no entry; one that
 * commits always has one.
 */
@Stateless
@RolesAllowed(Roles.ORGANISER)
public class AuditLog {
  private static final Jsonb JSON = JsonbBuilder.create();

  @PersistenceContext(unitName = "ticketing")
  private EntityManager em;

  @Inject private Caller caller;

  /**
   * Records a change of the concert.
   *
   * @param action what was done ({@code concert.create}, {@code tier.update}, ...)
   * @param detail the values set, written as JSON
   */
  @TransactionAttribute(TransactionAttributeType.MANDATORY)
  public void record(long concertId, String action, Map<String, ?> detail) {
    em.createNativeQuery(
            "INSERT INTO audit_event (actor, action, subject, detail) VALUES (?1, ?2, ?3, ?4)")
        .setParameter(1, caller.email())
        .setParameter(2, action)
        .setParameter(3, subject(concertId))
        .setParameter(4, JSON.toJson(detail))
        .executeUpdate();
  }

  /** The latest {@code limit} changes of the concert, newest first. */
  public List<AuditEntry> of(long concertId, int limit) {
    @SuppressWarnings("unchecked")
    List<Object[]> rows =
        em.createNativeQuery(
                "SELECT at, actor, action, subject, detail FROM audit_event"
                    + " WHERE subject = ?1 ORDER BY at DESC, id DESC LIMIT ?2")
            .setParameter(1, subject(concertId))
            .setParameter(2, limit)
            .getResultList();
    return rows.stream()
        .map(
            row ->
                new AuditEntry(
                    utc(row[0]),
                    (String) row[1],
                    (String) row[2],
                    (String) row[3],
                    (String) row[4]))
        .toList();
  }

  private static String subject(long concertId) {
    return "concert:" + concertId;
  }

  static OffsetDateTime utc(Object timestamp) {
    if (timestamp instanceof OffsetDateTime time) {
      return time.withOffsetSameInstant(ZoneOffset.UTC);
    }
    return ((Timestamp) timestamp).toInstant().atOffset(ZoneOffset.UTC);
  }
}
