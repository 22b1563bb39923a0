package dev.ticketing.web.problem;

import dev.ticketing.booking.BookingRejectedException;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.Response.Status;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.List;

/**
 * A refused booking, in the status and words the client needs: one line per {@link
 * BookingRejectedException.Reason}, with the facts the refusal carries as extension members.
 */
@Provider
public class BookingRejectedMapper implements ExceptionMapper<BookingRejectedException> {
  @Context private UriInfo uriInfo;

  @Override
  public Response toResponse(BookingRejectedException e) {
    String detail = e.getMessage();
    Problem problem =
        switch (e.reason()) {
          case NOT_ENOUGH_TICKETS ->
              Problem.of(Status.CONFLICT, "not-enough-tickets", "Not enough tickets", detail);
          case UNKNOWN_TIER ->
              Problem.of(Status.NOT_FOUND, "unknown-tier", "Unknown ticket tier", detail);
          case INVALID_QUANTITY ->
              Problem.of(Status.BAD_REQUEST, "invalid-quantity", "Invalid quantity", detail);
          case INVALID_ORDER ->
              Problem.of(Status.BAD_REQUEST, "invalid-request", "Invalid request", detail);
        };
    e.facts().forEach(problem::with);
    if (e.field() != null) {
      problem.withErrors(List.of(new Problem.FieldError(e.field(), detail)));
    }
    return problem.toResponse(uriInfo);
  }
}
