package dev.ticketing.web.admin;

import dev.ticketing.account.Roles;
import dev.ticketing.waitingroom.WaitingRoomAdmin;
import dev.ticketing.web.TicketingApi;
import dev.ticketing.web.booking.BookingResource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** A concert's waiting room, for its organisers: settings, pause and resume, live figures. */
@Path("admin/concerts/{id}/waiting-room")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(Roles.ORGANISER)
@SecurityRequirement(name = TicketingApi.BEARER)
@Tag(name = "Organisers")
public class WaitingRoomResource {
  @Inject private WaitingRoomAdmin rooms;

  @GET
  @Operation(
      summary = "A concert's waiting room",
      description =
          "Its settings and the room live: waiting, inside, let in during the last minute,"
              + " estimated time to clear. A concert without a room shows the defaults, off.",
      operationId = "adminGetWaitingRoom")
  @APIResponse(
      responseCode = "200",
      description = "The room",
      content = @Content(schema = @Schema(ref = "WaitingRoomView")))
  @APIResponse(responseCode = "401", ref = "Unauthorized")
  @APIResponse(responseCode = "403", ref = "Forbidden")
  @APIResponse(responseCode = "404", ref = "NotFound")
  public Response room(@Parameter(ref = "ConcertId") @PathParam("id") long id) {
    return answer(rooms.figures(id));
  }

  @PUT
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(
      summary = "Set up a concert's waiting room",
      description =
          "All fields. Turned on, bookings of the concert need an admission from the room at"
              + " once (`403 admission-required` without); turned off, they do not, and the line"
              + " is kept.",
      operationId = "adminPutWaitingRoom")
  @APIResponse(
      responseCode = "200",
      description = "Set",
      content = @Content(schema = @Schema(ref = "WaitingRoomView")))
  @APIResponse(responseCode = "400", ref = "BadRequest")
  @APIResponse(responseCode = "401", ref = "Unauthorized")
  @APIResponse(responseCode = "403", ref = "Forbidden")
  @APIResponse(responseCode = "404", ref = "NotFound")
  public Response configure(
      @Parameter(ref = "ConcertId") @PathParam("id") long id,
      @Valid @NotNull WaitingRoomRequest body) {
    return answer(rooms.configure(id, body.settings()));
  }

  @POST
  @Path("pause")
  @Operation(
      summary = "Pause admission",
      description =
          "No one more is let in until resumed; those inside keep their admission. 409: the"
              + " concert has no waiting room (`no-waiting-room`).",
      operationId = "adminPauseWaitingRoom")
  @APIResponse(
      responseCode = "200",
      description = "Paused",
      content = @Content(schema = @Schema(ref = "WaitingRoomView")))
  @APIResponse(responseCode = "401", ref = "Unauthorized")
  @APIResponse(responseCode = "403", ref = "Forbidden")
  @APIResponse(responseCode = "404", ref = "NotFound")
  @APIResponse(responseCode = "409", ref = "Conflict")
  public Response pause(@Parameter(ref = "ConcertId") @PathParam("id") long id) {
    return answer(rooms.pause(id, true));
  }

  @POST
  @Path("resume")
  @Operation(
      summary = "Resume admission",
      description =
          "Admission goes on from where it stopped, in order. 409: the concert has no waiting"
              + " room (`no-waiting-room`).",
      operationId = "adminResumeWaitingRoom")
  @APIResponse(
      responseCode = "200",
      description = "Resumed",
      content = @Content(schema = @Schema(ref = "WaitingRoomView")))
  @APIResponse(responseCode = "401", ref = "Unauthorized")
  @APIResponse(responseCode = "403", ref = "Forbidden")
  @APIResponse(responseCode = "404", ref = "NotFound")
  @APIResponse(responseCode = "409", ref = "Conflict")
  public Response resume(@Parameter(ref = "ConcertId") @PathParam("id") long id) {
    return answer(rooms.pause(id, false));
  }

  private static Response answer(dev.ticketing.waitingroom.RoomFigures figures) {
    return Response.ok(WaitingRoomView.of(figures)).cacheControl(BookingResource.noStore()).build();
  }
}
