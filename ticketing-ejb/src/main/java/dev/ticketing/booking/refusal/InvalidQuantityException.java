package dev.ticketing.booking.refusal;

import java.util.LinkedHashMap;
import java.util.Map;

/** A quantity below one, or above the per-order limit of a tier. */
public class InvalidQuantityException extends BookingRejectedException {
  private final String tier;
  private final int maxPerTier;

  public InvalidQuantityException(String tier, int quantity, int maxPerTier) {
    super(
        "Quantity for "
            + tier
            + " must be between 1 and "
            + maxPerTier
            + " per order; got "
            + quantity);
    this.tier = tier;
    this.maxPerTier = maxPerTier;
  }

  @Override
  public Reason reason() {
    return Reason.INVALID_QUANTITY;
  }

  @Override
  public String field() {
    return "quantity";
  }

  @Override
  public Map<String, Object> facts() {
    Map<String, Object> facts = new LinkedHashMap<>();
    facts.put("tier", tier);
    facts.put("maxPerTier", maxPerTier);
    return facts;
  }

  public String tier() {
    return tier;
  }

  public int maxPerTier() {
    return maxPerTier;
  }
}
