package dev.ticketing.web.problem;

import dev.ticketing.account.TooManyRegistrationsException;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/**
 * Too many accounts created from the client's address lately: {@code 429} with {@code Retry-After}.
 */
@Provider
public class TooManyRegistrationsMapper implements ExceptionMapper<TooManyRegistrationsException> {
  @Context private UriInfo uriInfo;

  @Override
  public Response toResponse(TooManyRegistrationsException e) {
    long seconds = Math.max(1, e.retryAfter().toSeconds());
    Problem problem =
        Problem.of(
            429,
            "too-many-registrations",
            "Too many registrations",
            "Too many accounts were created from this address lately: try again in "
                + seconds
                + " s");
    return Response.fromResponse(problem.toResponse(uriInfo))
        .header("Retry-After", seconds)
        .build();
  }
}
