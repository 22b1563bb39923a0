package dev.ticketing.payment;

/** The number given cannot be a card number (wrong length, not digits, failed check digit). */
public class InvalidCardException extends RuntimeException {
  public InvalidCardException(String message) {
    super(message);
  }
}
