package dev.ticketing.waitingroom;

/** Where a place in a waiting room stands. */
public enum QueueState {
  /** Joined before the sale opens: placed in random order at the opening. */
  PREQUEUE,
  /** In line. */
  WAITING,
  /** In line; the organisers paused admission. */
  PAUSED,
  /** Let in: may book until the admission ends. */
  ADMITTED,
  /** Let in, but did not come in time, or the admission's minutes are over. */
  EXPIRED,
  /**
   * Nothing can be booked now (held tickets count as taken); tickets that return go to the line.
   */
  SOLD_OUT,
  /** The room is off, or the sale is over. */
  CLOSED
}
