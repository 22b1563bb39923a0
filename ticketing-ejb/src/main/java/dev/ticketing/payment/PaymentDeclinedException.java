package dev.ticketing.payment;

/**
 * The card was refused. Nothing was reserved or charged.
 *
 * @see DeclineCode
 */
public class PaymentDeclinedException extends RuntimeException {
  private final DeclineCode code;

  public PaymentDeclinedException(DeclineCode code, String message) {
    super(message);
    this.code = code;
  }

  public DeclineCode code() {
    return code;
  }

  /** Why a card was refused, in the codes card processors use. */
  public enum DeclineCode {
    /** Refused by the bank, no reason given. */
    CARD_DECLINED,
    /** Not enough money on the card. */
    INSUFFICIENT_FUNDS,
    /** A real card sent to a test-mode provider. */
    NOT_A_TEST_CARD;

    /** As card processors write it: {@code card_declined}. */
    public String wireName() {
      return name().toLowerCase(java.util.Locale.ROOT);
    }
  }
}
