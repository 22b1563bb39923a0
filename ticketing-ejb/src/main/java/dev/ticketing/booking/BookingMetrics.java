package dev.ticketing.booking;

import dev.ticketing.booking.admission.BookingGate;
import dev.ticketing.booking.admission.RequestShedException;
import dev.ticketing.booking.hold.HoldBatches;
import dev.ticketing.booking.refusal.BookingRejectedException;
import dev.ticketing.database.DatabaseFault;
import dev.ticketing.database.DatabaseUnavailableException;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Locale;
import java.util.function.Supplier;
import org.eclipse.microprofile.metrics.MetricRegistry;
import org.eclipse.microprofile.metrics.Tag;

/**
 * What the booking path did, for {@code /metrics} (MicroProfile Metrics, Prometheus format):
 * requests by operation and outcome, their latency, batches of bookings held together, holds
 * expired, database faults by class, and the booking gate's use.
 */
@ApplicationScoped
public class BookingMetrics {
  @Inject private MetricRegistry registry;

  @Inject private BookingGate gate;

  @PostConstruct
  void gauges() {
    registry.gauge("ticketing.booking.gate.in_use", gate, BookingGate::inUse);
    registry.gauge("ticketing.booking.gate.waiting", gate, BookingGate::waiting);
    registry.gauge("ticketing.booking.gate.queued", gate, BookingGate::queued);
  }

  /**
   * Runs one booking operation ({@code hold}, {@code pay}, {@code cancel}, {@code book}) and counts
   * its outcome ({@code ok}, the refusal's reason, or {@code unavailable}) and its duration.
   */
  public <T> T measure(String operation, Supplier<T> work) {
    long start = System.nanoTime();
    String outcome = "error";
    try {
      T result = work.get();
      outcome = "ok";
      return result;
    } catch (BookingRejectedException refused) {
      outcome = refused.reason().name().toLowerCase(Locale.ROOT);
      throw refused;
    } catch (DatabaseUnavailableException unavailable) {
      outcome = "unavailable";
      throw unavailable;
    } catch (RequestShedException shed) {
      outcome = "shed"; // turned away before it was served: its duration says nothing
      throw shed;
    } finally {
      Tag op = new Tag("operation", operation);
      registry.counter("ticketing.booking.requests", op, new Tag("outcome", outcome)).inc();
      if (!outcome.equals("shed")) {
        // A histogram of milliseconds: this server's timers report their quantiles in nanoseconds
        // under a name that says seconds.
        registry
            .histogram("ticketing.booking.duration_ms", op)
            .update((System.nanoTime() - start) / 1_000_000);
      }
    }
  }

  /**
   * A batch of new bookings ({@link HoldBatches}): held together ({@code outcome="held"}), or
   * rolled back and each made alone ({@code outcome="alone"}). Counted per batch ({@code
   * ticketing_booking_batches_total}) and per booking in it ({@code
   * ticketing_booking_batched_total}): their ratio is the average batch.
   */
  public void batch(int bookings, boolean held) {
    Tag outcome = new Tag("outcome", held ? "held" : "alone");
    registry.counter("ticketing.booking.batches", outcome).inc();
    registry.counter("ticketing.booking.batched", outcome).inc(bookings);
  }

  /** Holds the expiry sweep put back on sale. */
  public void holdsExpired(int count) {
    registry.counter("ticketing.booking.holds_expired").inc(count);
  }

  /** A held booking the expiry sweep skipped: its tickets are not what its items say. */
  public void expirySkipped() {
    registry.counter("ticketing.booking.expiry_skipped").inc();
  }

  /** A database fault met on the booking path (before any retry). */
  public void fault(DatabaseFault fault) {
    registry
        .counter(
            "ticketing.database.faults", new Tag("fault", fault.name().toLowerCase(Locale.ROOT)))
        .inc();
  }
}
