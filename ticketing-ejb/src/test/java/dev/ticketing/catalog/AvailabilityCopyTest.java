package dev.ticketing.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** How the catalogue's copy of a concert's counts follows bookings and re-reads. */
class AvailabilityCopyTest {

  private static ConcertAvailability read(int vip, int ga) {
    return new ConcertAvailability(
        1,
        "Opening Night",
        "City Arena",
        OffsetDateTime.parse("2027-06-19T20:00:00Z"),
        List.of(
            new TierAvailability(1, "VIP", "VIP", 10_000, "USD", 100, vip),
            new TierAvailability(3, "GA", "General Admission", 1_000, "USD", 500, ga)));
  }

  @Test
  void aBookingIsTakenOffAtOnceAndTheConcertIsReadAgainOnTheNextTick() {
    AvailabilityCopy copy = new AvailabilityCopy(read(100, 500), 0, 0);
    assertThat(copy.needsRecount(1_000, 0)).isFalse();

    copy.takeOff(1, Map.of("VIP", 2));

    assertThat(copy.current().counts()).containsEntry("VIP", 98).containsEntry("GA", 500);
    assertThat(copy.needsRecount(1_000, 0)).isTrue();
    assertThat(copy.toAnnounce()).as("pushed on the next tick").isEqualTo(copy.current());
    assertThat(copy.toAnnounce()).as("and only once").isNull();
  }

  @Test
  void aReadThatCertainlyIncludesEveryBookingReplacesTheCopyAndIsAnnounced() {
    AvailabilityCopy copy = new AvailabilityCopy(read(100, 500), 0, 0);
    copy.takeOff(1, Map.of("VIP", 2));
    copy.takeOff(2, Map.of("GA", 4));
    assertThat(copy.startRefresh()).isTrue();

    // Read after both bookings were seen; it also sees a sale made elsewhere (VIP 95, not 98).
    ConcertAvailability announced = copy.install(read(95, 496), 2, 1, 0);

    assertThat(copy.current()).isEqualTo(read(95, 496));
    assertThat(announced).isEqualTo(read(95, 496));
    assertThat(copy.needsRecount(Long.MAX_VALUE, 0)).isFalse();
  }

  @Test
  void aBookingSeenWhileReadingStaysTakenOffAndTheConcertIsReadOnceMore() {
    AvailabilityCopy copy = new AvailabilityCopy(read(100, 500), 0, 0);
    copy.takeOff(1, Map.of("VIP", 2));
    assertThat(copy.startRefresh()).isTrue();
    // Booking 2 commits while the read runs: the read may not contain it.
    copy.takeOff(2, Map.of("VIP", 1));

    copy.install(read(98, 500), 1, 1, 0);

    assertThat(copy.current().counts()).containsEntry("VIP", 97);
    assertThat(copy.needsRecount(Long.MAX_VALUE, 0))
        .as("read once more to be sure of booking 2")
        .isTrue();

    assertThat(copy.startRefresh()).isTrue();
    copy.install(read(97, 500), 2, 2, 0);
    assertThat(copy.current().counts()).containsEntry("VIP", 97);
    assertThat(copy.needsRecount(Long.MAX_VALUE, 0)).isFalse();
  }

  @Test
  void countsThatScreensAlreadyShowAreNotAnnouncedAgain() {
    AvailabilityCopy copy = new AvailabilityCopy(read(100, 500), 0, 0);
    assertThat(copy.startRefresh()).isTrue();
    assertThat(copy.install(read(100, 500), 0, 1, 0)).isNull();
  }

  @Test
  void onlyOneReaderReadsAConcertAtATime() {
    AvailabilityCopy copy = new AvailabilityCopy(read(100, 500), 0, 0);
    assertThat(copy.startRefresh()).isTrue();
    assertThat(copy.startRefresh()).isFalse();
    copy.refreshFailed();
    assertThat(copy.startRefresh()).isTrue();
  }

