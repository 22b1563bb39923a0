package dev.ticketing.account;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;

/**
 * The stored keys that sign the API's bearer tokens ({@code signing_key}): every statement on that
 * table. Keys come in generations; the instances agree on the next one through the database (the
 * first to store generation n+1 wins). This bean only keeps them: it never sees a private key in
 * clear (the web module seals it before it gets here), nor decides when to rotate.
 */
@Stateless
public class SigningKeys {
  @PersistenceContext(unitName = "ticketing")
  private EntityManager em;

  /**
   * A stored key: its id ({@code kid}), generation, creation time (the database's clock), the
   * sealed private key and the public key (X.509 SubjectPublicKeyInfo).
   */
  public record StoredKey(
      String id, int generation, Instant createdAt, byte[] sealedPrivateKey, byte[] publicKey) {}

  /** The newest key, if there is one. */
  public Optional<StoredKey> newest() {
    return select("ORDER BY generation DESC LIMIT 1", null).stream().findFirst();
  }

  /**
   * The keys that may have signed a token still valid: those created after {@code since}, and the
   * newest whatever its age; newest first.
   */
  public List<StoredKey> verifying(Instant since) {
    return select(
        "WHERE created_at > ?1 OR generation = (SELECT max(generation) FROM signing_key)"
            + " ORDER BY generation DESC",
        since);
  }

  /**
   * Stores {@code key} as its generation, unless another instance stored that generation first
   * (then nothing changes and the answer is false). Committed at once, whatever the caller's
   * transaction.
   */
  @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
  public boolean add(String id, int generation, byte[] sealedPrivateKey, byte[] publicKey) {
    return em.createNativeQuery(
                "INSERT INTO signing_key (id, generation, sealed_private_key, public_key)"
                    + " VALUES (?1, ?2, ?3, ?4) ON CONFLICT DO NOTHING")
            .setParameter(1, id)
            .setParameter(2, generation)
            .setParameter(3, sealedPrivateKey)
            .setParameter(4, publicKey)
            .executeUpdate()
        == 1;
  }

  /**
   * Deletes the keys created before {@code before}, except the newest: no token they signed is
   * still valid. Idempotent.
   *
   * @return how many were deleted
   */
  @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
  public int retire(Instant before) {
    return em.createNativeQuery(
            "DELETE FROM signing_key WHERE created_at < ?1"
                + " AND generation < (SELECT max(generation) FROM signing_key)")
        .setParameter(1, OffsetDateTime.ofInstant(before, ZoneOffset.UTC))
        .executeUpdate();
  }

  private List<StoredKey> select(String rest, Instant since) {
    var query =
        em.createNativeQuery(
            "SELECT id, generation, created_at, sealed_private_key, public_key FROM signing_key "
                + rest);
    if (since != null) {
      query.setParameter(1, OffsetDateTime.ofInstant(since, ZoneOffset.UTC));
    }
    List<?> rows = query.getResultList();
    return rows.stream()
        .map(
            r -> {
              Object[] row = (Object[]) r;
              return new StoredKey(
                  (String) row[0],
                  ((Number) row[1]).intValue(),
                  instant(row[2]),
                  (byte[]) row[3],
                  (byte[]) row[4]);
            })
        .toList();
  }

  private static Instant instant(Object timestamp) {
    if (timestamp instanceof java.sql.Timestamp t) {
      return t.toInstant();
    }
    if (timestamp instanceof OffsetDateTime t) {
      return t.toInstant();
    }
    throw new IllegalStateException("unexpected timestamp type " + timestamp.getClass());
  }
}
