package dev.ticketing.ui.organiser;

import java.math.BigDecimal;
import java.util.Currency;
import java.util.Optional;

/**
 * Prices as organisers type them (20.50 dollars) and as they are kept (2050 cents, minor units of
 * the ISO 4217 currency).
 */
final class Prices {
  private Prices() {}

  /**
   * @return the price in minor units, or empty if it is negative, has more decimals than the
   *     currency, or is not a known currency
   */
  static Optional<Long> toMinor(BigDecimal major, String currencyCode) {
    int digits = digits(currencyCode);
    if (major == null
        || digits < 0
        || major.signum() < 0
        || major.stripTrailingZeros().scale() > digits) {
      return Optional.empty();
    }
    try {
      return Optional.of(major.movePointRight(digits).longValueExact());
    } catch (ArithmeticException tooLarge) {
      return Optional.empty();
    }
  }

  static BigDecimal toMajor(long minor, String currencyCode) {
    return BigDecimal.valueOf(minor, Math.max(digits(currencyCode), 0));
  }

  /** The currency's decimals, or -1 if it is not an ISO 4217 currency this Java knows. */
  private static int digits(String currencyCode) {
    try {
      return Math.max(Currency.getInstance(currencyCode).getDefaultFractionDigits(), 0);
    } catch (IllegalArgumentException | NullPointerException unknown) {
      return -1;
    }
  }
}
