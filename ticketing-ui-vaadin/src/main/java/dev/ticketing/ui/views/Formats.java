package dev.ticketing.ui.views;

import dev.ticketing.booking.BookingSummary;
import java.math.BigDecimal;
import java.text.NumberFormat;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Currency;
import java.util.Locale;

/** How money and dates read on the screens. */
final class Formats {
  private Formats() {}

  /** Minor units of an ISO 4217 currency as money: 2000 USD reads "$20.00" in English. */
  static String money(long minor, String currencyCode, Locale locale) {
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
  static String startsAt(OffsetDateTime startsAt, Locale locale) {
    return startsAt.format(DateTimeFormatter.ofPattern("EEEE d MMMM yyyy, HH:mm", locale));
  }

  /** When a booking was made, in UTC: the server does not know the visitor's time zone. */
  static String bookedAt(OffsetDateTime createdAt, Locale locale) {
    return createdAt
        .withOffsetSameInstant(ZoneOffset.UTC)
        .format(DateTimeFormatter.ofPattern("d MMM yyyy, HH:mm 'UTC'", locale));
  }
}
