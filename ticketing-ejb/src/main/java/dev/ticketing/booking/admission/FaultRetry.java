package dev.ticketing.booking.admission;

import dev.ticketing.booking.BookingMetrics;
import dev.ticketing.database.DatabaseFault;
import dev.ticketing.database.DatabaseUnavailableException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.Supplier;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Runs a booking transaction through the gate's permits, and once more after a database fault that
 * may pass (a lost connection, a restart, a deadlock). A retry of a new booking uses the same
 * booking id, so that it fails on the primary key if the first attempt committed after all.
 */
@ApplicationScoped
public class FaultRetry {
  private static final Logger LOG = Logger.getLogger(FaultRetry.class.getName());

  private static final String UNIQUE_VIOLATION = "23505";

  @Inject private BookingGate gate;

  @Inject private BookingMetrics metrics;

  FaultRetry() {}

  public FaultRetry(BookingGate gate, BookingMetrics metrics) {
    this.gate = gate;
    this.metrics = metrics;
  }

  /**
   * @param bookingId the booking the transaction makes or changes
   * @param ifCommitted what the first attempt committed, if it did: asked when the retry cannot
   *     tell
   * @throws DatabaseUnavailableException if the fault remains; {@code possiblyCommitted} when the
   *     outcome could not be learnt
   * @throws RequestShedException if no permit came free in time
   */
  public <T> T once(UUID bookingId, Supplier<T> transaction, Supplier<Optional<T>> ifCommitted) {
    RuntimeException first;
    try {
      return gate.admit(transaction);
    } catch (RequestShedException shed) {
      throw shed;
    } catch (RuntimeException e) {
      first = e;
    }
    DatabaseFault fault = DatabaseFault.of(first).orElseThrow(() -> first);
    metrics.fault(fault);
    if (!fault.worthRetrying()) {
      throw new DatabaseUnavailableException(fault, null, first);
    }
    boolean mayHaveCommitted = !DatabaseFault.nothingWasSent(first);
    LOG.log(Level.INFO, "Database fault {0}, trying once more: {1}", new Object[] {fault, first});
    pause();
    RuntimeException second;
    try {
      return gate.admit(transaction);
    } catch (RuntimeException e) {
      second = e;
    }
    boolean sameBookingTwice = UNIQUE_VIOLATION.equals(DatabaseFault.sqlState(second));
    boolean shed = second instanceof RequestShedException;
    DatabaseFault again = shed ? fault : DatabaseFault.of(second).orElse(null);
    if (!sameBookingTwice && again == null) {
      throw second; // a refusal, decided on the database as it is now
    }
    if (!sameBookingTwice) {
      mayHaveCommitted |= !shed && !DatabaseFault.nothingWasSent(second);
      if (!mayHaveCommitted) {
        throw shed ? second : new DatabaseUnavailableException(again, null, second);
      }
    }
    DatabaseFault last = again != null ? again : fault;
    Optional<T> committed;
    try {
      committed = ifCommitted.get();
    } catch (RuntimeException stillFailing) {
      throw new DatabaseUnavailableException(last, bookingId, second);
    }
    return committed.orElseThrow(() -> new DatabaseUnavailableException(last, null, second));
  }

  private static void pause() {
    try {
      Thread.sleep(50 + ThreadLocalRandom.current().nextInt(200));
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
