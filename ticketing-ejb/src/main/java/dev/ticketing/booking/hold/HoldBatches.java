package dev.ticketing.booking.hold;

import dev.ticketing.booking.BookingSummary;
import dev.ticketing.database.DatabaseFault;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;
import java.util.function.Function;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * Gathers new bookings of the same tier that arrive together into batches, each held by one
 * statement and one commit. During a release everyone books the same tier at the same moment, so
 * the batches fill by themselves: while {@link #BATCHES_AT_ONCE} batches of a tier run, the
 * requests that arrive wait, and the next batch takes them all; when bookings are few, a batch is
 * one booking.
 *
 * <p>No extra thread and no timer: each request waits on its own thread. The first to find a free
 * batch slot for its tier leads a batch: it takes the requests waiting longest (itself among them,
 * at most {@code ticketing.booking.batch-size}), runs them and wakes each with its outcome.
 *
 * <p>This class only parks and unparks; what a batch does and what to do with each outcome is
 * {@link BoxOffice}'s.
 */
@ApplicationScoped
public class HoldBatches {
  private static final Logger LOG = Logger.getLogger(HoldBatches.class.getName());

  /**
   * Batches of one tier that may run at once: while the database works on one, the server gathers
   * and prepares the next. They take different rows ({@code SKIP LOCKED}).
   */
  public static final int BATCHES_AT_ONCE = 2;

  /** How long a waiting request sleeps before it looks again, should a wake-up go astray. */
  private static final long RECHECK_NANOS = TimeUnit.MILLISECONDS.toNanos(20);

  private int batchSize;

  /** Per tier id: the requests waiting, and the batches running. */
  private final Map<Long, Lane> lanes = new ConcurrentHashMap<>();

  HoldBatches() {}

  /** Batches of at most {@code batchSize} bookings (below 2: no batches). */
  HoldBatches(int batchSize) {
    this.batchSize = batchSize;
  }

  @PostConstruct
  void configure() {
    batchSize =
        ConfigProvider.getConfig(HoldBatches.class.getClassLoader())
            .getValue("ticketing.booking.batch-size", Integer.class);
  }

  /** Whether bookings are held in batches at all ({@code batch-size} of 2 or more). */
  boolean enabled() {
    return batchSize >= 2;
  }

  /** What became of a booking in its batch. */
  sealed interface Outcome {
    /** Held and committed with its batch. */
    record Held(BookingSummary booking) implements Outcome {}

    /** The batch rolled back: nothing was done, make the booking alone. */
    record Alone() implements Outcome {}

    /** The batch's commit may have happened although its answer was lost: look before retrying. */
    record Unknown() implements Outcome {}
  }

  static final Outcome ALONE = new Outcome.Alone();
  static final Outcome UNKNOWN = new Outcome.Unknown();

  /**
   * Waits, on the caller's thread, until a batch of the tier has run this booking.
   *
   * @param runBatch holds a batch, all or nothing, and answers its bookings in order; throws if
   *     nothing was held
   */
  Outcome hold(
      long tierId, NewBooking booking, Function<List<NewBooking>, List<BookingSummary>> runBatch) {
    Waiting me = new Waiting(booking, Thread.currentThread());
    Lane lane = lanes.computeIfAbsent(tierId, id -> new Lane());
    lane.waiting.add(me);
    // An interrupt does not end the wait (the booking is in a batch's hands, or about to be), and
    // parking with the flag set returns at once: it is cleared while waiting and set again after.
    boolean interrupted = false;
    while (me.outcome == null) {
      if (!me.taken && lane.batch.tryAcquire()) {
        try {
          if (!me.taken) {
            run(lane.next(batchSize), runBatch);
          }
        } finally {
          lane.batch.release();
          Waiting next = lane.waiting.peek(); // woken to lead the next batch
          if (next != null) {
            LockSupport.unpark(next.thread);
          }
        }
      } else {
        LockSupport.parkNanos(this, RECHECK_NANOS);
        interrupted |= Thread.interrupted();
      }
    }
    if (interrupted) {
      Thread.currentThread().interrupt();
    }
    return me.outcome;
  }

  /** Runs a batch and answers every booking in it, whatever the batch throws. */
  private static void run(
      List<Waiting> batch, Function<List<NewBooking>, List<BookingSummary>> runBatch) {
    if (batch.isEmpty()) {
      return;
    }
    List<Outcome> outcomes = new ArrayList<>(batch.size());
    try {
      runBatch
          .apply(batch.stream().map(w -> w.booking).toList())
          .forEach(held -> outcomes.add(new Outcome.Held(held)));
    } catch (Throwable failed) {
      boolean maybeCommitted =
          DatabaseFault.of(failed).isPresent() && !DatabaseFault.nothingWasSent(failed);
      if (maybeCommitted) {
        LOG.log(Level.INFO, "A batch of bookings may have committed: each looks", failed);
      }
      outcomes.clear();
      batch.forEach(w -> outcomes.add(maybeCommitted ? UNKNOWN : ALONE));
    }
    for (int i = 0; i < batch.size(); i++) {
      batch.get(i).answer(outcomes.get(i));
    }
  }

  /** The requests of one tier. */
  private static final class Lane {
    final Queue<Waiting> waiting = new ConcurrentLinkedQueue<>();

    final Semaphore batch = new Semaphore(BATCHES_AT_ONCE);

    /** The next batch: the requests waiting longest, at most {@code size}. */
    List<Waiting> next(int size) {
      List<Waiting> batch = new ArrayList<>(size);
      Waiting w;
      while (batch.size() < size && (w = waiting.poll()) != null) {
        w.taken = true;
        batch.add(w);
      }
      return batch;
    }
  }

  /** A request waiting for its batch's outcome, on its own thread. */
  private static final class Waiting {
    final NewBooking booking;
    final Thread thread;

    /** Whether a batch has taken it: its outcome is coming. */
    volatile boolean taken;

    volatile Outcome outcome;

    Waiting(NewBooking booking, Thread thread) {
      this.booking = booking;
      this.thread = thread;
    }

    void answer(Outcome outcome) {
      this.outcome = outcome;
      LockSupport.unpark(thread);
    }
  }
}
