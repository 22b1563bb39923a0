package dev.ticketing.ui.views;

import dev.ticketing.booking.idempotency.IdempotentRequest;
import java.util.UUID;

/**
 * The idempotency keys of one button's requests (Book, Pay, Cancel). Each click sends a fresh key,
 * so two clicks are two requests. But a request whose outcome is unknown (it failed unexpectedly,
 * so it may have had its effect or not, or the first request with its key is still running) keeps
 * its key: sent again unchanged, it gets the first request's answer and is never done twice. Once
 * the outcome is known ({@link #settled}), or when the request changes, a fresh key is used.
 *
 * <p>Used by one screen, under its session's lock: not thread-safe.
 */
final class RequestKeys {
  private final String scope;
  private IdempotentRequest unsettled;

  /**
   * @param scope whose keys these are, e.g. "ui:" and the visitor's session: keys of different
   *     visitors never meet
   */
  RequestKeys(String scope) {
    this.scope = scope;
  }

  /**
   * The key to send {@code request} with now: the unsettled one if it was for the same request,
   * else a fresh one.
   *
   * @param request the request in a canonical form: equal text for the same request, different text
   *     for any request with another effect
   */
  IdempotentRequest keyFor(String request) {
    IdempotentRequest fresh = IdempotentRequest.of(scope, UUID.randomUUID().toString(), request);
    if (unsettled == null || !unsettled.fingerprint().equals(fresh.fingerprint())) {
      unsettled = fresh;
    }
    return unsettled;
  }

  /** The last request's outcome is known (answered, or refused with nothing done). */
  void settled() {
    unsettled = null;
  }
}
