package dev.ticketing.booking.idempotency;

import dev.ticketing.booking.refusal.BookingRejectedException;
import java.util.Map;

/** An {@code Idempotency-Key} that cannot be honoured: reused for another request, or busy. */
public class IdempotencyKeyException extends BookingRejectedException {
  private final Reason reason;

  private IdempotencyKeyException(Reason reason, String message) {
    super(message);
    this.reason = reason;
  }

  static IdempotencyKeyException reused() {
    return new IdempotencyKeyException(
        Reason.IDEMPOTENCY_KEY_REUSED,
        "This Idempotency-Key was used for a different request; use a new key for a new request");
  }

  static IdempotencyKeyException inUse() {
    return new IdempotencyKeyException(
        Reason.IDEMPOTENCY_KEY_IN_USE,
        "The first request with this Idempotency-Key is still being processed; try again in a"
            + " moment with the same key to get its answer");
  }

  static IdempotencyKeyException takenOver() {
    return new IdempotencyKeyException(
        Reason.IDEMPOTENCY_KEY_IN_USE,
        "This request outlived its hold on the Idempotency-Key and a repeat took the key over:"
            + " nothing was done by this request; repeat with the same key to get the answer");
  }

  @Override
  public Reason reason() {
    return reason;
  }

  @Override
  public String field() {
    return null;
  }

  @Override
  public Map<String, Object> facts() {
    return Map.of();
  }
}
