package dev.ticketing.web.problem;

import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.Response.Status;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.sql.SQLException;
import java.util.UUID;
import java.util.logging.Logger;

/**
 * Anything unforeseen: a 500 problem with a correlation id that is also in the log, never a stack
 * trace or a class name in the body. A database that cannot be reached gives 503 instead, which
 * tells clients to try again; a body that could not be read, wrapped where no other mapper sees it,
 * gives its 4xx.
 */
@Provider
public class UnexpectedExceptionMapper implements ExceptionMapper<Throwable> {
  private static final Logger LOG = Logger.getLogger(UnexpectedExceptionMapper.class.getName());

  @Context private UriInfo uriInfo;

  @Override
  public Response toResponse(Throwable e) {
    if (UnreadableBody.isCauseOf(e)) {
      return UnreadableBody.problem(e).toResponse(uriInfo);
    }
    for (Throwable cause = e; cause != null; cause = cause.getCause()) {
      if (cause instanceof SQLException sql
          && sql.getSQLState() != null
          && sql.getSQLState().startsWith("08")) {
        return unavailable(e);
      }
    }
    return Problem.unexpected(e).toResponse(uriInfo);
  }

  private Response unavailable(Throwable e) {
    String correlationId = UUID.randomUUID().toString();
    LOG.warning("Database unreachable, correlation id " + correlationId + ": " + e);
    return Response.fromResponse(
            Problem.of(
                    Status.SERVICE_UNAVAILABLE,
                    "service-unavailable",
                    "Service unavailable",
                    "The booking database cannot be reached right now; nothing was booked."
                        + " Try again shortly.")
                .with("correlationId", correlationId)
                .toResponse(uriInfo))
        .header("Retry-After", "5")
        .build();
  }
}
