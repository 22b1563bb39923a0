package dev.ticketing.waitingroom;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.time.Instant;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

class RoomMemoryTest {
  private static final long SECOND = TimeUnit.SECONDS.toNanos(1);

  /** A room letting in 3,000 a minute, 20,000 in line, {@code admittedThrough} let in. */
  private static RoomState room(long admittedThrough, boolean paused) {
    return new RoomState(
        1,
        new RoomSettings(true, 50, 3000, 2, null),
        paused,
        true,
        false,
        null,
        null,
        true,
        20_000,
        0,
        admittedThrough,
        50,
        Instant.now());
  }

  @Test
  void thePaceIsWhatTheCounterMovedOverTheLastMinuteOnceItMovedForTenSeconds() {
    RoomMemory memory = new RoomMemory(room(0, false));
    long start = System.nanoTime();
    // Its space inside holds it back: 25 a second, 1,500 a minute, where its rate says 3,000.
    for (int s = 0; s <= 9; s++) {
      memory.update(room(25L * s, false), start + s * SECOND);
    }
    assertThat(memory.pacePerMinute()).as("under 10 s of moves").isNaN();
    for (int s = 10; s <= 90; s++) {
      memory.update(room(25L * s, false), start + s * SECOND);
    }
    assertThat(memory.pacePerMinute()).isCloseTo(1500, within(1.0));

    // It speeds up: the minute behind is what counts.
    for (int s = 91; s <= 151; s++) {
      memory.update(room(25L * 90 + 40L * (s - 90), false), start + s * SECOND);
    }
    assertThat(memory.pacePerMinute()).isCloseTo(2400, within(1.0));
  }

  @Test
  void aPauseForgetsThePaceUntilTheLineHasMovedAgainForTenSeconds() {
    RoomMemory memory = new RoomMemory(room(0, false));
    long start = System.nanoTime();
    for (int s = 0; s <= 30; s++) {
      memory.update(room(10L * s, false), start + s * SECOND);
    }
    assertThat(memory.pacePerMinute()).isCloseTo(600, within(1.0));

    memory.update(room(300, true), start + 31 * SECOND);
    assertThat(memory.pacePerMinute()).isNaN();
    for (int s = 32; s <= 40; s++) {
      memory.update(room(300 + 50L * (s - 32), false), start + s * SECOND);
    }
    assertThat(memory.pacePerMinute()).as("8 s since the pause ended").isNaN();
    memory.update(room(300 + 50L * 10, false), start + 42 * SECOND);
    assertThat(memory.pacePerMinute()).isCloseTo(3000, within(1.0));
  }
}
