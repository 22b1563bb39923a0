package dev.ticketing.booking.admission;

import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicIntegerArray;
import java.util.concurrent.atomic.AtomicLongArray;

/**
 * Events of the last 900 ms, counted without a lock in ten buckets of 100 ms: bucket {@code i}
 * holds the count of the 100 ms period whose number (nanoTime / 100 ms) is in {@code period[i]}. An
 * estimate: a count racing with its bucket's reset may be lost.
 */
final class RecentCount {
  private static final int BUCKETS = 10;

  private static final long BUCKET_NANOS = TimeUnit.MILLISECONDS.toNanos(100);

  /** The span that {@link #count} covers: the last nine whole periods. */
  static final long SPAN_NANOS = (BUCKETS - 1) * BUCKET_NANOS;

  private final AtomicLongArray period = new AtomicLongArray(BUCKETS);

  private final AtomicIntegerArray count = new AtomicIntegerArray(BUCKETS);

  void add() {
    long now = System.nanoTime() / BUCKET_NANOS;
    int bucket = (int) (now % BUCKETS);
    long was = period.get(bucket);
    if (was != now && period.compareAndSet(bucket, was, now)) {
      count.set(bucket, 0);
    }
    count.incrementAndGet(bucket);
  }

  /** The events of the last {@link #SPAN_NANOS} (the period under way left out). */
  long count() {
    long now = System.nanoTime() / BUCKET_NANOS;
    long events = 0;
    for (int bucket = 0; bucket < BUCKETS; bucket++) {
      long p = period.get(bucket);
      if (p < now && p > now - BUCKETS) {
        events += count.get(bucket);
      }
    }
    return events;
  }
}
