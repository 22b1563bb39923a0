package dev.ticketing.booking;

import dev.ticketing.database.DatabaseFault;
import dev.ticketing.database.DatabaseUnavailableException;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicIntegerArray;
import java.util.concurrent.atomic.AtomicLongArray;
import java.util.function.Supplier;
import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * Admission to the booking path: a bulkhead sized to the connection pool ({@code
 * ticketing.booking.max-concurrent}), where a transaction waits at most {@code
 * ticketing.booking.max-wait-millis} for its turn, and in front of it a queue of booking requests
 * that admits a request only if its turn is predicted to come within that wait. Beyond that the
 * request is shed at once with a {@code 503} and {@code Retry-After}, instead of queueing while its
 * client gives up: under overload the bookings that are admitted keep their speed.
 *
 * <p>The queue ({@link #enter}, {@link #leave}) is for requests served off the HTTP threads, at
 * most {@code max-concurrent} at a time: a request's predicted wait is the requests ahead of it
 * beyond those being served, times the recent time to serve one, over {@code max-concurrent}.
 * Waiting requests hold no thread, so the HTTP threads are always free to shed the excess, and
 * nothing waits unseen in the HTTP listener's own queue.
 *
 * <p>Hand-made rather than MicroProfile Fault Tolerance's {@code @Bulkhead}: its synchronous form
 * has no waiting at all (a burst of a few more requests than permits would be refused although a
 * permit comes free a millisecond later), and its waiting queue needs asynchronous methods.
 */
@ApplicationScoped
public class BookingGate {
  /** The requests served are counted in {@code BUCKETS} periods of {@code BUCKET_NANOS}. */
  private static final int BUCKETS = 10;

  private static final long BUCKET_NANOS = TimeUnit.MILLISECONDS.toNanos(100);

  private Semaphore permits;
  private int capacity;
  private long maxWaitMillis;

  /** Booking requests entered and not yet served: being served, or queued. */
  private final AtomicInteger queued = new AtomicInteger();

  /**
   * The recent time to serve one queued request (ns), an exponentially weighted average. Updated
   * without a lock: a sample lost to a race changes nothing that matters.
   */
  private volatile long serviceNanos = TimeUnit.MILLISECONDS.toNanos(10);

  /**
   * Queued requests served, counted in 100 ms buckets over the last second: bucket {@code i} holds
   * the count of the 100 ms period whose number (nanoTime / 100 ms) is in {@code bucketPeriod[i]}.
   */
  private final AtomicLongArray bucketPeriod = new AtomicLongArray(BUCKETS);

  private final AtomicIntegerArray bucketServed = new AtomicIntegerArray(BUCKETS);

  @PostConstruct
  void configure() {
    Config config = ConfigProvider.getConfig(BookingGate.class.getClassLoader());
    size(
        config.getValue("ticketing.booking.max-concurrent", Integer.class),
        config.getValue("ticketing.booking.max-wait-millis", Long.class));
  }

  /** Sizes the gate: {@code capacity} transactions at once, a wait of at most {@code maxWait}. */
  void size(int capacity, long maxWaitMillis) {
    this.capacity = capacity;
    this.maxWaitMillis = maxWaitMillis;
    // Not fair: a fair semaphore hands each freed permit to the longest waiter, which must first be
    // woken and scheduled, while a thread that is running and could use the permit parks. Unfair,
    // a running thread takes a free permit at once; a waiter still gets one within the wait.
    permits = new Semaphore(capacity);
  }

  /**
   * Runs the transaction once a permit is free.
   *
   * @throws DatabaseUnavailableException ({@link DatabaseFault#BUSY}) if none came free in time
   */
  public <T> T admit(Supplier<T> transaction) {
    boolean admitted = permits.tryAcquire();
    if (!admitted) {
      try {
        admitted = permits.tryAcquire(maxWaitMillis, TimeUnit.MILLISECONDS);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    }
    if (!admitted) {
      throw new DatabaseUnavailableException(DatabaseFault.BUSY, null, null);
    }
    try {
      return transaction.get();
    } finally {
      permits.release();
    }
  }

  /**
   * Enters a booking request into the queue, to be served by one of {@link #lanes()} workers, or
   * sheds it if its turn is not predicted to come within {@code max-wait-millis}. Every request
   * entered must {@link #leave} once served.
   *
   * @throws DatabaseUnavailableException ({@link DatabaseFault#BUSY}) if shed
   */
  public void enter() {
    int ahead = queued.incrementAndGet() - capacity;
    if (ahead > 0 && predictedWaitNanos(ahead) > TimeUnit.MILLISECONDS.toNanos(maxWaitMillis)) {
      queued.decrementAndGet();
      throw new DatabaseUnavailableException(DatabaseFault.BUSY, null, null);
    }
  }

  /**
   * A request entered with {@link #enter} has been served.
   *
   * @param servedNanos how long serving it took, its wait in the queue excluded
   */
  public void leave(long servedNanos) {
    queued.decrementAndGet();
    long average = serviceNanos;
    serviceNanos = average + (servedNanos - average) / 16;
    long period = System.nanoTime() / BUCKET_NANOS;
    int bucket = (int) (period % BUCKETS);
    long was = bucketPeriod.get(bucket);
    if (was != period && bucketPeriod.compareAndSet(bucket, was, period)) {
      bucketServed.set(bucket, 0); // a count racing with this reset may be lost: an estimate
    }
    bucketServed.incrementAndGet(bucket);
  }

  /** A request entered with {@link #enter} leaves without having been served. */
  public void withdraw() {
    queued.decrementAndGet();
  }

  /** How many queued requests are served at once: the bulkhead's size. */
  public int lanes() {
    return capacity;
  }

  /**
   * How long a request with {@code ahead} others queued before it should wait for its turn: the
   * shorter of two estimates, so that a request is shed only when both say it would wait too long.
   * One is the recent time to serve a request over the bulkhead's width, which a single slow
   * request (a pause of the collector) can throw off for a while; the other the requests actually
   * served in the last 900 ms, which knows nothing after a quiet spell.
   */
  private long predictedWaitNanos(int ahead) {
    long byServiceTime = ahead * serviceNanos / capacity;
    long period = System.nanoTime() / BUCKET_NANOS;
    long served = 0;
    for (int bucket = 0; bucket < BUCKETS; bucket++) {
      long p = bucketPeriod.get(bucket);
      if (p < period && p > period - BUCKETS) { // the last 9 whole periods
        served += bucketServed.get(bucket);
      }
    }
    long byRate = served == 0 ? Long.MAX_VALUE : ahead * (BUCKETS - 1) * BUCKET_NANOS / served;
    return Math.min(byServiceTime, byRate);
  }

  /** Booking requests queued or being served now. */
  public int queued() {
    return queued.get();
  }

  /** Transactions running now. */
  public int inUse() {
    return capacity - permits.availablePermits();
  }

  /** Requests waiting for their turn now. */
  public int waiting() {
    return permits.getQueueLength();
  }
}
