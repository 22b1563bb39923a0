package dev.ticketing.web.booking;

import dev.ticketing.account.Caller;
import dev.ticketing.booking.BookingGate;
import dev.ticketing.booking.BookingMetrics;
import dev.ticketing.database.DatabaseFault;
import dev.ticketing.database.DatabaseUnavailableException;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedThreadFactory;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.container.AsyncResponse;
import jakarta.ws.rs.core.Response;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

/**
 * Serves booking requests off the HTTP threads: a request is admitted to {@link BookingGate}'s
 * queue or shed at once, and admitted ones are served by a fixed number of workers, as many as the
 * bulkhead lets run. An HTTP thread is thus never parked waiting for a booking's turn: under
 * overload it is free to answer the excess {@code 503} in a millisecond, where it used to hold the
 * excess in the listener's queue, unseen, for many seconds.
 *
 * <p>The workers come from the container's thread factory (the application's class loader and
 * naming) and do each request's work as its caller ({@link Caller#as}). Not through the container's
 * context service: Payara's looks its context providers up on the class path for every task it
 * wraps, under a lock of the jar file that every request would then queue for.
 */
@ApplicationScoped
public class BookingLanes {
  @Inject private BookingGate gate;

  @Resource private ManagedThreadFactory threads;

  @Inject private Caller caller;

  @Inject private BookingMetrics metrics;

  private ExecutorService workers;

  @PostConstruct
  void start() {
    int lanes = gate.lanes();
    // The queue is unbounded here because the gate bounds it: it admits only what drains in time.
    workers =
        new ThreadPoolExecutor(
            lanes, lanes, 0, TimeUnit.MILLISECONDS, new LinkedBlockingQueue<>(), threads);
  }

  @PreDestroy
  void stop() {
    workers.shutdown();
  }

  /**
   * Answers the request with what {@code work} returns (or throws), once its turn comes.
   *
   * @param operation the booking operation, as {@code /metrics} names it ({@code hold}, {@code
   *     book})
   * @throws DatabaseUnavailableException ({@link DatabaseFault#BUSY}) if the request is shed: its
   *     turn would not come in time
   */
  public void answer(String operation, AsyncResponse response, Supplier<Response> work) {
    try {
      gate.enter();
    } catch (DatabaseUnavailableException shed) {
      metrics.shed(operation);
      throw shed;
    }
    String email = caller.email();
    Runnable served =
        () -> {
          long start = System.nanoTime();
          try {
            response.resume(Caller.as(email, work));
          } catch (RuntimeException | Error e) {
            response.resume(e);
          } finally {
            gate.leave(System.nanoTime() - start);
          }
        };
    try {
      workers.execute(served);
    } catch (RejectedExecutionException stopping) {
      gate.withdraw();
      metrics.shed(operation);
      throw new DatabaseUnavailableException(DatabaseFault.BUSY, null, stopping);
    }
  }
}
