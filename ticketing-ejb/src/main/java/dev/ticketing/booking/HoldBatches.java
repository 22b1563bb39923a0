package dev.ticketing.booking;

import dev.ticketing.account.Caller;
import dev.ticketing.catalog.Catalog;
import dev.ticketing.catalog.ConcertAvailability;
import dev.ticketing.database.DatabaseFault;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Queue;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * New bookings of the same tier that arrive together are held together: one statement and one
 * commit for all of them ({@link BookingAttempt#claimTogether}), where one at a time each cost the
 * database a statement and a commit and the server a transaction. During a release everyone books
 * the same tier at the same moment, so the batches fill by themselves: while two batches of a tier
 * are running, the requests that arrive wait for the next one, which takes them all; when bookings
 * are few, a batch is one booking.
 *
 * <p>No extra thread and no timer: each request waits on its own thread. The first to find fewer
 * than two batches of its tier running leads one: it takes the requests waiting for the tier
 * (itself among them, at most {@code ticketing.booking.batch-size}), runs their transaction and
 * wakes them with their answers. Requests that arrive meanwhile wait for it to finish, and the next
 * batch takes them. Each request still answers on its own thread (see {@code BookingAdmission} for
 * why).
 *
 * <p>Every guarantee of a booking alone holds, because a batch only ever does the easy case. If the
 * tier's free rows do not cover the whole batch, or anything else goes wrong, the transaction rolls
 * back and every booking of it is made alone, with the same booking id: refusals ("not enough
 * tickets", a closed sale, an unknown tier) are decided there, one booking at a time, exactly as
 * without batches. If the batch's commit may have happened although its answer was lost, each
 * request asks the database for its booking first. Bookings with an idempotency key and bookings of
 * several tiers are always made alone.
 */
@ApplicationScoped
public class HoldBatches {
  private static final Logger LOG = Logger.getLogger(HoldBatches.class.getName());

  /**
   * Batches of one tier that may run at once: while the database works on one, the server gathers
   * and prepares the next. They take different rows ({@code SKIP LOCKED}).
   */
  static final int BATCHES_AT_ONCE = 2;

  /** How long a waiting request sleeps before it looks again, should a wake-up go astray. */
  private static final long RECHECK_NANOS = TimeUnit.MILLISECONDS.toNanos(20);

  @Inject private BookingAttempt attempt;

  @Inject private BookingGate gate;

  @Inject private Catalog catalog;

  @Inject private Caller caller;

  @Inject private BookingMetrics metrics;

  private int batchSize;

  /** Per tier id: the requests waiting, and the batches running. */
  private final Map<Long, Lane> lanes = new ConcurrentHashMap<>();

  @PostConstruct
  void configure() {
    batchSize =
        ConfigProvider.getConfig(HoldBatches.class.getClassLoader())
            .getValue("ticketing.booking.batch-size", Integer.class);
  }

  /** A new booking waiting for its batch. */
  public record Order(BookingOrder order, UUID bookingId, String owner) {}

  /** What became of a booking in its batch. */
  public sealed interface Outcome {
    /** Held and committed with its batch. */
    record Held(BookingSummary booking) implements Outcome {}

    /** Nothing was done: make the booking alone. */
    record Alone() implements Outcome {}

    /**
     * The batch's commit may have happened although its answer was lost: look for the booking
     * before making it alone.
     */
    record Unknown() implements Outcome {}
  }

  private static final Outcome ALONE = new Outcome.Alone();
  private static final Outcome UNKNOWN = new Outcome.Unknown();

  /**
   * Holds the booking together with the others of its tier that wait now, if it can be.
   *
   * @param order a validated order
   * @param bookingId the new booking's id
   * @return {@link Outcome.Held} with the committed booking, or what to do instead
   */
  public Outcome hold(BookingOrder order, UUID bookingId) {
    if (batchSize < 2 || order.lines().size() != 1) {
      return ALONE;
    }
    ConcertAvailability concert = catalog.concertAsKnown(order.concertId());
    String code = order.lines().get(0).tier();
    Long tier =
        concert.tiers().stream()
            .filter(t -> t.code().equals(code))
            .findFirst()
            .map(t -> t.id())
            .orElse(null);
    if (tier == null) {
      return ALONE; // a tier the copy does not know yet: looked up alone
    }
    Waiting me = new Waiting(new Order(order, bookingId, caller.email()), Thread.currentThread());
    Lane lane = lanes.computeIfAbsent(tier, id -> new Lane());
    lane.waiting.add(me);
    // An interrupt does not end the wait (the booking is in a batch's hands, or about to be), and
    // parking with the flag set returns at once: it is cleared while waiting and set again after.
    boolean interrupted = false;
    while (me.outcome == null) {
      // Once in a batch, it only waits for the batch's outcome.
      if (!me.taken && lane.batch.tryAcquire()) {
        try {
          if (!me.taken) {
            run(lane.next(batchSize));
          }
        } finally {
          lane.batch.release();
          // Whoever waits now is woken to lead the next batch.
          Waiting next = lane.waiting.peek();
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

  private void run(List<Waiting> batch) {
    if (batch.isEmpty()) {
      return;
    }
    List<Outcome> outcomes = new ArrayList<>(batch.size());
    try {
      List<BookingSummary> held =
          gate.admit(() -> attempt.claimTogether(batch.stream().map(w -> w.order).toList()));
      held.forEach(booking -> outcomes.add(new Outcome.Held(booking)));
      metrics.batch(batch.size(), true);
    } catch (RuntimeException failed) {
      metrics.batch(batch.size(), false);
      boolean maybeCommitted =
          DatabaseFault.of(failed).isPresent() && !DatabaseFault.nothingWasSent(failed);
      if (maybeCommitted) {
        LOG.log(Level.INFO, "A batch of bookings may have committed: each looks", failed);
      }
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
    final Order order;
    final Thread thread;

    /** Whether a batch has taken it: its outcome is coming. */
    volatile boolean taken;

    volatile Outcome outcome;

    Waiting(Order order, Thread thread) {
      this.order = order;
      this.thread = thread;
    }

    void answer(Outcome outcome) {
      this.outcome = outcome;
      LockSupport.unpark(thread);
    }
  }
}
