package dev.ticketing.ui.views;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ticketing.booking.BookingOrder;
import dev.ticketing.booking.BookingSummary;
import dev.ticketing.catalog.ConcertAvailability;
import dev.ticketing.catalog.TierAvailability;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class TierCardsTest {
  private static final int MAX_PER_TIER = 10;

  private final AtomicInteger changes = new AtomicInteger();
  private final TierCards tiers = new TierCards(changes::incrementAndGet);

  private static ConcertAvailability concert(long vipPriceMinor, int gaLeft) {
    return new ConcertAvailability(
        1,
        "Night Music",
        "Hall",
        OffsetDateTime.parse("2027-01-01T20:00:00Z"),
        List.of(
            new TierAvailability(1, "VIP", "VIP", vipPriceMinor, "USD", 100, 100),
            new TierAvailability(2, "GA", "General Admission", 1_000, "USD", 500, gaLeft)));
  }

  private static BookingSummary.Item chosen(String tier, int quantity) {
    return new BookingSummary.Item(tier, tier, quantity, 0);
  }

  @Test
  void theTotalAddsUpEveryTiersChoiceAndTheOrderHasALinePerChosenTier() {
    tiers.show(concert(10_000, 500), MAX_PER_TIER, Locale.US);
    tiers.chooseAgain(List.of(chosen("GA", 2), chosen("VIP", 1)));

    assertThat(tiers.totalInWords()).isEqualTo("Total: 3 tickets, $120.00");
    assertThat(tiers.isBookable()).isTrue();
    assertThat(tiers.orderLines())
        .containsExactly(new BookingOrder.Line("VIP", 1), new BookingOrder.Line("GA", 2));
  }

  @Test
  void nothingChosenIsNotBookableAndMakesNoOrder() {
    tiers.show(concert(10_000, 500), MAX_PER_TIER, Locale.US);

    assertThat(tiers.totalInWords()).isEqualTo(OutcomeWording.NOTHING_CHOSEN);
    assertThat(tiers.isBookable()).isFalse();
    assertThat(tiers.orderLines()).isEmpty();
  }

  @Test
  void aQuantityOverTheLimitMakesNoOrderAtAll() {
    tiers.show(concert(10_000, 500), MAX_PER_TIER, Locale.US);
    tiers.chooseAgain(List.of(chosen("VIP", 1), chosen("GA", MAX_PER_TIER + 1)));

    assertThat(tiers.isBookable()).isFalse();
    assertThat(tiers.orderLines()).isEmpty();
  }

  @Test
  void fewerLeftLowersTheChoiceAndTellsTheScreen() {
    tiers.show(concert(10_000, 500), MAX_PER_TIER, Locale.US);
    tiers.chooseAgain(List.of(chosen("GA", 3)));
    changes.set(0);

    tiers.showCounts(Map.of("GA", 1));

    assertThat(tiers.orderLines()).containsExactly(new BookingOrder.Line("GA", 1));
    assertThat(changes.get()).isPositive();
  }

  @Test
  void clearedChoicesMakeNoOrder() {
    tiers.show(concert(10_000, 500), MAX_PER_TIER, Locale.US);
    tiers.chooseAgain(List.of(chosen("VIP", 2)));

    tiers.clearChoices();

    assertThat(tiers.orderLines()).isEmpty();
  }

  @Test
  void newCountsKeepTheCardsButANewPriceBuildsNewOnes() {
    assertThat(TierCards.sameCards(concert(10_000, 500), concert(10_000, 7))).isTrue();
    assertThat(TierCards.sameCards(concert(10_000, 500), concert(12_000, 500))).isFalse();
  }
}
