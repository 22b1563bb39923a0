package dev.ticketing.booking;

/** A quantity below one, or above the per-order limit of a tier. */
public class InvalidQuantityException extends BookingRejectedException {
  private final String tier;
  private final int quantity;
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
    this.quantity = quantity;
    this.maxPerTier = maxPerTier;
  }

  public String tier() {
    return tier;
  }

  public int quantity() {
    return quantity;
  }

  public int maxPerTier() {
    return maxPerTier;
  }
}
