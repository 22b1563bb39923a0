package dev.ticketing.waitingroom;

import java.time.Instant;
import java.time.OffsetDateTime;

/**
 * A room as its row was last read: its settings and its counters.
 *
 * @param saleOpensAt when the concert's sale opens (the pre-queue's opening), or null
 * @param saleClosesAt when it closes, or null
 * @param published whether the public sees the concert
 * @param lastPosition places given so far (after the opening)
 * @param prequeued places taken in the pre-queue
 * @param admittedThrough every position up to this one has been let in
 * @param inside let in and not yet done, at the last tick
 * @param readAt when the row was read
 */
public record RoomState(
    long concertId,
    RoomSettings settings,
    boolean paused,
    boolean opened,
    boolean soldOut,
    OffsetDateTime saleOpensAt,
    OffsetDateTime saleClosesAt,
    boolean published,
    long lastPosition,
    long prequeued,
    long admittedThrough,
    long inside,
    Instant readAt) {

  /** Whether bookings of the concert need an admission now. */
  public boolean active() {
    return settings.enabled();
  }

  /** Whether the sale is over, so the line is closed. */
  boolean closedAt(Instant now) {
    return !settings.enabled() || (saleClosesAt != null && !now.isBefore(saleClosesAt.toInstant()));
  }

  /** People in line, not yet let in (the pre-queue included). */
  public long waiting() {
    return lastPosition - admittedThrough + (opened ? 0 : prequeued);
  }
}
