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
      "Optional. A key unique to this request (e.g. a UUID; 1-255 printable ASCII characters)."
          + " Sent again with the same request, it gets the first answer (header"
          + " `Idempotent-Replayed: true`) and nothing is done twice; with a different request,"
          + " 422; while the first request is still running, 409. Keys are kept 24 hours.";

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
    String request = operation + "\n" + (body == null ? "" : JSON.toJson(body));
    return IdempotentRequest.of(caller(security), key, request);
  }

  /** Whose keys: the signed-in user's, or those of every anonymous caller. */
  private static String caller(SecurityContext security) {
    Principal principal = security == null ? null : security.getUserPrincipal();
    return principal == null ? "anonymous" : "user:" + principal.getName();
  }
}
