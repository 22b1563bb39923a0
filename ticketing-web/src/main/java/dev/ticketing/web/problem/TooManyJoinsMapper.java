package dev.ticketing.web.problem;

import dev.ticketing.waitingroom.TooManyJoinsException;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/** Too many anonymous places taken from the client's address: {@code 429} with Retry-After. */
@Provider
public class TooManyJoinsMapper implements ExceptionMapper<TooManyJoinsException> {
  @Context private UriInfo uriInfo;

  @Override
  public Response toResponse(TooManyJoinsException e) {
    long seconds = Math.max(1, e.retryAfter().toSeconds());
    return Response.fromResponse(
            Problem.of(429, "too-many-joins", "Too many places", e.getMessage())
                .toResponse(uriInfo))
        .header("Retry-After", seconds)
        .build();
  }
}
