package dev.ticketing.web.booking;

import dev.ticketing.booking.BookingGate;
import dev.ticketing.booking.BookingMetrics;
import dev.ticketing.database.DatabaseFault;
import dev.ticketing.database.DatabaseUnavailableException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.core.Response;
import java.util.function.Supplier;

/**
 * Admits a booking request to {@link BookingGate}'s queue or sheds it at once, and serves the
 * admitted ones on their own HTTP thread, which waits in the gate for its turn.
 *
 * <p>Synchronous on purpose. Served off the HTTP threads (JAX-RS asynchronous responses resumed by
 * a pool of workers), about one answer in 10,000 to 100,000 left Payara Micro 6.2025.10 with the
 * status {@code 200} in place of its own ({@code 201}, {@code 409}, {@code 503}), body intact: a
 * race in the container when a response is written from another thread while the request's own
 * thread is still leaving the container. A resource that resumes at once on another thread shows it
 * in isolation (5-7 answers of 600,000 under wrk at 256 connections), one answering on its own
 * thread never did (0 of 1,300,000). A client must be able to trust the status.
 *
 * <p>A waiting request parks its thread in the gate, which costs no CPU; the listener has threads
 * enough for the queue the gate admits ({@code payara-micro.preboot}).
 */
@ApplicationScoped
public class BookingAdmission {
  @Inject private BookingGate gate;

  @Inject private BookingMetrics metrics;

  /**
   * The answer that {@code work} returns, once the request's turn came; it throws as {@code work}
   * does.
   *
   * @param operation the booking operation, as {@code /metrics} names it ({@code hold}, {@code
   *     book})
   * @throws DatabaseUnavailableException ({@link DatabaseFault#BUSY}) if the request is shed: its
   *     turn would not come in time
   */
  public Response answer(String operation, Supplier<Response> work) {
    return gate.serve(work, () -> metrics.shed(operation));
  }
}
