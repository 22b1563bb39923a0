package dev.ticketing.web.security;

import dev.ticketing.account.KeySeal;
import dev.ticketing.account.SigningKeys;
import dev.ticketing.account.SigningKeys.StoredKey;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.MessageDigest;
import java.security.interfaces.RSAPrivateKey;
import java.security.interfaces.RSAPublicKey;
import java.security.spec.PKCS8EncodedKeySpec;
import java.security.spec.X509EncodedKeySpec;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * The keys that sign and verify the API's tokens (RS256), shared by every instance through the
 * database ({@link SigningKeys}):
 *
 * <ul>
 *   <li>the newest key signs until it is {@code ticketing.auth.signing-key-rotation-minutes} old;
 *       then the first instance to need a key makes the next one (the database's unique generation
 *       makes the others use it);
 *   <li>a key verifies, and is published at {@code GET /api/auth/jwks}, until its last token has
 *       expired (rotation + {@code ticketing.auth.token-minutes}); then it is deleted;
 *   <li>the private key is stored sealed ({@link KeySeal}) under {@code
 *       ticketing.auth.key-encryption-secret}, which has no default: without it the application
 *       refuses to start.
 * </ul>
 */
@ApplicationScoped
public class SigningKeyRing {
  /** How far the instances' clocks may disagree; verification allows the same. */
  static final Duration CLOCK_SKEW = Duration.ofSeconds(30);

  // An unknown kid (a key made by another instance a moment ago) reloads the keys from the
  // database, at most this often, so that tokens with made-up kids cost no query each.
  private static final long RELOAD_NANOS = Duration.ofSeconds(1).toNanos();

  private static final int SECRET_MIN_LENGTH = 16;

  @Inject private SigningKeys keys;

  private Duration rotation;
  private Duration tokenLifetime;
  private String secret;

  private volatile Signer signer;
  private volatile Map<String, RSAPublicKey> verifying = Map.of();
  private volatile long verifyingLoadedAt = System.nanoTime() - RELOAD_NANOS;

  /** The key that signs now, its private half opened. */
  public record Signer(String id, Instant createdAt, RSAPrivateKey privateKey) {}

  /** A key that verifies tokens now, as published in the JWKS. */
  public record Published(String id, RSAPublicKey key) {
    /** The modulus, base64url without padding (RFC 7518). */
    public String n() {
      return unsigned(key.getModulus());
    }

    /** The public exponent, base64url without padding. */
    public String e() {
      return unsigned(key.getPublicExponent());
    }
  }

  @PostConstruct
  void configure() {
    Config config = ConfigProvider.getConfig(SigningKeyRing.class.getClassLoader());
    rotation =
        Duration.ofMinutes(
            config.getValue("ticketing.auth.signing-key-rotation-minutes", Long.class));
    tokenLifetime = Duration.ofMinutes(config.getValue("ticketing.auth.token-minutes", Long.class));
    secret = config.getValue("ticketing.auth.key-encryption-secret", String.class);
    if (secret == null || secret.strip().length() < SECRET_MIN_LENGTH) {
      throw new IllegalStateException(
          "ticketing.auth.key-encryption-secret (environment TICKETING_AUTH_KEY_ENCRYPTION_SECRET)"
              + " is not set or shorter than "
              + SECRET_MIN_LENGTH
              + " characters: the token signing keys are stored encrypted under it. Give every"
              + " instance the same long random secret, e.g. from: openssl rand -base64 32");
    }
  }

  /**
   * Checks the settings at start, so that a missing secret stops the deployment with its reason.
   */
  void atStart(@Observes @Initialized(ApplicationScoped.class) Object started) {
    // Nothing to do: the container ran configure() when it made this bean to call this method.
  }

