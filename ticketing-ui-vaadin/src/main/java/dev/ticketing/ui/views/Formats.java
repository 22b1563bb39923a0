package dev.ticketing.ui.views;

import dev.ticketing.booking.BookingSummary;
import java.math.BigDecimal;
import java.text.NumberFormat;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Currency;
import java.util.Locale;

/** How money and dates read on the screens. */
public final class Formats {
  private Formats() {}

  /** Minor units of an ISO 4217 currency as money: 2000 USD reads "$20.00" in English. */
  public static String money(long minor, String currencyCode, Locale locale) {
    Currency currency = Currency.getInstance(currencyCode);
    int digits = Math.max(currency.getDefaultFractionDigits(), 0);
    NumberFormat format = NumberFormat.getCurrencyInstance(locale);
    format.setCurrency(currency);
    format.setMinimumFractionDigits(digits);
    format.setMaximumFractionDigits(digits);
    return format.format(BigDecimal.valueOf(minor, digits));
  }

  /** One line of a booking: "2 × General Admission at $10.00". */
  static String bookedItem(BookingSummary.Item item, String currency, Locale locale) {
    return item.quantity()
        + " × "
        + item.tierName()
        + " at "
        + money(item.unitPriceMinor(), currency, locale);
  }

  /**
   * The concert's start in the venue's own time, as printed on a ticket: "Saturday 14 June 2025,
   * 20:00".
   */
  public static String startsAt(OffsetDateTime startsAt, Locale locale) {
    return startsAt.format(DateTimeFormatter.ofPattern("EEEE d MMMM yyyy, HH:mm", locale));
  }

  /** When a booking was made, in UTC: the server does not know the visitor's time zone. */
  public static String bookedAt(OffsetDateTime createdAt, Locale locale) {
    return utc(createdAt, locale);
  }

  /** A time of day in UTC, for "held until 14:35 UTC" (same reason as {@link #bookedAt}). */
  public static String timeOfDay(OffsetDateTime time, Locale locale) {
    return time.withOffsetSameInstant(ZoneOffset.UTC)
        .format(DateTimeFormatter.ofPattern("HH:mm 'UTC'", locale));
  }

  /**
   * Time left as a countdown shows it: "9:59", "0:05", "1:00:00". Part of a second counts as a
   * whole one, so that "0:00" shows only once the time is up; time past reads "0:00".
   */
  static String countdown(Duration left) {
    long seconds = left.isNegative() ? 0 : (left.toMillis() + 999) / 1000;
    long hours = seconds / 3600;
    long minutes = seconds / 60 % 60;
    long rest = seconds % 60;
    return hours > 0
        ? String.format(Locale.ROOT, "%d:%02d:%02d", hours, minutes, rest)
        : String.format(Locale.ROOT, "%d:%02d", minutes, rest);
  }

  /** An instant in UTC, for organisers and sale times: "19 Jun 2027, 18:00 UTC". */
  public static String utc(OffsetDateTime time, Locale locale) {
    return time.withOffsetSameInstant(ZoneOffset.UTC)
        .format(DateTimeFormatter.ofPattern("d MMM yyyy, HH:mm 'UTC'", locale));
  }

  /** A card number in groups of four digits, as printed on a card: "4242 4242 4242 4242". */
  static String cardNumber(String digits) {
    return digits.replaceAll("(.{4})(?=.)", "$1 ");
  }
}
