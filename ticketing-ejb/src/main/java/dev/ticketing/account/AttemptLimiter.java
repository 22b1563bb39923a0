package dev.ticketing.account;

import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Counts costly attempts (a password checked, an account created) per key within a sliding window,
 * and takes each attempt's place <em>before</em> the work is done: the check of every bound and the
 * taking of a place are one atomic step, so parallel requests cannot all pass a bound that each of
 * them saw free. An attempt that is refused takes no place, so refusals never extend a refusal. An
 * attempt that turns out not to count (a login that succeeded) gives its place back.
 *
 * <p>Kept in memory: each instance counts its own. Thread-safe; every operation is a few map
 * look-ups under one lock, next to the 0.1-0.5 s of a PBKDF2 hash that it guards.
 */
public final class AttemptLimiter {
  /** Beyond this many keys, those without attempts in the window are dropped. */
  private static final int TIDY_ABOVE = 10_000;

  /** The number of keys above which the next attempt tidies. */
  private int tidyAbove = TIDY_ABOVE;

  private final long windowNanos;
  private final Map<String, Deque<Long>> attempts = new HashMap<>();

  public AttemptLimiter(Duration window) {
    this.windowNanos = window.toNanos();
  }

  /** A bound: at most {@code limit} attempts for {@code key} within the window. */
  public record Bound(String key, int limit) {}

  /** What became of an attempt. */
  public sealed interface Outcome {}

  /**
   * Refused: no bound has a free place until {@code retryAfter} has passed; nothing was counted.
   */
  public record Refused(Duration retryAfter) implements Outcome {}

  /** Counted under every bound; {@link AttemptLimiter#giveBack} uncounts it. */
  public record Taken(List<String> keys, long at) implements Outcome {}

  /** Takes a place under every bound, or none if any bound is full. */
  public synchronized Outcome take(List<Bound> bounds) {
    long now = System.nanoTime();
    if (attempts.size() > tidyAbove) {
      // Many keys tried: memory stays bounded by the attempts in the window. The next tidy waits
      // until the keys have doubled, so that a crowd of keys all inside the window (a release's
      // visitors, each from its own address) costs each attempt O(1), not a walk over all of them.
      tidy(now);
      tidyAbove = Math.max(TIDY_ABOVE, 2 * attempts.size());
    }
    long wait = 0;
    for (Bound bound : bounds) {
      Deque<Long> times = attempts.get(bound.key());
      if (times == null) {
        continue;
      }
      prune(times, now);
      if (times.size() >= bound.limit()) {
        // Free once enough of the oldest leave the window that one place is open.
        long freedAt = times.stream().skip(times.size() - bound.limit()).findFirst().orElseThrow();
        wait = Math.max(wait, freedAt + windowNanos - now);
      }
    }
    if (wait > 0) {
      return new Refused(Duration.ofNanos(wait));
    }
    List<String> keys = new ArrayList<>(bounds.size());
    for (Bound bound : bounds) {
      attempts.computeIfAbsent(bound.key(), k -> new ArrayDeque<>()).addLast(now);
      keys.add(bound.key());
    }
    return new Taken(List.copyOf(keys), now);
  }

  /** The attempt no longer counts (e.g. the password was right). */
  public synchronized void giveBack(Taken taken) {
    for (String key : taken.keys()) {
      Deque<Long> times = attempts.get(key);
      if (times != null) {
        times.removeFirstOccurrence(taken.at());
      }
    }
  }

  /** Every attempt counted for {@code key} is forgotten. */
  public synchronized void forget(String key) {
    attempts.remove(key);
  }

  private void tidy(long now) {
    attempts
        .values()
        .removeIf(
            times -> {
              prune(times, now);
              return times.isEmpty();
            });
  }

  private void prune(Deque<Long> times, long now) {
    while (!times.isEmpty() && now - times.peekFirst() >= windowNanos) {
      times.removeFirst();
    }
  }
}
