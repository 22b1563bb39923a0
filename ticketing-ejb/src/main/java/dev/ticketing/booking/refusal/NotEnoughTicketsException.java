package dev.ticketing.booking.refusal;

import java.util.LinkedHashMap;
import java.util.Map;

/** Fewer tickets of a tier are left than were asked for. */
public class NotEnoughTicketsException extends BookingRejectedException {
  private final String tier;
  private final int requested;
  private final int available;

  public NotEnoughTicketsException(String tier, int requested, int available) {
    super(
        available == 0
            ? tier + " is sold out"
            : "Only " + available + " " + tier + " tickets are left; " + requested + " requested");
    this.tier = tier;
    this.requested = requested;
    this.available = available;
  }

  @Override
  public Reason reason() {
    return Reason.NOT_ENOUGH_TICKETS;
  }

  @Override
  public Map<String, Object> facts() {
    Map<String, Object> facts = new LinkedHashMap<>();
    facts.put("tier", tier);
    facts.put("requested", requested);
    facts.put("available", available);
    return facts;
  }

  public String tier() {
    return tier;
  }

  public int requested() {
    return requested;
  }

  /** How many tickets of the tier were left when the booking was refused. */
  public int available() {
    return available;
  }
}
