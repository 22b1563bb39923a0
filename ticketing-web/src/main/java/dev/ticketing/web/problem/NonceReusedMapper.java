package dev.ticketing.web.problem;

import dev.ticketing.checkin.NonceReusedException;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.Response.Status;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/** A scan's nonce used before with another code: 409, nothing was recorded. */
@Provider
public class NonceReusedMapper implements ExceptionMapper<NonceReusedException> {
  @Context private UriInfo uriInfo;

  @Override
  public Response toResponse(NonceReusedException e) {
    return Problem.of(Status.CONFLICT, "nonce-reused", "Nonce reused", e.getMessage())
        .toResponse(uriInfo);
  }
}
