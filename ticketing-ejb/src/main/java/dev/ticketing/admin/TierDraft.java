package dev.ticketing.admin;

/** A new tier: its code in the API, name, price of one ticket (minor units) and ticket count. */
public record TierDraft(
    String code, String displayName, long priceMinor, String currency, int capacity) {}
