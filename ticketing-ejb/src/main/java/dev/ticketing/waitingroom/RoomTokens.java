package dev.ticketing.waitingroom;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.time.Instant;
import java.util.Base64;
import java.util.Optional;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * The room's two tokens, signed with HMAC-SHA256 so that any instance checks them without the
 * database:
 *
 * <ul>
 *   <li>a <b>ticket</b> ({@code q1.<concert>.<place>.<position>.<mac>}) names a place in line; it
 *       is the key to the place's status (no login). Position 0: the place was taken in the
 *       pre-queue and gets its position at the opening;
 *   <li>an <b>admission</b> ({@code a1.<concert>.<place>.<until>.<mac>}) lets its place book the
 *       concert until {@code until} (epoch seconds). Whether it still does (not expired, the caller
 *       its owner) is the database's answer at each booking ({@link WaitingRooms#enter}).
 * </ul>
 *
 * The key is derived from the deployment's secret ({@code ticketing.auth.key-encryption-secret}),
 * the same on every instance: {@code HMAC-SHA256(secret, "ticketing waiting-room tokens v1")}.
 * Thread-safe.
 */
final class RoomTokens {
  private static final Base64.Encoder B64 = Base64.getUrlEncoder().withoutPadding();
  private static final Base64.Decoder B64D = Base64.getUrlDecoder();
  private static final int MAC_BYTES = 16;
  private static final int MAX_LENGTH = 200;

  private final byte[] key;

  /** A ticket's contents. {@code position} 0: given at the opening. */
  record Ticket(long concertId, long placeId, long position) {}

  /** An admission's contents. */
  record Admission(long concertId, long placeId, Instant until) {}

  RoomTokens(String secret) {
    if (secret == null || secret.isBlank()) {
      throw new IllegalStateException(
          "ticketing.auth.key-encryption-secret is not set: the waiting room cannot sign tickets");
    }
    key = mac(secret.getBytes(StandardCharsets.UTF_8), "ticketing waiting-room tokens v1");
  }

  String ticket(Ticket ticket) {
    return signed("q1." + ticket.concertId() + "." + ticket.placeId() + "." + ticket.position());
  }

  String admission(Admission admission) {
    return signed(
        "a1."
            + admission.concertId()
            + "."
            + admission.placeId()
            + "."
            + admission.until().getEpochSecond());
  }

  /** The ticket, if the token is one of ours. */
  Optional<Ticket> readTicket(String token) {
    return fields(token, "q1").map(f -> new Ticket(f[0], f[1], f[2]));
  }

  /** The admission, if the token is one of ours (expired or not). */
  Optional<Admission> readAdmission(String token) {
    return fields(token, "a1").map(f -> new Admission(f[0], f[1], Instant.ofEpochSecond(f[2])));
  }

  private Optional<long[]> fields(String token, String kind) {
    if (token == null || token.length() > MAX_LENGTH) {
      return Optional.empty();
    }
    int lastDot = token.lastIndexOf('.');
    if (lastDot < 0) {
      return Optional.empty();
    }
    String body = token.substring(0, lastDot);
    byte[] given;
    try {
      given = B64D.decode(token.substring(lastDot + 1));
    } catch (IllegalArgumentException notBase64) {
      return Optional.empty();
    }
    if (!MessageDigest.isEqual(given, macOf(body))) {
      return Optional.empty();
    }
    String[] parts = body.split("\\.", -1);
    if (parts.length != 4 || !parts[0].equals(kind)) {
      return Optional.empty();
    }
    try {
      return Optional.of(
          new long[] {
            Long.parseLong(parts[1]), Long.parseLong(parts[2]), Long.parseLong(parts[3])
          });
    } catch (NumberFormatException e) {
      return Optional.empty();
    }
  }

  private String signed(String body) {
    return body + "." + B64.encodeToString(macOf(body));
  }

  private byte[] macOf(String body) {
    byte[] full = mac(key, body);
    byte[] cut = new byte[MAC_BYTES];
    System.arraycopy(full, 0, cut, 0, MAC_BYTES);
    return cut;
  }

  private static byte[] mac(byte[] key, String message) {
    try {
      Mac mac = Mac.getInstance("HmacSHA256");
      mac.init(new SecretKeySpec(key, "HmacSHA256"));
      return mac.doFinal(message.getBytes(StandardCharsets.UTF_8));
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("HMAC-SHA256 is not available", e);
    }
  }
}
