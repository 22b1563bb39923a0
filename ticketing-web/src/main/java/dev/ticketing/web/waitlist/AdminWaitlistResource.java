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
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The organisers' view of a concert's waiting lists. */
@Path("admin/concerts/{id}/waitlist")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(Roles.ORGANISER)
@SecurityRequirement(name = TicketingApi.BEARER)
@Tag(name = "Organisers")
public class AdminWaitlistResource {
  @Inject private Waitlist waitlist;

  @GET
  @Operation(
      summary = "The concert's waiting lists",
      description = "Per tier: open or closed, length, offers held, paid and lapsed, tickets kept.",
      operationId = "adminWaitlists")
  @APIResponse(
      responseCode = "200",
      description = "Every tier's list",
      content = @Content(schema = @Schema(ref = "WaitlistTierList")))
  @APIResponse(responseCode = "401", ref = "Unauthorized")
  @APIResponse(responseCode = "403", ref = "Forbidden")
  @APIResponse(responseCode = "404", ref = "NotFound")
  public List<WaitlistTierView> lists(
      @Parameter(ref = "ConcertId") @PathParam("id") long concertId) {
    return waitlist.summary(concertId).stream().map(WaitlistTierView::of).toList();
  }

  @PUT
  @Path("{tier}")
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(
      summary = "Open or close a tier's waiting list",
      description =
          "A closed list takes nobody new; those already waiting keep their places and still get"
              + " offers. `offerMinutes` sets how long this tier's offers are held.",
      operationId = "adminConfigureWaitlist")
  @RequestBody(
      required = true,
      content = @Content(schema = @Schema(ref = "WaitlistSettingsRequest")))
  @APIResponse(
      responseCode = "200",
      description = "The tier's list",
      content = @Content(schema = @Schema(ref = "WaitlistTierView")))
  @APIResponse(responseCode = "400", ref = "BadRequest")
  @APIResponse(responseCode = "401", ref = "Unauthorized")
  @APIResponse(responseCode = "403", ref = "Forbidden")
  @APIResponse(responseCode = "404", ref = "NotFound")
  public WaitlistTierView configure(
      @Parameter(ref = "ConcertId") @PathParam("id") long concertId,
      @Parameter(description = "The tier's code", example = "VIP", required = true)
          @PathParam("tier")
          String tier,
      @NotNull @Valid WaitlistSettingsRequest body) {
    return WaitlistTierView.of(waitlist.configure(concertId, tier, body.open, body.offerMinutes));
  }
}
