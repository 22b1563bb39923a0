package dev.ticketing.booking.refusal;

import jakarta.ejb.ApplicationException;
import java.util.Map;

/**
 * A booking that cannot be made, paid or cancelled as asked. Thrown before anything is written, or
 * it rolls the whole booking back: a rejected booking never changes stock.
 *
 * <p>Each kind of refusal has a {@link Reason}; the API and the screens switch on it, so a new
 * reason cannot be added without both saying what it means.
 */
@ApplicationException(rollback = true, inherited = true)
public abstract class BookingRejectedException extends RuntimeException {

  /** Why a booking was refused. */
  public enum Reason {
    /** A tier has fewer tickets left than asked for. */
    NOT_ENOUGH_TICKETS,
    /** The concert has no tier of that code. */
    UNKNOWN_TIER,
    /** A quantity below one or above the per-order limit. */
    INVALID_QUANTITY,
    /** The order as a whole is malformed: no lines, a tier listed twice. */
    INVALID_ORDER,
    /** No booking has that id. */
    UNKNOWN_BOOKING,
    /** The hold ran out before the booking was paid: its tickets are back on sale. */
    HOLD_EXPIRED,
    /** The booking is paid already; it was not charged again. */
    ALREADY_PAID,
    /** The booking was cancelled. */
    BOOKING_CANCELLED,
    /** The card was refused; the hold stays until it expires. */
    PAYMENT_DECLINED,
    /** The card number cannot be one (length, check digit). */
    INVALID_CARD,
    /** The payment provider did not answer in time; nothing was charged, the hold stays. */
    PAYMENT_TIMEOUT,
    /** An {@code Idempotency-Key} sent again with a different request. */
    IDEMPOTENCY_KEY_REUSED,
    /** An {@code Idempotency-Key} whose first request is still running. */
    IDEMPOTENCY_KEY_IN_USE,
    SALE_NOT_OPEN,
    SALE_CLOSED,
    /** The account would hold more tickets of the concert than its organisers allow one account. */
    PURCHASE_LIMIT,
    /** The concert is sold to logged-in accounts only. */
    ACCOUNT_REQUIRED,
    /** The concert's waiting room is on: a booking needs a valid admission from it. */
    ADMISSION_REQUIRED
  }

  protected BookingRejectedException(String message) {
    super(message);
  }

  public abstract Reason reason();

  /** The request field at fault, as the API names it, or null when no single field is. */
  public String field() {
    return null;
  }

  /** The facts a client needs to act on the refusal (tier, how many are left...), by name. */
  public abstract Map<String, Object> facts();
}
