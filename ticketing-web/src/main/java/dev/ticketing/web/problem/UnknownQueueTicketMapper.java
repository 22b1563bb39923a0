package dev.ticketing.web.problem;

import dev.ticketing.waitingroom.UnknownQueueTicketException;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.Response.Status;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/** Not a ticket of this concert's waiting room (forged, altered, another concert's): 404. */
@Provider
public class UnknownQueueTicketMapper implements ExceptionMapper<UnknownQueueTicketException> {
  @Context private UriInfo uriInfo;

  @Override
  public Response toResponse(UnknownQueueTicketException e) {
    return Problem.of(
            Status.NOT_FOUND, "unknown-queue-ticket", "Unknown waiting-room ticket", e.getMessage())
        .toResponse(uriInfo);
  }
}
