package dev.ticketing.web.problem;

import dev.ticketing.booking.admission.RequestShedException;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.Response.Status;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/**
 * A booking request shed at the door because the booking path is full: {@code 503} with fault
 * {@code busy} and the {@code Retry-After} the gate chose. Counted in {@code /metrics}, not logged:
 * under overload there are hundreds a second, and they mean only that the server is full.
 */
@Provider
public class RequestShedMapper implements ExceptionMapper<RequestShedException> {
  @Context private UriInfo uriInfo;

  @Override
  public Response toResponse(RequestShedException shed) {
    int retryAfter = Math.max(1, shed.retryAfterSeconds());
    Problem problem =
        Problem.of(
                Status.SERVICE_UNAVAILABLE,
                "service-unavailable",
                "Service unavailable",
                tryAgainIn(retryAfter))
            .with("fault", "busy");
    return Response.fromResponse(problem.toResponse(uriInfo))
        .header("Retry-After", Integer.toString(retryAfter))
        .build();
  }

  /** What a client that was turned away for overload is told. */
  static String tryAgainIn(int seconds) {
    return "The ticket office is very busy right now; nothing was booked. Try again in "
        + (seconds == 1 ? "a second." : seconds + " seconds.");
  }
}
