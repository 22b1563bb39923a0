package dev.ticketing.booking.refusal;

import java.util.Map;

/** The concert has no tier of that name. */
public class UnknownTierException extends BookingRejectedException {
  private final String tier;

  public UnknownTierException(String tier) {
    super("There is no ticket tier named '" + tier + "'");
    this.tier = tier;
  }

  @Override
  public Reason reason() {
    return Reason.UNKNOWN_TIER;
  }

  @Override
  public Map<String, Object> facts() {
    return Map.of("tier", tier);
  }

  public String tier() {
    return tier;
  }
}
