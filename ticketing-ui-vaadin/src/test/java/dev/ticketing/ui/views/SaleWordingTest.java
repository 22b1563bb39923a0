package dev.ticketing.ui.views;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ticketing.catalog.SaleWindow;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

class SaleWordingTest {
  private static final Instant NOW = Instant.parse("2027-06-01T12:00:00Z");

  @Test
  void aSaleThatOpensLaterSaysRoughlyWhenRoundedDown() {
    SaleWindow window = new SaleWindow(true, at(NOW.plus(Duration.ofMinutes(150))), null);
    assertThat(SaleWording.state(window, false, NOW)).isEqualTo("Sale opens in 2 h");
    assertThat(SaleWording.roughly(Duration.ofSeconds(59))).isEqualTo("less than a minute");
    assertThat(SaleWording.roughly(Duration.ofMinutes(59))).isEqualTo("59 min");
    assertThat(SaleWording.roughly(Duration.ofHours(47))).isEqualTo("47 h");
    assertThat(SaleWording.roughly(Duration.ofDays(3).plusHours(5))).isEqualTo("3 days");
  }

  @Test
  void anOpenSaleSaysOnSaleOrSoldOutAndAClosedOneSaysClosed() {
    assertThat(SaleWording.state(SaleWindow.ALWAYS, false, NOW)).isEqualTo("On sale");
    assertThat(SaleWording.state(SaleWindow.ALWAYS, true, NOW)).isEqualTo("Sold out");
    SaleWindow closed = new SaleWindow(true, null, at(NOW.minusSeconds(1)));
    assertThat(SaleWording.state(closed, false, NOW)).isEqualTo("Sale closed");
  }

  @Test
  void theCountdownShowsHoursMinutesSecondsAndCountsAPartSecondAsWhole() {
    assertThat(SaleWording.countdown(Duration.ofSeconds(161))).isEqualTo("00:02:41");
    assertThat(SaleWording.countdown(Duration.ofMillis(1))).isEqualTo("00:00:01");
    assertThat(SaleWording.countdown(Duration.ZERO)).isEqualTo("00:00:00");
    assertThat(SaleWording.countdown(Duration.ofSeconds(-5))).isEqualTo("00:00:00");
    assertThat(SaleWording.countdown(Duration.ofHours(27))).isEqualTo("1 day 03:00:00");
  }

  private static OffsetDateTime at(Instant instant) {
    return instant.atOffset(ZoneOffset.UTC);
  }
}
