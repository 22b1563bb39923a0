package dev.ticketing.web.admin;

import dev.ticketing.account.Roles;
import dev.ticketing.admin.AuditEntry;
import dev.ticketing.admin.ConcertAdmin;
import dev.ticketing.web.TicketingApi;
import dev.ticketing.web.booking.BookingResource;
import dev.ticketing.web.booking.BookingView;
import dev.ticketing.web.http.Limits;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * The organisers' API: concerts, tiers, sale windows, sales and bookings. Every call needs a bearer
 * token of an organiser: without one {@code 401}, with a customer's {@code 403}. Every change is
 * written to the concert's audit log.
 */
@Path("admin")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(Roles.ORGANISER)
@SecurityRequirement(name = TicketingApi.BEARER)
@Tag(name = "Organisers")
public class AdminResource {
  @Inject private ConcertAdmin admin;

  @Context private UriInfo uriInfo;

  @GET
  @Path("concerts")
  @Operation(
      summary = "Every concert",
      description = "Published or not, by start time.",
      operationId = "adminListConcerts")
  @APIResponse(
      responseCode = "200",
      description = "The concerts",
      content = @Content(schema = @Schema(ref = "AdminConcertList")))
  @APIResponse(responseCode = "401", ref = "Unauthorized")
  @APIResponse(responseCode = "403", ref = "Forbidden")
  public List<AdminConcertView> everyConcert() {
    return admin.concerts().stream().map(AdminConcertView::of).toList();
  }

  @POST
  @Path("concerts")
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(
      summary = "Create a concert",
      description = "Created unpublished: the public sees it once published.",
      operationId = "adminCreateConcert")
  @APIResponse(
      responseCode = "201",
      description = "Created",
      content = @Content(schema = @Schema(ref = "AdminConcertView")))
  @APIResponse(responseCode = "400", ref = "BadRequest")
  @APIResponse(responseCode = "401", ref = "Unauthorized")
  @APIResponse(responseCode = "403", ref = "Forbidden")
  public Response create(@Valid @NotNull ConcertRequest body) {
    AdminConcertView created = AdminConcertView.of(admin.create(body.draft()));
    return Response.created(
            uriInfo.getBaseUriBuilder().path("admin/concerts/{id}").build(created.id()))
        .entity(created)
        .build();
  }

  @GET
  @Path("concerts/{id}")
  @Operation(
      summary = "One concert",
      description = "With its sale window and what each tier sold.",
      operationId = "adminGetConcert")
  @APIResponse(
      responseCode = "200",
      description = "The concert",
      content = @Content(schema = @Schema(ref = "AdminConcertView")))
  @APIResponse(responseCode = "401", ref = "Unauthorized")
  @APIResponse(responseCode = "403", ref = "Forbidden")
  @APIResponse(responseCode = "404", ref = "NotFound")
  public AdminConcertView oneConcert(@Parameter(ref = "ConcertId") @PathParam("id") long id) {
    return AdminConcertView.of(admin.concert(id));
  }

  @PUT
  @Path("concerts/{id}")
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(
      summary = "Change a concert",
      description = "Its name, venue, start, description and sale window (all fields).",
      operationId = "adminUpdateConcert")
  @APIResponse(
      responseCode = "200",
      description = "Changed",
      content = @Content(schema = @Schema(ref = "AdminConcertView")))
  @APIResponse(responseCode = "400", ref = "BadRequest")
  @APIResponse(responseCode = "401", ref = "Unauthorized")
  @APIResponse(responseCode = "403", ref = "Forbidden")
  @APIResponse(responseCode = "404", ref = "NotFound")
  public AdminConcertView update(
      @Parameter(ref = "ConcertId") @PathParam("id") long id, @Valid @NotNull ConcertRequest body) {
    return AdminConcertView.of(admin.update(id, body.draft()));
  }

