package dev.ticketing.web.problem;

import dev.ticketing.database.DatabaseFault;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.Optional;

/**
 * Anything unforeseen: a 500 problem with a correlation id that is also in the log, never a stack
 * trace or a class name in the body. A database fault that may pass (unreachable, restarting, a
 * deadlock, an exhausted pool: {@link DatabaseFault}) gives 503 with Retry-After instead, which
 * tells clients to try again; a body that could not be read, wrapped where no other mapper sees it,
 * gives its 4xx.
 */
@Provider
public class UnexpectedExceptionMapper implements ExceptionMapper<Throwable> {

  @Context private UriInfo uriInfo;

  @Override
  public Response toResponse(Throwable e) {
    if (UnreadableBody.isCauseOf(e)) {
      return UnreadableBody.problem(e).toResponse(uriInfo);
    }
    Optional<DatabaseFault> fault = DatabaseFault.of(e);
    if (fault.isPresent()) {
      return DatabaseUnavailableMapper.unavailable(fault.get(), null, e, uriInfo);
    }
    return Problem.unexpected(e).toResponse(uriInfo);
  }
}
