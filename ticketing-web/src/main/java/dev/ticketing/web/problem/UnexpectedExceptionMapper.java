package dev.ticketing.web.problem;

import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.Response.Status;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.sql.SQLException;
import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Anything unforeseen: a 500 problem with a correlation id that is also in the log, never a stack
 * trace or a class name in the body. A database that cannot be reached gives 503 instead, which
 * tells clients to try again.
 */
@Provider
public class UnexpectedExceptionMapper implements ExceptionMapper<Throwable> {
  private static final Logger LOG = Logger.getLogger(UnexpectedExceptionMapper.class.getName());

  @Context private UriInfo uriInfo;

  @Override
  public Response toResponse(Throwable e) {
    for (Throwable cause = e; cause != null; cause = cause.getCause()) {
      if (cause instanceof RequestBodyLimit.TooLargeException
          || cause instanceof RequestBodyLimit.TooDeepException
          || cause instanceof jakarta.json.stream.JsonParsingException
          || cause instanceof jakarta.json.bind.JsonbException) {
        return UnreadableBodyMapper.problemFor(e, uriInfo);
      }
      if (cause instanceof SQLException sql
          && sql.getSQLState() != null
          && sql.getSQLState().startsWith("08")) {
        return unavailable(e);
      }
    }
    return internalError(e, uriInfo);
  }

  static Response internalError(Throwable e, UriInfo uriInfo) {
    String correlationId = UUID.randomUUID().toString();
    LOG.log(Level.SEVERE, "Unexpected error, correlation id " + correlationId, e);
    return Problem.of(
            Status.INTERNAL_SERVER_ERROR,
            "internal-error",
            "Internal error",
            "Something went wrong on our side. Quote correlation id " + correlationId + ".")
        .with("correlationId", correlationId)
        .toResponse(uriInfo);
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
