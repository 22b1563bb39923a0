package dev.ticketing.catalog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

class WalMarksTest {
  private static final long SECOND = TimeUnit.SECONDS.toNanos(1);

  @Test
  void aPositionIsReadAsPostgresqlPrintsIt() {
    assertThat(WalMarks.parse("0/0")).isZero();
    assertThat(WalMarks.parse("16/B374D848")).isEqualTo((0x16L << 32) | 0xB374D848L);
    assertThat(WalMarks.parse("1/0")).isGreaterThan(WalMarks.parse("0/FFFFFFFF"));
    assertThatThrownBy(() -> WalMarks.parse("B374D848"))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void aReplicaCountsTheBookingsSeenBeforeTheNewestMarkItHasReplayed() {
    WalMarks marks = new WalMarks(SECOND);
    marks.add(100, 3, 0);
    marks.add(200, 7, SECOND / 5);
    marks.add(300, 12, 2 * SECOND / 5);
    assertThat(marks.seenBy(99)).as("before every mark: none surely counted").isZero();
    assertThat(marks.seenBy(100)).isEqualTo(3);
    assertThat(marks.seenBy(299)).isEqualTo(7);
    assertThat(marks.seenBy(5000)).isEqualTo(12);
  }

  @Test
  void aReplicaThatHasNotReplayedWhatThePrimaryWroteMaxAgeAgoLags() {
    WalMarks marks = new WalMarks(SECOND);
    marks.add(100, 0, 0);
    assertThat(marks.lagsBeyondMaxAge(1000, SECOND / 2))
        .as("no mark a second old yet: the lag cannot be told")
        .isTrue();
    marks.add(200, 0, SECOND / 2);
    marks.add(300, 0, SECOND);
    marks.add(400, 0, 3 * SECOND / 2);
    long now = 3 * SECOND / 2;
    // what the primary had written a second ago (at 0.5 s): 200
    assertThat(marks.lagsBeyondMaxAge(199, now)).isTrue();
    assertThat(marks.lagsBeyondMaxAge(200, now)).isFalse();
    assertThat(marks.lagsBeyondMaxAge(350, now)).isFalse();
  }

  @Test
  void marksOlderThanTheNewestOneBeyondMaxAgeAreForgotten() {
    WalMarks marks = new WalMarks(SECOND);
    for (int tick = 0; tick <= 50; tick++) {
      marks.add(100L * tick, tick, tick * SECOND / 5); // 10 s of ticks
    }
    long now = 10 * SECOND;
    // kept: the mark at 9 s (the newest a second old) and the younger ones
    assertThat(marks.seenBy(100L * 44)).as("the mark of 8.8 s is gone").isZero();
    assertThat(marks.seenBy(100L * 45)).isEqualTo(45);
    assertThat(marks.lagsBeyondMaxAge(100L * 45, now)).isFalse();
    assertThat(marks.lagsBeyondMaxAge(100L * 45 - 1, now)).isTrue();
  }
}
