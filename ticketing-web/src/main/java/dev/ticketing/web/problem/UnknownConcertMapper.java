package dev.ticketing.web.problem;

import dev.ticketing.catalog.UnknownConcertException;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.Response.Status;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

@Provider
public class UnknownConcertMapper implements ExceptionMapper<UnknownConcertException> {
  @Context private UriInfo uriInfo;

  @Override
  public Response toResponse(UnknownConcertException e) {
    return Problem.of(Status.NOT_FOUND, "unknown-concert", "Unknown concert", e.getMessage())
        .with("concertId", e.concertId())
        .toResponse(uriInfo);
  }
}
