package dev.ticketing.booking;

import dev.ticketing.database.DatabaseFault;
import dev.ticketing.database.DatabaseUnavailableException;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * Admission to the booking path's transactions: a bulkhead sized to the connection pool ({@code
 * ticketing.booking.max-concurrent}), where a transaction waits at most {@code
 * ticketing.booking.max-wait-millis} for its turn. Beyond that the request is shed at once with a
 * {@code 503} and {@code Retry-After}, instead of queueing for a connection while its client gives
 * up: under overload the bookings that are admitted keep their speed.
 *
 * <p>Hand-made rather than MicroProfile Fault Tolerance's {@code @Bulkhead}: its synchronous form
 * has no waiting at all (a burst of a few more requests than permits would be refused although a
 * permit comes free a millisecond later), and its waiting queue needs asynchronous methods.
 */
@ApplicationScoped
public class BookingGate {
  private Semaphore permits;
  private int capacity;
  private long maxWaitMillis;

  @PostConstruct
  void configure() {
    Config config = ConfigProvider.getConfig(BookingGate.class.getClassLoader());
    capacity = config.getValue("ticketing.booking.max-concurrent", Integer.class);
    maxWaitMillis = config.getValue("ticketing.booking.max-wait-millis", Long.class);
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

  /** Transactions running now. */
  public int inUse() {
    return capacity - permits.availablePermits();
  }

  /** Requests waiting for their turn now. */
  public int waiting() {
    return permits.getQueueLength();
  }
}
