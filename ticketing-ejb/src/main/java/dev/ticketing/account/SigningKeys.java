package dev.ticketing.account;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.interfaces.RSAPrivateKey;
import java.security.interfaces.RSAPublicKey;
import java.security.spec.PKCS8EncodedKeySpec;
import java.security.spec.X509EncodedKeySpec;
import java.util.List;

/**
 * The RSA key pair that signs the API's bearer tokens (RS256). Made at the first start and kept in
 * the database ({@code signing_key}), so that every instance, and the next start, signs and checks
 * with the same key: tokens survive a restart and work on any instance.
 */
@Stateless
public class SigningKeys {
  /** The key's id, named in each token's header ({@code kid}). */
  public static final String KEY_ID = "ticketing-1";

  private static volatile SigningKey known;

  @PersistenceContext(unitName = "ticketing")
  private EntityManager em;

  /** A key pair and its id. */
  public record SigningKey(String id, RSAPrivateKey privateKey, RSAPublicKey publicKey) {}

  /** The key pair, made now if there is none yet (the first instance to store one wins). */
  @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
  public SigningKey current() {
    SigningKey key = known;
    if (key != null) {
      return key;
    }
    try {
      List<?> rows = stored();
      if (rows.isEmpty()) {
        KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
        generator.initialize(2048);
        KeyPair pair = generator.generateKeyPair();
        em.createNativeQuery(
                "INSERT INTO signing_key (id, private_key, public_key) VALUES (?1, ?2, ?3)"
                    + " ON CONFLICT (id) DO NOTHING")
            .setParameter(1, KEY_ID)
            .setParameter(2, pair.getPrivate().getEncoded())
            .setParameter(3, pair.getPublic().getEncoded())
            .executeUpdate();
        rows = stored();
      }
      Object[] row = (Object[]) rows.get(0);
      KeyFactory rsa = KeyFactory.getInstance("RSA");
      key =
          new SigningKey(
              (String) row[0],
              (RSAPrivateKey) rsa.generatePrivate(new PKCS8EncodedKeySpec((byte[]) row[1])),
              (RSAPublicKey) rsa.generatePublic(new X509EncodedKeySpec((byte[]) row[2])));
      known = key;
      return key;
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("RSA is part of every Java runtime", e);
    }
  }

  private List<?> stored() {
    return em.createNativeQuery("SELECT id, private_key, public_key FROM signing_key WHERE id = ?1")
        .setParameter(1, KEY_ID)
        .getResultList();
  }
}
