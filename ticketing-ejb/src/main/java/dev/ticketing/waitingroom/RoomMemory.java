package dev.ticketing.waitingroom;

import java.util.Arrays;

/**
 * One room as this instance knows it: its last read state, and the positions the opening gave the
 * pre-queue. Polls of places still in line read it without a lock and without the database; {@link
 * WaitingLine} replaces the state when the room's notice is heard. 16 bytes per pre-queued place,
 * nothing per place taken after the opening.
 */
final class RoomMemory {
  private volatile RoomState state;
  private volatile long heardAtNanos;
  private volatile long[] prequeueIds;
  private volatile long[] prequeuePositions;

  RoomMemory(RoomState state) {
    update(state);
  }

  RoomState state() {
    return state;
  }

  void update(RoomState state) {
    this.state = state;
    this.heardAtNanos = System.nanoTime();
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
