package dev.ticketing.ui.views;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ticketing.booking.BookingSummary;
import java.time.OffsetDateTime;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class FormatsTest {

  @Test
  void minorUnitsReadAsMoneyInTheCurrencysOwnDigits() {
    assertThat(Formats.money(2_000, "USD", Locale.US)).isEqualTo("$20.00");
    assertThat(Formats.money(5, "USD", Locale.US)).isEqualTo("$0.05");
    assertThat(Formats.money(1_500, "JPY", Locale.US)).isEqualTo("¥1,500");
    assertThat(Formats.money(123_456, "EUR", Locale.GERMANY).replace('\u00a0', ' '))
        .isEqualTo("1.234,56 €");
  }

  @Test
  void aBookedLineSaysQuantityTierAndUnitPrice() {
    var item = new BookingSummary.Item("GA", "General Admission", 2, 1_000);
    assertThat(Formats.bookedItem(item, "USD", Locale.US))
        .isEqualTo("2 × General Admission at $10.00");
    assertThat(item.lineTotalMinor()).isEqualTo(2_000);
  }

  @Test
  void bookingTimesAreShownInUtc() {
    assertThat(Formats.bookedAt(OffsetDateTime.parse("2027-06-01T11:30:00+02:00"), Locale.UK))
        .isEqualTo("1 Jun 2027, 09:30 UTC");
  }
}
