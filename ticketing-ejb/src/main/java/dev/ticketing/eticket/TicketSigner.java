package dev.ticketing.eticket;

import dev.ticketing.account.KeySeal;
import dev.ticketing.catalog.UnknownConcertException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.Signature;
import java.security.spec.PKCS8EncodedKeySpec;
import java.security.spec.X509EncodedKeySpec;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * Signs and verifies ticket codes with the concert's Ed25519 key ({@link TicketKeys}). A concert's
 * key is made the first time one of its codes is needed, and opened once per instance (opening
 * costs a PBKDF2 derivation): then signing costs microseconds and no query. Ed25519 signatures are
 * deterministic (RFC 8032), so a ticket's code is the same whenever and wherever it is shown.
 */
@ApplicationScoped
public class TicketSigner {
  private static final String ALGORITHM = "Ed25519";

  @Inject private TicketKeys keys;

  private final Map<Long, ConcertKey> opened = new ConcurrentHashMap<>();
  private final Map<Long, PublicKey> verifying = new ConcurrentHashMap<>();

  /** A concert's key, opened. */
  private record ConcertKey(String keyId, PrivateKey privateKey, PublicKey publicKey) {}

  /** A concert's public key as the door gets it. */
  public record PublicTicketKey(String keyId, String algorithm, byte[] x509) {}

  /** The code of this ticket, signed with its concert's key (made now if the concert has none). */
  public String sign(TicketCode ticket) {
    ConcertKey key = opened.computeIfAbsent(ticket.concertId(), this::openOrMake);
    try {
      Signature ed = Signature.getInstance(ALGORITHM);
      ed.initSign(key.privateKey());
      ed.update(ticket.payload());
      return ticket.withSignature(ed.sign());
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("Ed25519 is part of every Java 17 runtime", e);
    }
  }

  /**
   * Whether the code was signed with its own concert's key: false for a concert with no key (it
   * never issued a ticket) or a signature that does not match.
   */
  public boolean verifies(TicketCode.Signed code) {
    PublicKey key = publicKeyOf(code.ticket().concertId()).orElse(null);
    if (key == null) {
      return false;
    }
    try {
      Signature ed = Signature.getInstance(ALGORITHM);
      ed.initVerify(key);
      ed.update(code.payload());
      return ed.verify(code.signature());
    } catch (java.security.SignatureException malformed) {
      return false;
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("Ed25519 is part of every Java 17 runtime", e);
    }
  }

  /** The concert's public key, for gates that verify offline (made now if it has none). */
  public PublicTicketKey publicKey(long concertId) {
    ConcertKey key = opened.computeIfAbsent(concertId, this::openOrMake);
    return new PublicTicketKey(key.keyId(), ALGORITHM, key.publicKey().getEncoded());
  }

  private Optional<PublicKey> publicKeyOf(long concertId) {
    PublicKey known = verifying.get(concertId);
    if (known != null) {
      return Optional.of(known);
    }
    Optional<PublicKey> stored = keys.of(concertId).map(k -> decodePublic(k.publicKey()));
    stored.ifPresent(k -> verifying.put(concertId, k));
    return stored;
  }

  private ConcertKey openOrMake(long concertId) {
    Optional<TicketKeys.StoredKey> stored = keys.of(concertId);
    if (stored.isEmpty()) {
      KeyPair pair = generate();
      String keyId = "concert-" + concertId + "-" + UUID.randomUUID();
      keys.add(
          concertId,
          keyId,
          pair.getPublic().getEncoded(),
          KeySeal.seal(pair.getPrivate().getEncoded(), secret(), keyId));
      stored = keys.of(concertId); // ours, or the one another instance stored first
    }
    TicketKeys.StoredKey key = stored.orElseThrow(() -> new UnknownConcertException(concertId));
    try {
      PrivateKey privateKey =
          KeyFactory.getInstance(ALGORITHM)
              .generatePrivate(
                  new PKCS8EncodedKeySpec(
                      KeySeal.open(key.sealedPrivateKey(), secret(), key.keyId())));
      PublicKey publicKey = decodePublic(key.publicKey());
      verifying.put(concertId, publicKey);
      return new ConcertKey(key.keyId(), privateKey, publicKey);
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("ticket key of concert " + concertId + " is damaged", e);
    }
  }

  private static PublicKey decodePublic(byte[] x509) {
    try {
      return KeyFactory.getInstance(ALGORITHM).generatePublic(new X509EncodedKeySpec(x509));
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("a stored ticket key is not an Ed25519 public key", e);
    }
  }

  private static KeyPair generate() {
    try {
      return KeyPairGenerator.getInstance(ALGORITHM).generateKeyPair();
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("Ed25519 is part of every Java 17 runtime", e);
    }
  }

  private static String secret() {
    // Checked at start by the web module's token key ring: it refuses to start without one.
    return ConfigProvider.getConfig(TicketSigner.class.getClassLoader())
        .getValue("ticketing.auth.key-encryption-secret", String.class);
  }
}
