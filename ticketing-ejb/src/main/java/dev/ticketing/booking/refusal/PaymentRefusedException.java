package dev.ticketing.booking.refusal;

import dev.ticketing.payment.InvalidCardException;
import dev.ticketing.payment.PaymentDeclinedException;
import dev.ticketing.payment.PaymentTimeoutException;
import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The payment did not go through: the card was declined, is not a card number, or the provider did
 * not answer. Nothing was charged and the hold stays until it expires, so the buyer may try again.
 */
public class PaymentRefusedException extends BookingRejectedException {
  private final Reason reason;
  private final String declineCode;

  private PaymentRefusedException(Reason reason, String declineCode, String message) {
    super(message);
    this.reason = reason;
    this.declineCode = declineCode;
  }

  /** The provider declined the card. */
  public static PaymentRefusedException declined(
      PaymentDeclinedException declined, OffsetDateTime heldUntil) {
    return new PaymentRefusedException(
        Reason.PAYMENT_DECLINED,
        declined.code().wireName(),
        declined.getMessage()
            + ". Nothing was charged; the tickets stay held until "
            + heldUntil
            + ".");
  }

  /** Not a card number. */
  public static PaymentRefusedException invalid(InvalidCardException invalid) {
    return new PaymentRefusedException(Reason.INVALID_CARD, null, invalid.getMessage());
  }

  /** The provider did not answer in time. */
  public static PaymentRefusedException timedOut(
      PaymentTimeoutException timeout, OffsetDateTime heldUntil) {
    return new PaymentRefusedException(
        Reason.PAYMENT_TIMEOUT,
        null,
        timeout.getMessage() + ". The tickets stay held until " + heldUntil + ".");
  }

  @Override
  public Reason reason() {
    return reason;
  }

  @Override
  public String field() {
    return reason == Reason.INVALID_CARD ? "card" : null;
  }

  /** The provider's code for a declined card ({@code card_declined}), or null. */
  public String declineCode() {
    return declineCode;
  }

  @Override
  public Map<String, Object> facts() {
    Map<String, Object> facts = new LinkedHashMap<>();
    if (declineCode != null) {
      facts.put("declineCode", declineCode);
    }
    return facts;
  }
}