  @POST
  @Path("concerts/{id}/publish")
  @Operation(
      summary = "Publish a concert",
      description =
          "The public sees it; booking opens at `salesOpenAt` (at once without one), by itself.",
      operationId = "adminPublishConcert")
  @APIResponse(
      responseCode = "200",
      description = "Published",
      content = @Content(schema = @Schema(ref = "AdminConcertView")))
  @APIResponse(responseCode = "401", ref = "Unauthorized")
  @APIResponse(responseCode = "403", ref = "Forbidden")
  @APIResponse(responseCode = "404", ref = "NotFound")
  public AdminConcertView publish(@Parameter(ref = "ConcertId") @PathParam("id") long id) {
    return AdminConcertView.of(admin.publish(id, true));
  }

  @POST
  @Path("concerts/{id}/unpublish")
  @Operation(
      summary = "Unpublish a concert",
      description = "The public no longer sees nor books it; bookings made stay.",
      operationId = "adminUnpublishConcert")
  @APIResponse(
      responseCode = "200",
      description = "Unpublished",
      content = @Content(schema = @Schema(ref = "AdminConcertView")))
  @APIResponse(responseCode = "401", ref = "Unauthorized")
  @APIResponse(responseCode = "403", ref = "Forbidden")
  @APIResponse(responseCode = "404", ref = "NotFound")
  public AdminConcertView unpublish(@Parameter(ref = "ConcertId") @PathParam("id") long id) {
    return AdminConcertView.of(admin.publish(id, false));
  }

  @POST
  @Path("concerts/{id}/tiers")
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(
      summary = "Add a tier",
      description =
          "Shown after the concert's other tiers; its tickets exist at once. 409: the concert has"
              + " a tier of this code, or its tiers use another currency.",
      operationId = "adminAddTier")
  @APIResponse(
      responseCode = "201",
      description = "Added",
      content = @Content(schema = @Schema(ref = "AdminTierView")))
  @APIResponse(responseCode = "400", ref = "BadRequest")
  @APIResponse(responseCode = "401", ref = "Unauthorized")
  @APIResponse(responseCode = "403", ref = "Forbidden")
  @APIResponse(responseCode = "404", ref = "NotFound")
  @APIResponse(responseCode = "409", ref = "Conflict")
  public Response addTier(
      @Parameter(ref = "ConcertId") @PathParam("id") long id, @Valid @NotNull TierRequest body) {
    AdminTierView tier = AdminTierView.of(admin.addTier(id, body.draft()));
    return Response.created(uriInfo.getBaseUriBuilder().path("admin/tiers/{id}").build(tier.id()))
        .entity(tier)
        .build();
  }

  @PATCH
  @Path("tiers/{id}")
  @Consumes({MediaType.APPLICATION_JSON, "application/merge-patch+json"})
  @Operation(
      summary = "Change a tier",
      description =
          "Name, price (for bookings from now on), capacity, position among the concert's tiers;"
              + " absent fields stay. Lowering the capacity below what is sold or held is refused"
              + " (409).",
      operationId = "adminChangeTier")
  @APIResponse(
      responseCode = "200",
      description = "Changed",
      content = @Content(schema = @Schema(ref = "AdminTierView")))
  @APIResponse(responseCode = "400", ref = "BadRequest")
  @APIResponse(responseCode = "401", ref = "Unauthorized")
  @APIResponse(responseCode = "403", ref = "Forbidden")
  @APIResponse(responseCode = "404", ref = "NotFound")
  @APIResponse(responseCode = "409", ref = "Conflict")
  public AdminTierView changeTier(
      @Parameter(ref = "TierId") @PathParam("id") long id, @Valid @NotNull TierPatchRequest body) {
    return AdminTierView.of(admin.changeTier(id, body.change()));
  }

