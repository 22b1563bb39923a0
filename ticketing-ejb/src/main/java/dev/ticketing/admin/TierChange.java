package dev.ticketing.admin;

/**
 * Changes to a tier; a null field stays as it is.
 *
 * @param priceMinor the price of tickets booked from now on (bookings keep theirs)
 * @param capacity tickets in all: raising adds tickets, lowering removes unsold ones and is refused
 *     below what is sold or held
 * @param position where the tier shows among its concert's tiers, from 1
 */
public record TierChange(
    String displayName, Long priceMinor, String currency, Integer capacity, Integer position) {}
