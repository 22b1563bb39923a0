package dev.ticketing.web.problem;

import dev.ticketing.admin.OrganiserRefusedException;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.Response.Status;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.List;

/** A refused organiser change, in the status and words the client needs. */
@Provider
public class OrganiserRefusedMapper implements ExceptionMapper<OrganiserRefusedException> {
  @Context private UriInfo uriInfo;

  @Override
  public Response toResponse(OrganiserRefusedException e) {
    String detail = e.getMessage();
    Problem problem =
        switch (e.reason()) {
          case UNKNOWN_CONCERT ->
              Problem.of(Status.NOT_FOUND, "unknown-concert", "Unknown concert", detail);
          case UNKNOWN_TIER -> Problem.of(Status.NOT_FOUND, "unknown-tier", "Unknown tier", detail);
          case UNKNOWN_BOOKING ->
              Problem.of(Status.NOT_FOUND, "unknown-booking", "Unknown booking", detail);
          case TIER_CODE_TAKEN ->
              Problem.of(Status.CONFLICT, "tier-code-taken", "Tier code taken", detail);
          case CAPACITY_BELOW_TAKEN ->
              Problem.of(
                  Status.CONFLICT,
                  "capacity-below-taken",
                  "Capacity below tickets sold or held",
                  detail);
          case CURRENCY_MISMATCH ->
              Problem.of(Status.CONFLICT, "currency-mismatch", "Another currency", detail);
          case INVALID_SALE_WINDOW, INVALID_POSITION, INVALID_PURCHASE_LIMIT ->
              Problem.of(Status.BAD_REQUEST, "invalid-request", "Invalid request", detail);
        };
    if (e.field() != null) {
      problem.withErrors(List.of(new Problem.FieldError(e.field(), detail)));
    }
    return problem.toResponse(uriInfo);
  }
}
