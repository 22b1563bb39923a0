package dev.ticketing.web.http;

/**
 * The {@code limit} query parameter of the list endpoints, brought within its range instead of
 * refused. Not Bean Validation: Payara's OpenAPI generator fails on {@code @Min} / {@code @Max} /
 * {@code @Size} on a query parameter (the whole document answers 500).
 */
public final class Limits {
  private Limits() {}

  /** {@code limit}, at least 1 and at most {@code max}. */
  public static int within(int limit, int max) {
    return Math.max(1, Math.min(limit, max));
  }
}
