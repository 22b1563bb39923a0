package dev.ticketing.payment;

import java.util.UUID;

/**
 * A card payment processor: the seam where a real provider plugs in. Money moves in two steps, as
 * with every card processor: {@link #authorise} reserves the amount on the card, {@link #capture}
 * takes it once the booking is confirmed, {@link #release} gives the reservation up when the
 * booking could not be confirmed (its hold ran out meanwhile). So a buyer is never charged for
 * tickets they did not get.
 *
 * <p>Calls may be slow (they cross the network): never call them while holding a database lock.
 */
public interface PaymentProvider {

  /** The provider's name, as recorded with each payment. */
  String name();

  /**
   * Reserves {@code amountMinor} on the card.
   *
   * @param reference the booking the payment is for, quoted to the provider
   * @throws PaymentDeclinedException if the card is refused (nothing reserved)
   * @throws PaymentTimeoutException if the provider did not answer in time (nothing reserved)
   * @throws InvalidCardException if the number cannot be a card number
   */
  Authorisation authorise(String cardNumber, long amountMinor, String currency, UUID reference);

  /** Takes the reserved amount. */
  void capture(Authorisation authorisation);

  /** Gives the reservation up: nothing is charged. Harmless if already released. */
  void release(Authorisation authorisation);

  /**
   * Pays a captured amount back.
   *
   * @return the provider's id of the refund
   */
  String refund(String authorisationId, long amountMinor, String currency);
}