  @GET
  @Path("concerts/{id}/sales")
  @Operation(
      summary = "What a concert sold",
      description =
          "Sold / held / available and revenue per tier, bookings per minute over the last 15"
              + " minutes. The organisers' screen shows the same, pushed as it changes.",
      operationId = "adminGetSales")
  @APIResponse(
      responseCode = "200",
      description = "The figures",
      content = @Content(schema = @Schema(ref = "SalesView")))
  @APIResponse(responseCode = "401", ref = "Unauthorized")
  @APIResponse(responseCode = "403", ref = "Forbidden")
  @APIResponse(responseCode = "404", ref = "NotFound")
  public Response sales(@Parameter(ref = "ConcertId") @PathParam("id") long id) {
    return Response.ok(SalesView.of(admin.sales(id)))
        .cacheControl(BookingResource.noStore())
        .build();
  }

  @GET
  @Path("concerts/{id}/bookings")
  @Operation(
      summary = "Bookings of a concert",
      description =
          "Newest first; with `q`, those whose reference starts with it or whose customer's email"
              + " contains it.",
      operationId = "adminListBookings")
  @APIResponse(
      responseCode = "200",
      description = "The bookings",
      content = @Content(schema = @Schema(ref = "BookingList")))
  @APIResponse(responseCode = "401", ref = "Unauthorized")
  @APIResponse(responseCode = "403", ref = "Forbidden")
  @APIResponse(responseCode = "404", ref = "NotFound")
  public Response bookings(
      @Parameter(ref = "ConcertId") @PathParam("id") long id,
      // No @Size here: Payara's OpenAPI generator fails on @Size on a query parameter. A longer
      // term cannot match anything (emails have at most 254 characters): it is cut.
      @Parameter(
              description = "A reference's start or part of an email (at most 254 characters)",
              example = "ada@")
          @QueryParam("q")
          String query,
      @Parameter(
              description = "At most this many, 1 to 500 (others are brought within)",
              example = "100")
          @QueryParam("limit")
          @DefaultValue("100")
          int limit) {
    String term = query == null || query.length() <= 254 ? query : query.substring(0, 254);
    return Response.ok(
            admin.bookings(id, term, Limits.within(limit, 500)).stream()
                .map(booking -> BookingView.of(booking, uriInfo.getBaseUriBuilder()))
                .toList())
        .cacheControl(BookingResource.noStore())
        .build();
  }

  @POST
  @Path("concerts/{id}/bookings/{bookingId}/cancel")
  @Operation(
      summary = "Cancel a booking for its customer",
      description = "Its tickets go back on sale; a paid booking is refunded. Harmless twice.",
      operationId = "adminCancelBooking")
  @APIResponse(
      responseCode = "200",
      description = "Cancelled",
      content = @Content(schema = @Schema(ref = "BookingView")))
  @APIResponse(responseCode = "401", ref = "Unauthorized")
  @APIResponse(responseCode = "403", ref = "Forbidden")
  @APIResponse(responseCode = "404", ref = "NotFound")
  public BookingView cancelBooking(
      @Parameter(ref = "ConcertId") @PathParam("id") long id,
      @Parameter(description = "The booking id (a UUID)", required = true) @PathParam("bookingId")
          String bookingId) {
    UUID uuid;
    try {
      uuid = UUID.fromString(bookingId);
    } catch (IllegalArgumentException e) {
      throw new NotFoundException("There is no booking " + bookingId);
    }
    return BookingView.of(admin.cancelBooking(id, uuid), uriInfo.getBaseUriBuilder());
  }

  @GET
  @Path("concerts/{id}/audit")
  @Operation(
      summary = "Changes made to a concert",
      description = "Who changed what and when, newest first.",
      operationId = "adminListAudit")
  @APIResponse(
      responseCode = "200",
      description = "The changes",
      content = @Content(schema = @Schema(ref = "AuditList")))
  @APIResponse(responseCode = "401", ref = "Unauthorized")
  @APIResponse(responseCode = "403", ref = "Forbidden")
  @APIResponse(responseCode = "404", ref = "NotFound")
  public List<AuditEntry> audit(
      @Parameter(ref = "ConcertId") @PathParam("id") long id,
      @Parameter(
              description = "At most this many, 1 to 500 (others are brought within)",
              example = "100")
          @QueryParam("limit")
          @DefaultValue("100")
          int limit) {
    return admin.audit(id, Limits.within(limit, 500));
  }
}
