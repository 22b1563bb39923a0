package dev.ticketing.eticket;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;

/**
 * The concerts' e-ticket keys ({@code concert_ticket_key}): every statement on that table. One key
 * pair per concert, made when the concert's first code is needed and kept for the concert's life (a
 * printed ticket must stay valid); the instances agree on it through the primary key (the first to
 * store a concert's key wins). This bean never sees a private key in clear.
 */
@Stateless
public class TicketKeys {
  @PersistenceContext(unitName = "ticketing")
  private EntityManager em;

  /** A stored key: its id, the public key (X.509) and the sealed private key (PKCS#8). */
  public record StoredKey(
      long concertId, String keyId, byte[] publicKey, byte[] sealedPrivateKey) {}

  /** The concert's key, if it has one yet. */
  @TransactionAttribute(TransactionAttributeType.SUPPORTS)
  public Optional<StoredKey> of(long concertId) {
    List<?> rows =
        em.createNativeQuery(
                "SELECT key_id, public_key, sealed_private_key FROM concert_ticket_key"
                    + " WHERE concert_id = ?1")
            .setParameter(1, concertId)
            .getResultList();
    return rows.stream()
        .findFirst()
        .map(
            r -> {
              Object[] row = (Object[]) r;
              return new StoredKey(concertId, (String) row[0], (byte[]) row[1], (byte[]) row[2]);
            });
  }

  /**
   * Stores the concert's key unless another instance stored one first (then nothing changes).
   * Committed at once, whatever the caller's transaction.
   *
   * @return whether this one was stored
   */
  @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
  public boolean add(long concertId, String keyId, byte[] publicKey, byte[] sealedPrivateKey) {
    return em.createNativeQuery(
                "INSERT INTO concert_ticket_key (concert_id, key_id, public_key,"
                    + " sealed_private_key) SELECT ?1, ?2, ?3, ?4 WHERE EXISTS (SELECT 1 FROM"
                    + " concert WHERE id = ?1) ON CONFLICT (concert_id) DO NOTHING")
            .setParameter(1, concertId)
            .setParameter(2, keyId)
            .setParameter(3, publicKey)
            .setParameter(4, sealedPrivateKey)
            .executeUpdate()
        == 1;
  }
}
