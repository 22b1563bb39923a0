package dev.ticketing.payment;

/** The provider did not answer in time. Nothing was reserved or charged; trying again may work. */
public class PaymentTimeoutException extends RuntimeException {
  public PaymentTimeoutException(String message) {
    super(message);
  }
}