  /** The key to sign with now; makes the next one if the newest is due for rotation. */
  public Signer signing() {
    Signer current = signer;
    if (current != null && fresh(current.createdAt())) {
      return current;
    }
    synchronized (this) {
      current = signer;
      if (current != null && fresh(current.createdAt())) {
        return current;
      }
      Optional<StoredKey> newest = keys.newest();
      if (newest.isEmpty() || !fresh(newest.get().createdAt())) {
        KeyPair pair = generate();
        RSAPublicKey publicKey = (RSAPublicKey) pair.getPublic();
        String id = thumbprint(publicKey);
        keys.add(
            id,
            newest.map(k -> k.generation() + 1).orElse(1),
            KeySeal.seal(pair.getPrivate().getEncoded(), secret, id),
            publicKey.getEncoded());
        keys.retire(Instant.now().minus(rotation).minus(tokenLifetime).minus(CLOCK_SKEW));
        newest = keys.newest(); // ours, or the one another instance stored first
      }
      StoredKey stored = newest.orElseThrow();
      signer =
          new Signer(
              stored.id(),
              stored.createdAt(),
              privateKey(KeySeal.open(stored.sealedPrivateKey(), secret, stored.id())));
      verifyingLoadedAt = System.nanoTime() - RELOAD_NANOS; // the next unknown kid reloads
      return signer;
    }
  }

  /** The public key named {@code kid}, while it verifies. */
  public Optional<RSAPublicKey> publicKey(String kid) {
    if (kid == null) {
      return Optional.empty();
    }
    RSAPublicKey key = verifying.get(kid);
    if (key == null && System.nanoTime() - verifyingLoadedAt >= RELOAD_NANOS) {
      verifyingLoadedAt = System.nanoTime();
      verifying = published().stream().collect(Collectors.toMap(Published::id, Published::key));
      key = verifying.get(kid);
    }
    return Optional.ofNullable(key);
  }

  /** Every key that verifies now (what the JWKS publishes), newest first. */
  public List<Published> published() {
    return keys
        .verifying(Instant.now().minus(rotation).minus(tokenLifetime).minus(CLOCK_SKEW))
        .stream()
        .map(k -> new Published(k.id(), publicKey(k.publicKey())))
        .toList();
  }

  private boolean fresh(Instant createdAt) {
    return Instant.now().isBefore(createdAt.plus(rotation));
  }

  private static KeyPair generate() {
    try {
      KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
      generator.initialize(2048);
      return generator.generateKeyPair();
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("RSA is part of every Java runtime", e);
    }
  }

  private static RSAPrivateKey privateKey(byte[] pkcs8) {
    try {
      return (RSAPrivateKey)
          KeyFactory.getInstance("RSA").generatePrivate(new PKCS8EncodedKeySpec(pkcs8));
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("a stored signing key is not an RSA private key", e);
    } finally {
      Arrays.fill(pkcs8, (byte) 0);
    }
  }

  private static RSAPublicKey publicKey(byte[] x509) {
    try {
      return (RSAPublicKey)
          KeyFactory.getInstance("RSA").generatePublic(new X509EncodedKeySpec(x509));
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("a stored signing key is not an RSA public key", e);
    }
  }

  /** The key's id: its JWK thumbprint (RFC 7638, SHA-256), which any holder can recompute. */
  static String thumbprint(RSAPublicKey key) {
    String canonical =
        "{\"e\":\""
            + unsigned(key.getPublicExponent())
            + "\",\"kty\":\"RSA\",\"n\":\""
            + unsigned(key.getModulus())
            + "\"}";
    try {
      return Base64.getUrlEncoder()
          .withoutPadding()
          .encodeToString(
              MessageDigest.getInstance("SHA-256")
                  .digest(canonical.getBytes(StandardCharsets.UTF_8)));
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
    }
  }

  /** An unsigned big-endian integer, base64url without padding (JWK's encoding of n and e). */
  static String unsigned(BigInteger value) {
    byte[] bytes = value.toByteArray();
    int skip = bytes.length > 1 && bytes[0] == 0 ? 1 : 0;
    return Base64.getUrlEncoder()
        .withoutPadding()
        .encodeToString(Arrays.copyOfRange(bytes, skip, bytes.length));
  }
}
