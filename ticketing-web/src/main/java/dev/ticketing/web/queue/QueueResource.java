package dev.ticketing.web.queue;

import dev.ticketing.account.Caller;
import dev.ticketing.waitingroom.QueueStatus;
import dev.ticketing.waitingroom.WaitingLine;
import dev.ticketing.web.booking.BookingResource;
import dev.ticketing.web.http.ClientAddress;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * A concert's waiting room, as visitors use it: join, then poll. The rules live in {@link
 * WaitingLine}.
 */
@Path("concerts/{id}/queue")
@ApplicationScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Waiting room")
public class QueueResource {
  @Inject private WaitingLine line;

  @Inject private Caller caller;

  // No @Context fields: a request-scoped resource had Jersey inject them through HK2 at every
  // request,
  // behind one class-wide lock (Utilities.proxiesAvailable), which held 90 of 320 request threads
  // at the start of a release; an application-scoped one takes them as parameters.

  @POST
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(
      summary = "Join a concert's waiting room",
      description =
          "Takes a place in line: `201` with the place's `ticket` (keep it: it is the key to the"
              + " place) and where it stands. Joining again with the same account, or with the"
              + " `ticket` of a place taken before, answers `200` with the same place. Before the"
              + " sale opens, places are `PREQUEUE` and get their `position` at the opening, in"
              + " random order; after it, in order of arrival. Poll the place's link every"
              + " `pollAfterSeconds`; once `ADMITTED`, book with its `admission`.\n\n"
              + "401: the concert is sold to accounts only (`account-required`). 409: the concert"
              + " has no waiting room on, it does not open yet, or the sale is over"
              + " (`no-waiting-room`). 429: too many anonymous places from this address"
              + " (`too-many-joins`).",
      operationId = "joinQueue")
  @RequestBody(
      required = false,
      content =
          @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(ref = "JoinRequest")))
  @APIResponse(
      responseCode = "201",
      description = "A new place",
      content = @Content(schema = @Schema(ref = "QueueView")))
  @APIResponse(
      responseCode = "200",
      description = "The caller's place, taken before",
      content = @Content(schema = @Schema(ref = "QueueView")))
  @APIResponse(responseCode = "400", ref = "BadRequest")
  @APIResponse(responseCode = "401", ref = "AccountRequired")
  @APIResponse(responseCode = "404", ref = "NotFound")
  @APIResponse(responseCode = "409", ref = "Conflict")
  @APIResponse(responseCode = "429", ref = "TooManyRequests")
  @APIResponse(responseCode = "503", ref = "ServiceUnavailable")
  public Response join(
      @Parameter(ref = "ConcertId") @PathParam("id") long concertId,
      @Valid JoinRequest body,
      @Context UriInfo uriInfo,
      @Context HttpServletRequest request) {
    // Waits on this thread for the place, made with the joins that arrive with it (one commit for
    // all, JoinGroups): a short wait, and answered on the request's own thread, as bookings are
    // (an asynchronous response of Payara Micro 6.2025.10 now and then carries 200 in place of its
    // own status: docs/design.md, the booking gate).
    QueueStatus status =
        line.join(
            concertId,
            caller.email(),
            ClientAddress.of(request),
            body == null ? null : body.ticket);
    QueueView view = QueueView.of(status);
    Response.ResponseBuilder answer =
        status.joinedNow()
            ? Response.created(
                uriInfo
                    .getBaseUriBuilder()
                    .path("concerts/{id}/queue/{ticket}")
                    .build(concertId, status.ticket()))
            : Response.ok();
    return answer.entity(view).cacheControl(BookingResource.noStore()).build();
  }

  @GET
  @Path("{ticket}")
  @Operation(
      summary = "Where a place in the waiting room stands",
      description =
          "No login: the ticket is the key. Answered from the server's memory while the place is"
              + " in line. Once `ADMITTED`, carries the `admission` to book with and"
              + " `admittedUntil`. 404: not a ticket of this concert's room.",
      operationId = "queueStatus")
  @APIResponse(
      responseCode = "200",
      description = "The place",
      content = @Content(schema = @Schema(ref = "QueueView")))
  @APIResponse(responseCode = "404", ref = "NotFound")
  @APIResponse(responseCode = "503", ref = "ServiceUnavailable")
  public Response status(
      @Parameter(ref = "ConcertId") @PathParam("id") long concertId,
      @Parameter(description = "The place's ticket, as joining gave it", required = true)
          @PathParam("ticket")
          String ticket) {
    return Response.ok(QueueView.of(line.status(concertId, ticket)))
        .cacheControl(BookingResource.noStore())
        .build();
  }
}
