package dev.ticketing.admin;

/**
 * A tier with what it sold.
 *
 * @param position where it shows among its concert's tiers, from 1
 * @param sold tickets of paid (confirmed) bookings
 * @param held tickets of bookings waiting for payment
 * @param kept tickets that came back while people waited on the tier's waiting list, kept for the
 *     next of them (offered within seconds, or passed on when nobody left can take them); sold,
 *     held, kept and available add up to the capacity
 * @param available tickets in no booking
 * @param revenueMinor what the sold tickets brought, in minor units of {@code currency}
 */
public record TierSales(
    long id,
    String code,
    String displayName,
    long priceMinor,
    String currency,
    int capacity,
    int position,
    int sold,
    int held,
    int kept,
    int available,
    long revenueMinor) {}
