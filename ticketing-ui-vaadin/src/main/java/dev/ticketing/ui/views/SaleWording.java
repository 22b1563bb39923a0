package dev.ticketing.ui.views;

import dev.ticketing.catalog.SaleWindow;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.Locale;

/** How the screens say where a concert's sale stands: open, opening in a while, closed. */
public final class SaleWording {
  private SaleWording() {}

  /** For a list of concerts: "On sale", "Sale opens in 2 h", "Sale closed", "Sold out". */
  public static String state(SaleWindow sale, boolean soldOut, Instant now) {
    return switch (sale.stateAt(now)) {
      case UNPUBLISHED -> "Not published";
      case NOT_OPEN_YET -> "Sale opens in " + roughly(Duration.between(now, opensAt(sale)));
      case CLOSED -> "Sale closed";
      case OPEN -> soldOut ? "Sold out" : "On sale";
    };
  }

  /**
   * A while, roughly, as people say it: "less than a minute", "5 min", "2 h", "3 days". Rounded
   * down, so that a sale never opens later than it says.
   */
  public static String roughly(Duration left) {
    long minutes = left.toMinutes();
    if (minutes < 1) {
      return "less than a minute";
    }
    if (minutes < 60) {
      return minutes + " min";
    }
    long hours = left.toHours();
    if (hours < 48) {
      return hours + " h";
    }
    return left.toDays() + " days";
  }

  /**
   * A countdown to an instant as the booking screen shows it: "00:02:41", "1 day 03:00:00". Part of
   * a second counts as a whole one, so that "00:00:00" shows only once the time is up.
   */
  public static String countdown(Duration left) {
    long seconds = left.isNegative() ? 0 : (left.toMillis() + 999) / 1000;
    long days = seconds / 86_400;
    String clock =
        String.format(
            Locale.ROOT, "%02d:%02d:%02d", seconds / 3600 % 24, seconds / 60 % 60, seconds % 60);
    return days == 0 ? clock : days + (days == 1 ? " day " : " days ") + clock;
  }

  /** When the sale closes, for the booking screen: "Sale closes 19 Jun 2027, 18:00 UTC". */
  public static String closes(OffsetDateTime closesAt, Locale locale) {
    return "Sale closes " + Formats.utc(closesAt, locale);
  }

  private static Instant opensAt(SaleWindow sale) {
    return sale.opensAt().toInstant();
  }
}
