package dev.ticketing.booking.idempotency;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Query;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The {@code idempotency_key} table. A request with a key first takes the key ({@link #begin}, a
 * short transaction of its own); the transaction that has the request's effect records it there
 * ({@link #recordBooking}, {@link #complete}), so the effect and the key's answer commit together.
 * A repeat then gets the first answer, finds the key busy (its lease running), or resumes a first
 * request that died after part of its work (the lease ran out): never is the work done twice.
 *
 * <p><b>Fencing.</b> A request that takes the key writes its own token ({@link
 * IdempotentRequest#attempt}) as the key's owner, and every later write to the key names it: a
 * first request that was only stalled, not dead, and lost the key to a repeat when its lease ran
 * out, finds another owner when it comes to record its booking or answer, and its transaction rolls
 * back ({@link IdempotencyKeyException#takenOver}) with the booking or payment it was about to
 * commit. The lease ({@code ticketing.booking.idempotency-lease-seconds}) is longer than a
 * request's database time can be (two attempts of at most {@code
 * ticketing.db.socket-timeout-seconds} each), so that this is the exception, not the rule.
 */
@Stateless
public class IdempotencyKeys {

  /** How long keys are kept. */
  static final int KEPT_HOURS = 24;

  @PersistenceContext(unitName = "ticketing")
  private EntityManager em;

  /** How long a request may hold its key before a repeat may take it over. */
  @Inject
  @ConfigProperty(name = "ticketing.booking.idempotency-lease-seconds")
  private int leaseSeconds;

  /** What a request with a key should do. */
  public record Claim(Kind kind, UUID bookingId) {
    public enum Kind {
      /** The key is new: do the work. */
      FRESH,
      /** A first request died after its booking was made: carry on with {@link #bookingId}. */
      RESUME,
      /** Done before: answer again with {@link #bookingId}, do nothing. */
      REPLAY
    }
  }

  /**
   * Takes the key for this request.
   *
   * @throws IdempotencyKeyException if the key was used with another request, or its first request
   *     is still running
   */
  @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
  public Claim begin(IdempotentRequest request) {
    // A key older than the retention period is as good as new.
    onKey(
            request,
            "DELETE FROM idempotency_key WHERE scope = ?1 AND key = ?2"
                + " AND created_at < now() - make_interval(hours => ?3)")
        .setParameter(3, KEPT_HOURS)
        .executeUpdate();
    // Read without a lock: a repeat of a finished or running request is answered from what is
    // committed, without waiting. Waiting here (for the row's lock, or in an insert for the first
    // request's transaction, which writes the row) would hold a pooled connection per repeat: 200
    // repeats at once took the whole pool.
    Object[] row = keyRow(request, false);
    if (row == null) {
      int inserted =
          onKey(
                  request,
                  "INSERT INTO idempotency_key (scope, key, fingerprint, lease_until, owner)"
                      + " VALUES (?1, ?2, ?3, now() + make_interval(secs => ?4), CAST(?5 AS uuid))"
                      + " ON CONFLICT DO NOTHING")
              .setParameter(3, request.fingerprint())
              .setParameter(4, leaseSeconds)
              .setParameter(5, request.attempt().toString())
              .executeUpdate();
      if (inserted == 1) {
        return new Claim(Claim.Kind.FRESH, null);
      }
      row = keyRow(request, false); // another request took it at the same moment
    }
    if (row != null && row[3] == null && !Boolean.TRUE.equals(row[1])) {
      // Its first request died after taking it: take it over, unless another repeat is doing so
      // at this moment (the row is locked, and this one is told that the key is in use).
      row = keyRow(request, true);
    }
    if (row == null) {
      // Given up again between the insert and the read, or being taken over by another repeat:
      // the caller may simply repeat.
      throw IdempotencyKeyException.inUse();
    }
    if (!request.fingerprint().equals(row[0])) {
      throw IdempotencyKeyException.reused();
    }
    UUID bookingId = row[2] == null ? null : UUID.fromString((String) row[2]);
    if (row[3] != null) {
      return new Claim(Claim.Kind.REPLAY, bookingId);
    }
    if (Boolean.TRUE.equals(row[1])) {
      throw IdempotencyKeyException.inUse();
    }
    // Taken over: from now on the first request's writes to the key find another owner.
    onKey(
            request,
            "UPDATE idempotency_key SET lease_until = now() + make_interval(secs => ?3),"
                + " owner = CAST(?4 AS uuid) WHERE scope = ?1 AND key = ?2")
        .setParameter(3, leaseSeconds)
        .setParameter(4, request.attempt().toString())
        .executeUpdate();
    return new Claim(Claim.Kind.RESUME, bookingId);
  }

  /**
   * Records, in the caller's transaction, the booking that the request made.
   *
   * @throws IdempotencyKeyException if a repeat took the key over: the caller's transaction rolls
   *     back
   */
  @TransactionAttribute(TransactionAttributeType.MANDATORY)
  public void recordBooking(IdempotentRequest request, UUID bookingId) {
    owned(
        request,
        onKey(
                request,
                "UPDATE idempotency_key SET booking_id = CAST(?3 AS uuid)"
                    + " WHERE scope = ?1 AND key = ?2 AND completed_at IS NULL"
                    + " AND owner = CAST(?4 AS uuid)")
            .setParameter(3, bookingId.toString()));
  }

  /**
   * Records, in the caller's transaction, the request's answer: from now on it is replayed.
   *
   * @throws IdempotencyKeyException if a repeat took the key over: the caller's transaction rolls
   *     back
   */
  @TransactionAttribute(TransactionAttributeType.MANDATORY)
  public void complete(IdempotentRequest request, UUID bookingId, int responseStatus) {
    owned(
        request,
        onKey(
                request,
                "UPDATE idempotency_key SET booking_id = CAST(?3 AS uuid), response_status = ?5,"
                    + " completed_at = now() WHERE scope = ?1 AND key = ?2"
                    + " AND completed_at IS NULL AND owner = CAST(?4 AS uuid)")
            .setParameter(3, bookingId.toString())
            .setParameter(5, responseStatus));
  }

  /** Runs a write that names the request as the key's owner (parameter 4); none: taken over. */
  private static void owned(IdempotentRequest request, Query write) {
    if (write.setParameter(4, request.attempt().toString()).executeUpdate() != 1) {
      throw IdempotencyKeyException.takenOver();
    }
  }

  /**
   * The request failed: a repeat may try again at once. A key that names a booking is kept (a
   * repeat resumes with it); one that names nothing is dropped.
   */
  @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
  public void release(IdempotentRequest request) {
    // Only while this request still owns it: a key taken over is the repeat's.
    onKey(
            request,
            "DELETE FROM idempotency_key WHERE scope = ?1 AND key = ?2"
                + " AND booking_id IS NULL AND completed_at IS NULL AND owner = CAST(?3 AS uuid)")
        .setParameter(3, request.attempt().toString())
        .executeUpdate();
    onKey(
            request,
            "UPDATE idempotency_key SET lease_until = now()"
                + " WHERE scope = ?1 AND key = ?2 AND completed_at IS NULL"
                + " AND owner = CAST(?3 AS uuid)")
        .setParameter(3, request.attempt().toString())
        .executeUpdate();
  }

  /** Drops keys older than the retention period, at most {@code limit}; returns how many. */
  @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
  public int purgeOld(int limit) {
    return em.createNativeQuery(
            "DELETE FROM idempotency_key WHERE ctid = ANY (ARRAY (SELECT ctid FROM idempotency_key"
                + " WHERE created_at < now() - make_interval(hours => ?1) LIMIT ?2))")
        .setParameter(1, KEPT_HOURS)
        .setParameter(2, limit)
        .executeUpdate();
  }

  /**
   * The key's row (fingerprint, whether its lease runs, booking id, answer's status), or null.
   *
   * @param lock whether to lock it, skipping it (null) if another transaction has it locked
   */
  private Object[] keyRow(IdempotentRequest request, boolean lock) {
    @SuppressWarnings("unchecked")
    List<Object[]> rows =
        onKey(
                request,
                "SELECT fingerprint, lease_until > now(), CAST(booking_id AS text), response_status"
                    + " FROM idempotency_key WHERE scope = ?1 AND key = ?2"
                    + (lock ? " FOR UPDATE SKIP LOCKED" : ""))
            .getResultList();
    return rows.isEmpty() ? null : rows.get(0);
  }

  /** A statement on one key: {@code ?1} is its scope, {@code ?2} the key. */
  private Query onKey(IdempotentRequest request, String sql) {
    return em.createNativeQuery(sql)
        .setParameter(1, request.scope())
        .setParameter(2, request.key());
  }
}
