package dev.ticketing.payment;

/**
 * An amount reserved on a card.
 *
 * @param id the provider's id of the authorisation
 * @param cardLast4 the last four digits of the card, which may be shown and stored
 */
public record Authorisation(
    String id, String provider, long amountMinor, String currency, String cardLast4) {}
