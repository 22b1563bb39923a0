package dev.ticketing.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collection;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;

/**
 * What the server answered to the bookings of one run, written at its end for the database check
 * that {@code bench/run.sh} makes next ({@code bench/src/main/sql/check-invariants.sql}).
 *
 * <ul>
 *   <li>{@code <prefix>-booked.tsv}: every {@code 201}: booking id, concert id, items as {@code
 *       TIER:quantity} joined by commas in tier order. Each must be a committed booking owning
 *       exactly those tickets.
 *   <li>{@code <prefix>-refused.tsv}: every {@code 409}: concert id, tier, requested, available as
 *       the answer said. A refusal of a quantity that the tier still had at the end of the run was
 *       a false "sold out" (stock only ever goes down during a run).
 *   <li>{@code <prefix>-answers.txt}: the booking request's latency by answer, as {@code key=value}
 *       pairs that the results table reads: {@code booked_p50}, {@code booked_p95}, {@code
 *       booked_p99} (ms, of the {@code 201}s), {@code shed} (how many {@code 503}s) and {@code
 *       shed_p95}.
 * </ul>
 */
final class BookingOutcomes {
  private final ConcurrentLinkedQueue<String> booked = new ConcurrentLinkedQueue<>();
  private final ConcurrentLinkedQueue<String> refused = new ConcurrentLinkedQueue<>();
  private final ConcurrentLinkedQueue<Integer> bookedMillis = new ConcurrentLinkedQueue<>();
  private final ConcurrentLinkedQueue<Integer> shedMillis = new ConcurrentLinkedQueue<>();

  /** The booking request was answered with {@code status} after {@code millis}. */
  void answered(int status, int millis) {
    if (status == 201) {
      bookedMillis.add(millis);
    } else if (status == 503) {
      shedMillis.add(millis);
    }
  }

  void booked(String bookingId, long concertId, String items) {
    booked.add(bookingId + "\t" + concertId + "\t" + items);
  }

  void refused(long concertId, String tier, int requested, int available) {
    refused.add(concertId + "\t" + tier + "\t" + requested + "\t" + available);
  }

  /** Writes both files when {@code -Dbench.outcomes=<prefix>} is set; otherwise nothing. */
  void writeIfAsked() {
    String prefix = System.getProperty("bench.outcomes");
    if (prefix == null) {
      return;
    }
    try {
      Files.write(Path.of(prefix + "-booked.tsv"), booked);
      Files.write(Path.of(prefix + "-refused.tsv"), refused);
      Files.writeString(
          Path.of(prefix + "-answers.txt"),
          String.format(
              "booked_p50=%d booked_p95=%d booked_p99=%d shed=%d shed_p95=%d%n",
              percentile(bookedMillis, 50),
              percentile(bookedMillis, 95),
              percentile(bookedMillis, 99),
              shedMillis.size(),
              percentile(shedMillis, 95)));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    System.out.printf(
        "[bench] %d bookings answered 201, %d refused with 409, %d shed with 503%n",
        booked.size(), refused.size(), shedMillis.size());
  }

  private static int percentile(Collection<Integer> millis, int p) {
    List<Integer> sorted = millis.stream().sorted().toList();
    return sorted.isEmpty() ? 0 : sorted.get((int) Math.ceil(p / 100.0 * sorted.size()) - 1);
  }
}
