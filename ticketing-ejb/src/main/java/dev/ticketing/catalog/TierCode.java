package dev.ticketing.catalog;

import java.util.regex.Pattern;

/**
 * The form of a tier's code ({@code VIP}, {@code FRONT_ROW}): the one definition that the request
 * validation, the booking engine and the database's CHECK constraint on {@code ticket_tier.code}
 * agree on.
 */
public final class TierCode {
  /** Longest code a tier can have. */
  public static final int MAX_LENGTH = 32;

  private static final Pattern FORM = Pattern.compile("[A-Z][A-Z0-9_]{0," + (MAX_LENGTH - 1) + "}");

  private TierCode() {}

  /** Whether a tier could have this code; a code that could not is unknown without a lookup. */
  public static boolean isWellFormed(String code) {
    return code != null && FORM.matcher(code).matches();
  }
}
