package dev.ticketing.web.waitlist;

import dev.ticketing.account.Roles;
import dev.ticketing.waitlist.Waitlist;
import dev.ticketing.web.TicketingApi;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.CacheControl;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** A logged-in account's waiting-list entries of a concert; the rules live in {@link Waitlist}. */
@Path("concerts/{id}/waitlist")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.CUSTOMER, Roles.ORGANISER})
@SecurityRequirement(name = TicketingApi.BEARER)
@Tag(name = "Waiting lists")
public class WaitlistResource {
  @Inject private Waitlist waitlist;

  @POST
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(
      summary = "Join a sold-out tier's waiting list",
      description =
          "When tickets of the tier come back (a hold runs out, a booking is cancelled, capacity"
              + " is raised), the entries get them in the order they joined, as an ordinary"
              + " `HELD` booking (it shows in `GET /api/bookings`) that expires after the"
              + " organisers' offer time (10 minutes by default): pay it like any hold. An entry"
              + " that cannot be offered its whole quantity is passed over (keeping its place)"
              + " unless `acceptFewer`. The concert's limit of tickets per account applies.\n\n"
              + "201: joined. 200: the caller already has an entry of this tier that waits or"
              + " holds an offer; it is answered unchanged. 401: no account. 404: unknown concert"
              + " (or one not published) or tier. 409 `waitlist-not-open`: the tier can still be"
              + " booked (held tickets count as taken), a waiting room still has people in line,"
              + " or the concert's sale has closed (no offer is made after it closes); 409"
              + " `waitlist-closed`: the organisers closed the list.",
      operationId = "joinWaitlist")
  @RequestBody(required = true, content = @Content(schema = @Schema(ref = "WaitlistRequest")))
  @APIResponse(
      responseCode = "201",
      description = "Joined",
      content = @Content(schema = @Schema(ref = "WaitlistEntryView")))
  @APIResponse(
      responseCode = "200",
      description = "Already on the list: the entry as it is",
      content = @Content(schema = @Schema(ref = "WaitlistEntryView")))
  @APIResponse(responseCode = "400", ref = "BadRequest")
  @APIResponse(responseCode = "401", ref = "Unauthorized")
  @APIResponse(responseCode = "404", ref = "NotFound")
  @APIResponse(responseCode = "409", ref = "Conflict")
  public Response join(
      @Parameter(ref = "ConcertId") @PathParam("id") long concertId,
      @NotNull @Valid WaitlistRequest body) {
    Waitlist.Joined joined = waitlist.join(concertId, body.tier, body.quantity, body.acceptFewer);
    return Response.status(joined.created() ? 201 : 200)
        .entity(WaitlistEntryView.of(joined.entry()))
        .cacheControl(noStore())
        .build();
  }

  @GET
  @Operation(
      summary = "My waiting-list entries of the concert",
      description =
          "Newest first, with place in line while waiting and the offer once made. 404: unknown"
              + " concert, or one not published.",
      operationId = "myWaitlistEntries")
  @APIResponse(
      responseCode = "200",
      description = "The entries",
      content = @Content(schema = @Schema(ref = "WaitlistEntryList")))
  @APIResponse(responseCode = "401", ref = "Unauthorized")
  @APIResponse(responseCode = "404", ref = "NotFound")
  public Response mine(@Parameter(ref = "ConcertId") @PathParam("id") long concertId) {
    return Response.ok(waitlist.mine(concertId).stream().map(WaitlistEntryView::of).toList())
        .cacheControl(noStore())
        .build();
  }

  @DELETE
  @Path("{tier}")
  @Operation(
      summary = "Leave a tier's waiting list",
      description =
          "204: the waiting entry is gone (an offer already made stays a booking: cancel it to"
              + " give it up). 404: the caller has no entry waiting on this tier.",
      operationId = "leaveWaitlist")
  @APIResponse(responseCode = "204", description = "Left")
  @APIResponse(responseCode = "401", ref = "Unauthorized")
  @APIResponse(responseCode = "404", ref = "NotFound")
  public Response leave(
      @Parameter(ref = "ConcertId") @PathParam("id") long concertId,
      @Parameter(description = "The tier's code", example = "VIP", required = true)
          @PathParam("tier")
          String tier) {
    if (!waitlist.leave(concertId, tier)) {
      throw new dev.ticketing.waitlist.WaitlistException(
          404, "not-on-waitlist", "Not on the waiting list", "No entry of yours waits on " + tier);
    }
    return Response.noContent().build();
  }

  static CacheControl noStore() {
    CacheControl none = new CacheControl();
    none.setNoStore(true);
    none.setPrivate(true);
    return none;
  }
}
