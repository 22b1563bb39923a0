package dev.ticketing.booking.admission;

import dev.ticketing.booking.hold.HoldBatches;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.concurrent.Semaphore;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
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
 * <p>The queue ({@link #serve}) is for booking requests, at most {@code max-concurrent} or twice
 * {@code batch-size} (whichever is more) served at a time, each on its own HTTP thread: a request's
 * predicted wait is the requests ahead of it beyond those being served, times the recent time to
 * serve one, over the number served at once. A request admitted waits for its turn in arrival
 * order, its thread parked (no CPU), so the listener needs threads for the requests queued here
 * ({@code payara-micro.preboot}); one not admitted costs a millisecond of the thread.
 *
 * <p>Hand-made rather than MicroProfile Fault Tolerance's {@code @Bulkhead}: its synchronous form
 * has no waiting at all (a burst of a few more requests than permits would be refused although a
 * permit comes free a millisecond later), and its waiting queue needs asynchronous methods.
 */
@ApplicationScoped
public class BookingGate {
  /** The longest {@code Retry-After} a shed request is given. */
  public static final int MAX_RETRY_AFTER_SECONDS = 10;

  private Semaphore permits;

  /** The queue's turns: {@code serving} requests served at once, the others wait in order. */
  private Semaphore turns;

  /** Transactions at once: the permits. */
  private int capacity;

  /**
   * Booking requests served at once: the turns. More than the transactions, when bookings are held
   * in batches ({@link HoldBatches}): a request served may be waiting for the next batch of its
   * tier, and the batches fill from these.
   */
  private int serving;

  private long maxWaitMillis;
  private int maxQueued;

  /** Booking requests entered and not yet served: being served, or queued. */
  private final AtomicInteger queued = new AtomicInteger();

  /**
   * The recent time to serve one queued request (ns), an exponentially weighted average. Updated
   * without a lock: a sample lost to a race changes nothing that matters.
   */
  private volatile long serviceNanos = TimeUnit.MILLISECONDS.toNanos(10);

  /** Queued requests served lately. */
  private final RecentCount served = new RecentCount();

  /** Requests shed lately. */
  private final RecentCount shed = new RecentCount();

  @PostConstruct
  void configure() {
    Config config = ConfigProvider.getConfig(BookingGate.class.getClassLoader());
    int transactions = config.getValue("ticketing.booking.max-concurrent", Integer.class);
    // Requests enough to fill the batches of a tier that run at once.
    int batches =
        HoldBatches.BATCHES_AT_ONCE
            * config.getValue("ticketing.booking.batch-size", Integer.class);
    size(
        transactions,
        Math.max(transactions, batches),
        config.getValue("ticketing.booking.max-wait-millis", Long.class),
        config.getValue("ticketing.booking.max-queued", Integer.class));
  }

  /** Sizes the gate: {@code capacity} transactions at once, a wait of at most {@code maxWait}. */
  void size(int capacity, long maxWaitMillis) {
    size(capacity, capacity, maxWaitMillis, Integer.MAX_VALUE);
  }

  /**
   * Sizes the gate: {@code capacity} transactions at once, a wait of at most {@code maxWait}, at
   * most {@code maxQueued} requests waiting for their turn.
   */
  void size(int capacity, long maxWaitMillis, int maxQueued) {
    size(capacity, capacity, maxWaitMillis, maxQueued);
  }

  /**
   * Sizes the gate: {@code capacity} transactions and {@code serving} booking requests at once, a
   * wait of at most {@code maxWait}, at most {@code maxQueued} requests waiting for their turn.
   */
  public void size(int capacity, int serving, long maxWaitMillis, int maxQueued) {
    this.maxQueued = maxQueued;
    this.capacity = capacity;
    this.serving = serving;
    this.maxWaitMillis = maxWaitMillis;
    // Not fair: a fair semaphore hands each freed permit to the longest waiter, which must first be
    // woken and scheduled, while a thread that is running and could use the permit parks. Unfair,
    // a running thread takes a free permit at once; a waiter still gets one within the wait.
    permits = new Semaphore(capacity);
    turns = new Semaphore(serving, true);
  }

  /**
   * Runs the transaction once a permit is free.
   *
   * @throws RequestShedException if none came free in time
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
      throw new RequestShedException(1);
    }
    try {
      return transaction.get();
    } finally {
      permits.release();
    }
  }

  /**
   * Serves a booking request on the caller's thread once its turn comes, or sheds it at once if its
   * turn is not predicted to come within {@code max-wait-millis} or {@code max-queued} requests are
   * waiting already.
   *
   * @return what {@code request} returns; it throws as {@code request} does
   * @throws RequestShedException if shed
   */
  public <T> T serve(Supplier<T> request) {
    enter();
    boolean turn = false;
    try {
      // The prediction admitted it within max-wait; twice that is a wrong prediction's limit.
      turn = turns.tryAcquire(2 * maxWaitMillis, TimeUnit.MILLISECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    if (!turn) {
      withdraw();
      throw shedNow();
    }
    long start = System.nanoTime();
    try {
      return request.get();
    } finally {
      turns.release();
      leave(System.nanoTime() - start);
    }
  }

  /**
   * Enters a booking request into the queue, or sheds it if its turn is not predicted to come
   * within {@code max-wait-millis}. Every request entered must {@link #leave} once served, or
   * {@link #withdraw}.
   *
   * @throws RequestShedException if shed
   */
  void enter() {
    int ahead = queued.incrementAndGet() - serving;
    if (ahead > maxQueued
        || ahead > 0 && predictedWaitNanos(ahead) > TimeUnit.MILLISECONDS.toNanos(maxWaitMillis)) {
      queued.decrementAndGet();
      throw shedNow();
    }
  }

  /** Counts a request shed and says so: {@code 503} busy, with its {@code Retry-After}. */
  private RequestShedException shedNow() {
    shed.add();
    return new RequestShedException(retryAfterSeconds());
  }

  /**
   * A request entered with {@link #enter} has been served.
   *
   * @param servedNanos how long serving it took, its wait in the queue excluded
   */
  void leave(long servedNanos) {
    queued.decrementAndGet();
    long average = serviceNanos;
    serviceNanos = average + (servedNanos - average) / 16;
    served.add();
  }

  /** A request entered with {@link #enter} leaves without having been served. */
  void withdraw() {
    queued.decrementAndGet();
  }

  /**
   * How long a request with {@code ahead} others queued before it should wait for its turn: the
   * shorter of two estimates, so that a request is shed only when both say it would wait too long.
   * One is the recent time to serve a request over the bulkhead's width, which a single slow
   * request (a pause of the collector) can throw off for a while; the other the requests actually
   * served in the last 900 ms, which knows nothing after a quiet spell.
   */
  private long predictedWaitNanos(int ahead) {
    long byServiceTime = ahead * serviceNanos / serving;
    long recent = served.count();
    long byRate = recent == 0 ? Long.MAX_VALUE : ahead * RecentCount.SPAN_NANOS / recent;
    return Math.min(byServiceTime, byRate);
  }

  /**
   * How long a shed request's client should wait before it tries again: a whole number of seconds
   * drawn at random from 1 to {@link #retryAfterBound}. Told the same wait, the clients shed in the
   * same second would all come back in the same second, to be shed together again while the server
   * idles in between ("full jitter"; docs/performance.md has the A/B).
   */
  int retryAfterSeconds() {
    int bound = retryAfterBound();
    return bound == 1 ? 1 : 1 + ThreadLocalRandom.current().nextInt(bound);
  }

  /**
   * The longest a shed request's client is told to wait: one second, plus four for every request
   * shed per request served lately, at most {@link #MAX_RETRY_AFTER_SECONDS}. Under a lasting
   * overload, clients told to come back at once would keep a full queue of requests in flight in
   * front of the application, where no limit of its own reaches; the more is shed, the longer the
   * wait, until the requests in flight are about what the queue admits. Before anything was served
   * lately, the rate is estimated from the recent time to serve one.
   */
  int retryAfterBound() {
    long servedLately =
        Math.max(served.count(), serving * RecentCount.SPAN_NANOS / Math.max(1, serviceNanos));
    long extra = 4 * shed.count() / Math.max(1, servedLately);
    return (int) Math.min(MAX_RETRY_AFTER_SECONDS, 1 + extra);
  }

  /** The most booking requests the gate holds at once: served, and queued for their turn. */
  public int requestsAtOnce() {
    return (int) Math.min(Integer.MAX_VALUE, (long) serving + maxQueued);
  }

  /** Booking requests queued or being served now. */
  public int queued() {
    return queued.get();
  }

  /** Transactions running now. */
  public int inUse() {
    return capacity - permits.availablePermits();
  }

  /**
   * Requests waiting now: booking requests for their turn in the queue, and transactions (of
   * bookings, payments, cancellations) for a permit.
   */
  public int waiting() {
    return turns.getQueueLength() + permits.getQueueLength();
  }
}
