package dev.ticketing.catalog;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Iterator;

/**
 * Where the primary's write-ahead log stood at each tick of {@link Catalog}, and how many bookings
 * this instance had seen by then: what lets a count read from a replica be placed in time. A
 * booking seen before a mark was committed before it, so a replica that has replayed up to the
 * mark's position has that booking in its counts; and a replica that has not yet replayed what the
 * primary had written {@code maxAge} ago is more than {@code maxAge} behind. Thread-safe; no method
 * touches the database.
 */
final class WalMarks {
  private record Mark(long lsn, long seen, long at) {}

  /** Oldest first; the first is the newest of those older than {@code maxAge}, if any. */
  private final Deque<Mark> marks = new ArrayDeque<>();

  private final long maxAgeNanos;

  WalMarks(long maxAgeNanos) {
    this.maxAgeNanos = maxAgeNanos;
  }

  /**
   * Records that the primary's log was at {@code lsn} at {@code now} ({@link System#nanoTime()}),
   * with {@code seen} bookings seen here before it was asked.
   */
  synchronized void add(long lsn, long seen, long now) {
    marks.addLast(new Mark(lsn, seen, now));
    // Keep one mark older than maxAge (the newest such), and every younger one.
    while (marks.size() > 1) {
      Iterator<Mark> oldest = marks.iterator();
      oldest.next();
      if (oldest.next().at() > now - maxAgeNanos) {
        break;
      }
      marks.removeFirst();
    }
  }

  /**
   * How many of this instance's bookings a replica that has replayed up to {@code replayedLsn}
   * surely counts: the bookings seen before the newest mark at or below it; 0 if none is.
   */
  synchronized long seenBy(long replayedLsn) {
    long seen = 0;
    for (Mark mark : marks) {
      if (mark.lsn() <= replayedLsn) {
        seen = Math.max(seen, mark.seen());
      }
    }
    return seen;
  }

  /**
   * Whether a replica that has replayed up to {@code replayedLsn} may be more than {@code maxAge}
   * behind the primary: it has not replayed what the primary had written {@code maxAge} ago, or no
   * mark is that old yet (the lag cannot be told).
   */
  synchronized boolean lagsBeyondMaxAge(long replayedLsn, long now) {
    Mark bound = null;
    for (Mark mark : marks) {
      if (mark.at() <= now - maxAgeNanos) {
        bound = mark;
      }
    }
    return bound == null || replayedLsn < bound.lsn();
  }

  /** A {@code pg_lsn} as PostgreSQL prints it ({@code 16/B374D848}), as a number. */
  static long parse(String lsn) {
    int slash = lsn.indexOf('/');
    if (slash < 0) {
      throw new IllegalArgumentException("not a pg_lsn: " + lsn);
    }
    return (Long.parseLong(lsn.substring(0, slash), 16) << 32)
        | Long.parseLong(lsn.substring(slash + 1), 16);
  }
}
