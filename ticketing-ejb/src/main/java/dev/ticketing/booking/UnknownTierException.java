package dev.ticketing.booking;

/** The concert has no tier of that name. */
public class UnknownTierException extends BookingRejectedException {
  private final String tier;

  public UnknownTierException(String tier) {
    super("There is no ticket tier named '" + tier + "'");
    this.tier = tier;
  }

  public String tier() {
    return tier;
  }
}
