package dev.ticketing.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
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
 * </ul>
 */
final class BookingOutcomes {
  private final ConcurrentLinkedQueue<String> booked = new ConcurrentLinkedQueue<>();
  private final ConcurrentLinkedQueue<String> refused = new ConcurrentLinkedQueue<>();

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
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    System.out.printf(
        "[bench] %d bookings answered 201, %d refused with 409%n", booked.size(), refused.size());
  }
}
