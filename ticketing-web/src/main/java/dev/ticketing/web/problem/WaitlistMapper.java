package dev.ticketing.web.problem;

import dev.ticketing.waitlist.WaitlistException;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/** A waiting-list request refused, as the problem it names. */
@Provider
public class WaitlistMapper implements ExceptionMapper<WaitlistException> {
  @Context private UriInfo uriInfo;

  @Override
  public Response toResponse(WaitlistException e) {
    if (e.status() == 401) {
      return Problem.challenge(Problem.unauthenticated().toResponse(uriInfo));
    }
    return Problem.of(e.status(), e.type(), e.title(), e.getMessage()).toResponse(uriInfo);
  }
}
