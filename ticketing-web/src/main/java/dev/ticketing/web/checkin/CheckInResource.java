package dev.ticketing.web.checkin;

import dev.ticketing.account.Roles;
import dev.ticketing.checkin.CheckIn;
import dev.ticketing.checkin.CheckInReader;
import dev.ticketing.checkin.Scan;
import dev.ticketing.web.TicketingApi;
import dev.ticketing.web.booking.BookingResource;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.ArrayList;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * Check-in at the door, for door accounts and organisers: scan a code, sync a gate that may go
 * offline, upload what it scanned meanwhile; and the organisers' view of the door.
 */
@Path("checkin")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.ORGANISER, Roles.DOOR})
@SecurityRequirement(name = TicketingApi.BEARER)
@Tag(name = "Door")
public class CheckInResource {
  @Inject private CheckIn checkIn;

  @Inject private CheckInReader reader;

  @POST
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(
      summary = "Check a ticket in",
      description =
          "Answers what the door must do with a scanned code, and lets the ticket in if it is"
              + " valid and was not let in before. Two gates scanning the same ticket at the same"
              + " instant: one is answered ADMITTED, the other ALREADY_ADMITTED. The same `nonce`"
              + " again gets the first answer again (409 `nonce-reused` if it came with another"
              + " code). Door accounts and organisers.",
      operationId = "checkIn")
  @APIResponse(
      responseCode = "200",
      description = "The answer (whatever the code: a code that is no ticket is NOT_A_TICKET)",
      content = @Content(schema = @Schema(ref = "CheckInView")))
  @APIResponse(responseCode = "400", ref = "BadRequest")
  @APIResponse(responseCode = "401", ref = "Unauthorized")
  @APIResponse(responseCode = "403", ref = "Forbidden")
  @APIResponse(responseCode = "409", ref = "Conflict")
  public Response checkIn(@Valid @NotNull CheckInRequest body) {
    return noStore(
        CheckInView.of(
            checkIn.scan(
                new Scan(body.code, body.gate.strip(), body.nonce, body.concertId, null))));
  }

  @GET
  @Path("concerts/{id}/sync")
  @Operation(
      summary = "Sync a gate",
      description =
          "The concert's public key (a gate verifies codes with it while offline) and the tickets"
              + " revoked and let in since `since` (a `cursor` from the last sync; absent: all)."
              + " Door accounts and organisers.",
      operationId = "syncGate")
  @APIResponse(
      responseCode = "200",
      description = "What the gate keeps",
      content = @Content(schema = @Schema(ref = "GateSyncView")))
  @APIResponse(responseCode = "400", ref = "BadRequest")
  @APIResponse(responseCode = "401", ref = "Unauthorized")
  @APIResponse(responseCode = "403", ref = "Forbidden")
  @APIResponse(responseCode = "404", ref = "NotFound")
  public Response sync(
      @Parameter(ref = "ConcertId") @PathParam("id") long concertId,
      @Parameter(description = "The cursor of the last sync", example = "48211")
          @QueryParam("since")
          @DefaultValue("0")
          long since) {
    return noStore(GateSyncView.of(reader.sync(concertId, Math.max(0, since))));
  }

  @POST
  @Path("concerts/{id}/scans")
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(
      summary = "Upload offline scans",
      description =
          "Records what a gate scanned while offline, each scan by its nonce (an upload sent"
              + " twice records each once), dated when the gate made it. A ticket the gate let in"
              + " that another scan had let in is a double admission, reported to the organisers."
              + " Door accounts and organisers.",
      operationId = "uploadScans")
  @APIResponse(
      responseCode = "200",
      description = "Each scan as recorded",
      content = @Content(schema = @Schema(ref = "ScanUploadView")))
  @APIResponse(responseCode = "400", ref = "BadRequest")
  @APIResponse(responseCode = "401", ref = "Unauthorized")
  @APIResponse(responseCode = "403", ref = "Forbidden")
  @APIResponse(responseCode = "404", ref = "NotFound")
  @APIResponse(responseCode = "409", ref = "Conflict")
  public Response upload(
      @Parameter(ref = "ConcertId") @PathParam("id") long concertId,
      @Valid @NotNull ScanUpload body) {
    reader.requireConcert(concertId);
    List<ScanUploadView.UploadedScan> results = new ArrayList<>();
    int doubles = 0;
    for (ScanUpload.OfflineScan scan : body.scans) {
      var answer =
          checkIn.scan(
              new Scan(
                  scan.code,
                  scan.gate.strip(),
                  scan.nonce,
                  concertId,
                  new Scan.Offline(scan.scannedAt, scan.admitted)));
      if (scan.admitted
          && answer.result() == dev.ticketing.checkin.CheckInResult.ALREADY_ADMITTED) {
        doubles++;
      }
      results.add(new ScanUploadView.UploadedScan(scan.nonce, CheckInView.of(answer)));
    }
    return noStore(new ScanUploadView(results, doubles));
  }

  @GET
  @Path("concerts/{id}/report")
  @RolesAllowed(Roles.ORGANISER)
  @Operation(
      summary = "The concert at the door",
      description =
          "Per tier, the valid tickets and how many are in; and every ticket let in twice (by a"
              + " gate that was offline), for follow-up. Organisers only.",
      operationId = "doorReport")
  @APIResponse(
      responseCode = "200",
      description = "The report",
      content = @Content(schema = @Schema(ref = "DoorReportView")))
  @APIResponse(responseCode = "401", ref = "Unauthorized")
  @APIResponse(responseCode = "403", ref = "Forbidden")
  @APIResponse(responseCode = "404", ref = "NotFound")
  public Response report(@Parameter(ref = "ConcertId") @PathParam("id") long concertId) {
    return noStore(
        DoorReportView.of(
            concertId, reader.admittedPerTier(concertId), reader.doubleAdmissions(concertId)));
  }

  private static Response noStore(Object entity) {
    return Response.ok(entity).cacheControl(BookingResource.noStore()).build();
  }
}
