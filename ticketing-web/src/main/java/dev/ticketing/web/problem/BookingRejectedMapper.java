package dev.ticketing.web.problem;

import dev.ticketing.booking.BookingRejectedException;
import dev.ticketing.booking.InvalidBookingException;
import dev.ticketing.booking.InvalidQuantityException;
import dev.ticketing.booking.NotEnoughTicketsException;
import dev.ticketing.booking.UnknownTierException;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.Response.Status;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.List;

/** A refused booking, in the status and words the client needs. */
@Provider
public class BookingRejectedMapper implements ExceptionMapper<BookingRejectedException> {
  @Context private UriInfo uriInfo;

  @Override
  public Response toResponse(BookingRejectedException e) {
    return problem(e).toResponse(uriInfo);
  }

  private static Problem problem(BookingRejectedException e) {
    if (e instanceof NotEnoughTicketsException short_) {
      return Problem.of(Status.CONFLICT, "not-enough-tickets", "Not enough tickets", e.getMessage())
          .with("tier", short_.tier())
          .with("requested", short_.requested())
          .with("available", short_.available());
    }
    if (e instanceof UnknownTierException unknown) {
      return Problem.of(Status.NOT_FOUND, "unknown-tier", "Unknown ticket tier", e.getMessage())
          .with("tier", unknown.tier());
    }
    if (e instanceof InvalidQuantityException quantity) {
      return Problem.of(Status.BAD_REQUEST, "invalid-quantity", "Invalid quantity", e.getMessage())
          .with("tier", quantity.tier())
          .with("maxPerTier", quantity.maxPerTier())
          .withErrors(List.of(new Problem.FieldError("quantity", e.getMessage())));
    }
    String field = e instanceof InvalidBookingException invalid ? invalid.field() : "body";
    return Problem.of(Status.BAD_REQUEST, "invalid-request", "Invalid request", e.getMessage())
        .withErrors(List.of(new Problem.FieldError(field, e.getMessage())));
  }
}
