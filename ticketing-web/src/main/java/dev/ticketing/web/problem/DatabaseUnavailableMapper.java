package dev.ticketing.web.problem;

import dev.ticketing.database.DatabaseFault;
import dev.ticketing.database.DatabaseUnavailableException;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.Response.Status;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.UUID;
import java.util.logging.Logger;

/**
 * A database fault that may pass, after the one transparent retry: {@code 503} with {@code
 * Retry-After}, never {@code 500}. When the request's outcome is unknown (the connection was lost
 * while it committed), the answer says so and names the booking to look up, so that a client does
 * not simply repeat a request that may have succeeded.
 */
@Provider
public class DatabaseUnavailableMapper implements ExceptionMapper<DatabaseUnavailableException> {
  private static final Logger LOG = Logger.getLogger(DatabaseUnavailableMapper.class.getName());

  @Context private UriInfo uriInfo;

  @Override
  public Response toResponse(DatabaseUnavailableException e) {
    return unavailable(e.fault(), e.bookingId(), e, uriInfo);
  }

  /**
   * The 503 for a database fault.
   *
   * @param bookingId the booking whose outcome is unknown, or null if nothing was changed
   */
  static Response unavailable(DatabaseFault fault, UUID bookingId, Throwable e, UriInfo uriInfo) {
    boolean busy = fault == DatabaseFault.POOL_EXHAUSTED;
    int retryAfter = busy ? 1 : 2;
    String detail;
    if (bookingId != null) {
      detail =
          "The connection to the booking database was lost while this request was being committed,"
              + " so it may have succeeded: look up booking "
              + bookingId
              + " (GET /api/bookings/"
              + bookingId
              + ") before trying again, or repeat the request with the same Idempotency-Key, which"
              + " never books or charges twice.";
    } else if (busy) {
      detail = RequestShedMapper.tryAgainIn(retryAfter);
    } else {
      detail =
          "The booking database cannot be reached right now; nothing was booked or charged. Try"
              + " again shortly.";
    }
    Problem problem =
        Problem.of(Status.SERVICE_UNAVAILABLE, "service-unavailable", "Service unavailable", detail)
            .with("fault", fault.name().toLowerCase(java.util.Locale.ROOT));
    if (!busy) {
      // An exhausted pool is overload, counted in /metrics, not logged: hundreds a second.
      String correlationId = UUID.randomUUID().toString();
      LOG.warning("Database fault " + fault + ", correlation id " + correlationId + ": " + e);
      problem.with("correlationId", correlationId);
    }
    if (bookingId != null) {
      problem.with("bookingId", bookingId.toString()).with("outcome", "unknown");
    }
    return Response.fromResponse(problem.toResponse(uriInfo))
        .header("Retry-After", Integer.toString(retryAfter))
        .build();
  }
}