  @Test
  void aCountNeverGoesBelowZero() {
    AvailabilityCopy copy = new AvailabilityCopy(read(1, 500), 0, 0);
    copy.takeOff(1, Map.of("VIP", 4));
    assertThat(copy.current().counts()).containsEntry("VIP", 0);
    assertThat(copy.current().tiers().get(0).soldOut()).isTrue();
  }

  @Test
  void aConcertWhoseCountIsSlowIsRecountedLessOften() {
    // Its last read took 50 ms: recounted no sooner than 500 ms after that read began.
    AvailabilityCopy copy = new AvailabilityCopy(read(100, 500), 0, 50_000_000);
    copy.takeOff(1, Map.of("GA", 1));
    assertThat(copy.needsRecount(200_000_000, 200_000_000)).isFalse();
    assertThat(copy.needsRecount(500_000_000, 200_000_000)).isTrue();
  }

  @Test
  void aCopyAgesFromWhenItWasRead() {
    AvailabilityCopy copy = new AvailabilityCopy(read(100, 500), System.nanoTime(), 0);
    assertThat(copy.isOlderThan(60_000_000_000L)).isFalse();
    assertThat(
            new AvailabilityCopy(read(100, 500), System.nanoTime() - 2_000_000_000L, 0)
                .isOlderThan(1_000_000_000L))
        .isTrue();
  }

  @Test
  void anEditKeepsTheCountsAndMovesThemWithTheCapacityWithoutReadingThemAgain() {
    AvailabilityCopy copy = new AvailabilityCopy(read(100, 500), 0, 0);
    copy.takeOff(1, Map.of("VIP", 2, "GA", 10));
    ConcertAvailability edited =
        new ConcertAvailability(
            1,
            "Opening Night (moved)",
            "City Arena",
            OffsetDateTime.parse("2027-06-20T20:00:00Z"),
            List.of(
                // The counts of known tiers in an edit are not read: whatever they say is ignored.
                new TierAvailability(3, "GA", "Standing", 1_200, "USD", 600, 0),
                new TierAvailability(1, "VIP", "VIP Lounge", 10_000, "USD", 90, 0)));

    ConcertAvailability announced = copy.redescribe(edited, 1);

    assertThat(announced.name()).isEqualTo("Opening Night (moved)");
    assertThat(announced.tiers())
        .containsExactly(
            new TierAvailability(3, "GA", "Standing", 1_200, "USD", 600, 590),
            new TierAvailability(1, "VIP", "VIP Lounge", 10_000, "USD", 90, 88));
    copy.takeOff(2, Map.of("VIP", 1));
    assertThat(copy.current().counts()).containsEntry("VIP", 87).containsEntry("GA", 590);
  }

  @Test
  void aTierAddedByTheEditTakesItsReadCountLessTheBookingsSeenSinceAndIsCountedAgain() {
    AvailabilityCopy copy = new AvailabilityCopy(read(100, 500), 0, 0);
    assertThat(copy.install(read(100, 500), 0, 1, 0)).isNull();
    assertThat(copy.known()).containsExactlyInAnyOrder(1L, 3L);
    copy.takeOff(1, Map.of("BALCONY", 3)); // booked on the new tier while the edit's read ran
    ConcertAvailability edited =
        new ConcertAvailability(
            1,
            "Opening Night",
            "City Arena",
            OffsetDateTime.parse("2027-06-19T20:00:00Z"),
            List.of(
                new TierAvailability(1, "VIP", "VIP", 10_000, "USD", 100, 0),
                new TierAvailability(3, "GA", "General Admission", 1_000, "USD", 500, 0),
                new TierAvailability(7, "BALCONY", "Balcony", 500, "USD", 50, 50)));

    copy.redescribe(edited, 0);

    assertThat(copy.current().counts())
        .containsEntry("VIP", 100)
        .containsEntry("GA", 500)
        .containsEntry("BALCONY", 47);
    assertThat(copy.needsRecount(Long.MAX_VALUE, 0)).as("counted again on the next tick").isTrue();
  }
}
