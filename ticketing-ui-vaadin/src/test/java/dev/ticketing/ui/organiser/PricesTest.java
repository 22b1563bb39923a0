package dev.ticketing.ui.organiser;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class PricesTest {
  @Test
  void aPriceAsTypedBecomesMinorUnitsOfItsCurrency() {
    assertThat(Prices.toMinor(new BigDecimal("15.50"), "USD")).contains(1550L);
    assertThat(Prices.toMinor(new BigDecimal("40"), "USD")).contains(4000L);
    assertThat(Prices.toMinor(new BigDecimal("1500"), "JPY")).contains(1500L);
    assertThat(Prices.toMinor(BigDecimal.ZERO, "EUR")).contains(0L);
  }

  @Test
  void aNegativePriceMoreDecimalsThanTheCurrencyOrAnUnknownCurrencyIsRefused() {
    assertThat(Prices.toMinor(new BigDecimal("-1"), "USD")).isEmpty();
    assertThat(Prices.toMinor(new BigDecimal("1.005"), "USD")).isEmpty();
    assertThat(Prices.toMinor(new BigDecimal("1.5"), "JPY")).isEmpty();
    assertThat(Prices.toMinor(new BigDecimal("10"), "XYZ")).isEmpty();
    assertThat(Prices.toMinor(null, "USD")).isEmpty();
  }

  @Test
  void minorUnitsReadBackAsTheyWereTyped() {
    assertThat(Prices.toMajor(1550, "USD")).isEqualByComparingTo("15.50");
    assertThat(Prices.toMajor(1500, "JPY")).isEqualByComparingTo("1500");
  }
}
