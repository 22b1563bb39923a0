package dev.ticketing.ui.views;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ticketing.booking.BookingSummary;
import java.time.Duration;
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

  @Test
  void aHoldEndsAtATimeOfDayInUtc() {
    assertThat(Formats.timeOfDay(OffsetDateTime.parse("2027-06-01T16:35:59+02:00"), Locale.UK))
        .isEqualTo("14:35 UTC");
  }

  @Test
  void theCountdownShowsMinutesAndSecondsAndReachesZeroOnlyWhenTheTimeIsUp() {
    assertThat(Formats.countdown(Duration.ofSeconds(600))).isEqualTo("10:00");
    assertThat(Formats.countdown(Duration.ofMillis(599_001))).isEqualTo("10:00");
    assertThat(Formats.countdown(Duration.ofSeconds(599))).isEqualTo("9:59");
    assertThat(Formats.countdown(Duration.ofSeconds(65))).isEqualTo("1:05");
    assertThat(Formats.countdown(Duration.ofMillis(200))).isEqualTo("0:01");
    assertThat(Formats.countdown(Duration.ZERO)).isEqualTo("0:00");
    assertThat(Formats.countdown(Duration.ofSeconds(-3))).isEqualTo("0:00");
    assertThat(Formats.countdown(Duration.ofSeconds(3_600))).isEqualTo("1:00:00");
    assertThat(Formats.countdown(Duration.ofSeconds(3_725))).isEqualTo("1:02:05");
  }

  @Test
  void aCardNumberReadsInGroupsOfFour() {
    assertThat(Formats.cardNumber("4242424242424242")).isEqualTo("4242 4242 4242 4242");
    assertThat(Formats.cardNumber("378282246310005")).isEqualTo("3782 8224 6310 005");
    assertThat(Formats.cardNumber("4242")).isEqualTo("4242");
  }
}
