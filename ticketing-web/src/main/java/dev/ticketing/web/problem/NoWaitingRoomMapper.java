package dev.ticketing.web.problem;

import dev.ticketing.waitingroom.NoWaitingRoomException;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.Response.Status;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/** The concert has no waiting room to join or to pause: {@code 409 no-waiting-room}. */
@Provider
public class NoWaitingRoomMapper implements ExceptionMapper<NoWaitingRoomException> {
  @Context private UriInfo uriInfo;

  @Override
  public Response toResponse(NoWaitingRoomException e) {
    return Problem.of(Status.CONFLICT, "no-waiting-room", "No waiting room", e.getMessage())
        .with("concertId", e.concertId())
        .toResponse(uriInfo);
  }
}
