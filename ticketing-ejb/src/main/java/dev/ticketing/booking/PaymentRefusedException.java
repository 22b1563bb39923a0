package dev.ticketing.booking;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The payment did not go through: the card was declined, is not a card number, or the provider did
 * not answer. Nothing was charged and the hold stays until it expires, so the buyer may try again.
 */
public class PaymentRefusedException extends BookingRejectedException {
  private final Reason reason;
  private final String declineCode;

  PaymentRefusedException(Reason reason, String declineCode, String message) {
    super(message);
    this.reason = reason;
    this.declineCode = declineCode;
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
