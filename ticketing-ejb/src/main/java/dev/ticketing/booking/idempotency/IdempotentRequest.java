package dev.ticketing.booking.idempotency;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.UUID;

/**
 * A request sent with an {@code Idempotency-Key}: repeated with the same key, it has its effect
 * once and gets the first answer again.
 *
 * @param scope whose key it is: keys of different callers never meet
 * @param key the client's key
 * @param fingerprint a digest of the request (method, path, body): the same key with another
 *     request is refused
 * @param attempt this request's own token, one per request received: the key's owner while this
 *     request holds it ({@link IdempotencyKeys}), checked on every write to the key
 */
public record IdempotentRequest(String scope, String key, String fingerprint, UUID attempt) {
  /** The longest key accepted. */
  public static final int MAX_KEY_LENGTH = 255;

  /**
   * @param request the request in a canonical form (e.g. method, path and body as JSON)
   */
  public static IdempotentRequest of(String scope, String key, String request) {
    try {
      byte[] digest =
          MessageDigest.getInstance("SHA-256").digest(request.getBytes(StandardCharsets.UTF_8));
      return new IdempotentRequest(scope, key, HexFormat.of().formatHex(digest), UUID.randomUUID());
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
    }
  }

  /** Whether a client's key is acceptable: 1 to 255 printable ASCII characters. */
  public static boolean isWellFormed(String key) {
    return key != null && key.length() <= MAX_KEY_LENGTH && key.matches("[\\x21-\\x7E]+");
  }
}
