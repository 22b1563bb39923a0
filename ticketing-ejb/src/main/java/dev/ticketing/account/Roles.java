package dev.ticketing.account;

/** The roles an account can have; a group of the same name in the database grants each. */
public final class Roles {
  /** Manages concerts, tiers and sales; sees every booking of their concerts. */
  public static final String ORGANISER = "organiser";

  /** Books tickets and sees their own bookings. */
  public static final String CUSTOMER = "customer";

  /** Checks tickets in at the door, and nothing else (an account an organiser makes). */
  public static final String DOOR = "door";

  private Roles() {}
}
