package dev.ticketing.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.OffsetDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;

class ConcertAvailabilityTest {

  @Test
  void countsAreByTierCodeInDisplayOrder() {
    var concert =
        new ConcertAvailability(
            1,
            "Opening Night",
            "City Arena",
            OffsetDateTime.parse("2027-06-19T20:00:00Z"),
            List.of(
                new TierAvailability(3, "VIP", "VIP", 10_000, "USD", 100, 0),
                new TierAvailability(1, "GA", "General Admission", 1_000, "USD", 500, 498)));

    assertThat(concert.counts())
        .containsExactly(java.util.Map.entry("VIP", 0), java.util.Map.entry("GA", 498));
    assertThat(concert.tiers().get(0).soldOut()).isTrue();
    assertThat(concert.tiers().get(1).soldOut()).isFalse();
  }

  @Test
  void aTierCodeIsAtMostThirtyTwoUpperCaseLettersDigitsOrUnderscores() {
    assertThat(TierCode.isWellFormed("FRONT_ROW")).isTrue();
    assertThat(TierCode.isWellFormed("A".repeat(TierCode.MAX_LENGTH))).isTrue();
    assertThat(TierCode.isWellFormed("A".repeat(TierCode.MAX_LENGTH + 1))).isFalse();
    assertThat(TierCode.isWellFormed("_GA")).isFalse();
    assertThat(TierCode.isWellFormed(null)).isFalse();
  }
}
