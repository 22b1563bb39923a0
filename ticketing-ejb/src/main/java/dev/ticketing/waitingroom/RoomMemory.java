package dev.ticketing.waitingroom;

import java.util.ArrayDeque;
import java.util.Arrays;
import java.util.concurrent.TimeUnit;

/**
 * One room as this instance knows it: its last read state, and the positions the opening gave the
 * pre-queue. Polls of places still in line read it without a lock and without the database; {@link
 * WaitingLine} replaces the state when the room's notice is heard. 16 bytes per pre-queued place,
 * nothing per place taken after the opening. It also measures the pace the counter moves at while
 * people wait, which is the configured rate only while the room has space inside.
 */
final class RoomMemory {
  private static final long PACE_WINDOW = TimeUnit.MINUTES.toNanos(1);
  private static final long PACE_MIN_SPAN = TimeUnit.SECONDS.toNanos(10);

  private volatile RoomState state;
  private volatile long heardAtNanos;
  private volatile double pacePerMinute = Double.NaN;

  /** The counter as heard over the last minute while people waited: {nanoTime, admittedThrough}. */
  private final ArrayDeque<long[]> moves = new ArrayDeque<>();

  private volatile long[] prequeueIds;
  private volatile long[] prequeuePositions;

  RoomMemory(RoomState state) {
    update(state);
  }

  RoomState state() {
    return state;
  }

  void update(RoomState state) {
    update(state, System.nanoTime());
  }

  /** The room's state as read at {@code now} (a {@link System#nanoTime()}). */
  void update(RoomState state, long now) {
    this.state = state;
    this.heardAtNanos = now;
    measurePace(state, now);
  }

  /**
   * Places let in per minute over the last minute while the line was never empty, paused or sold
   * out: the room's real pace (less than its rate when those inside fill its space); NaN until the
   * line has moved for 10 s.
   */
  double pacePerMinute() {
    return pacePerMinute;
  }

  private synchronized void measurePace(RoomState state, long now) {
    if (!state.opened() || state.paused() || state.soldOut() || state.waiting() == 0) {
      moves.clear();
      pacePerMinute = Double.NaN;
      return;
    }
    moves.addLast(new long[] {now, state.admittedThrough()});
    while (now - moves.peekFirst()[0] > PACE_WINDOW) {
      moves.removeFirst();
    }
    long[] first = moves.peekFirst();
    long span = now - first[0];
    pacePerMinute =
        span < PACE_MIN_SPAN
            ? Double.NaN
            : (state.admittedThrough() - first[1]) * (double) PACE_WINDOW / span;
  }

  /** Nanoseconds since the room's state was last read. */
  long ageNanos() {
    return System.nanoTime() - heardAtNanos;
  }

  boolean prequeueKnown() {
    return prequeueIds != null;
  }

  void prequeue(long[][] pairs) {
    prequeuePositions = pairs[1];
    prequeueIds = pairs[0];
  }

  /** The position the opening gave the pre-queued place, or 0 if unknown. */
  long prequeuePosition(long placeId) {
    long[] ids = prequeueIds;
    if (ids == null) {
      return 0;
    }
    int at = Arrays.binarySearch(ids, placeId);
    return at < 0 ? 0 : prequeuePositions[at];
  }
}
