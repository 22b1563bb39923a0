package dev.ticketing.web.booking;

import dev.ticketing.booking.idempotency.IdempotentRequest;
import dev.ticketing.booking.refusal.InvalidBookingException;
import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.ws.rs.core.SecurityContext;
import java.security.Principal;

/**
 * The {@code Idempotency-Key} request header (the convention of Stripe and pretix): a client that
 * sends a {@code POST} again with the same key, say after a timeout, gets the first answer and the
 * work is done once. Keys belong to their caller; a key is compared with the request it came with
 * (method, path, body as read), so the same key with another request is refused.
 */
public final class IdempotencyKeyHeader {
  public static final String NAME = "Idempotency-Key";

  /** Response header set to {@code true} on an answer replayed for a repeated key. */
  public static final String REPLAYED = "Idempotent-Replayed";

  public static final String DESCRIPTION =
      "Optional. A key unique to this request (e.g. a UUID; 1-255 printable ASCII characters,"
          + " at least 16 without a bearer token: all anonymous callers share one scope of keys,"
          + " so a short one could be guessed by another). Sent again with the same request, it gets the first answer (header"
          + " `Idempotent-Replayed: true`) and nothing is done twice; with a different request,"
          + " 422; while the first request is still running, 409. Keys are kept 24 hours.";

  /**
   * The shortest key of an anonymous caller. Every anonymous caller's keys share one scope: a
   * stranger who guessed a short key and the request would be replayed the victim's answer (its
   * booking id, a capability). 16 characters leave nothing to guess if they are random (a UUID has
   * 36); a logged-in caller's keys are theirs alone and may be shorter.
   */
  public static final int MIN_ANONYMOUS_KEY_LENGTH = 16;

  private static final String ANONYMOUS = "anonymous";

  private static final Jsonb JSON = JsonbBuilder.create();

  private IdempotencyKeyHeader() {}

  /**
   * The request to run once per key, or null without a key.
   *
   * @param operation method and path, e.g. {@code POST bookings}
   * @param body the request's body as read, or null
   * @throws InvalidBookingException (400) if the key is malformed
   */
  public static IdempotentRequest request(
      SecurityContext security, String key, String operation, Object body) {
    if (key == null) {
      return null;
    }
    if (!IdempotentRequest.isWellFormed(key)) {
      throw new InvalidBookingException(
          NAME,
          "An Idempotency-Key is 1 to "
              + IdempotentRequest.MAX_KEY_LENGTH
              + " printable ASCII characters, without spaces");
    }
    String caller = caller(security);
    if (caller.equals(ANONYMOUS) && key.length() < MIN_ANONYMOUS_KEY_LENGTH) {
      throw new InvalidBookingException(
          NAME,
          "Without a bearer token an Idempotency-Key has at least "
              + MIN_ANONYMOUS_KEY_LENGTH
              + " characters (a UUID, say): anonymous callers share one scope of keys, so a"
              + " shorter key could be guessed by another caller");
    }
    String request = operation + "\n" + (body == null ? "" : JSON.toJson(body));
    return IdempotentRequest.of(caller, key, request);
  }

  /** Whose keys: the signed-in user's, or those of every anonymous caller. */
  private static String caller(SecurityContext security) {
    Principal principal = security == null ? null : security.getUserPrincipal();
    return principal == null ? ANONYMOUS : "user:" + principal.getName();
  }
}
