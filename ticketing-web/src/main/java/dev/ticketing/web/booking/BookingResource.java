package dev.ticketing.web.booking;

import dev.ticketing.booking.BookingOrder;
import dev.ticketing.booking.BookingService;
import dev.ticketing.booking.BookingSummary;
import dev.ticketing.web.TicketingApi;
import dev.ticketing.web.problem.Problem;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.CacheControl;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.Optional;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Booking tickets: validates and translates, the rules live in {@link BookingService}. */
@Path("/")
@ApplicationScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Bookings")
public class BookingResource {
  private static final String PROBLEM = TicketingApi.PROBLEM;

  @Inject private BookingService bookings;

  @Context private UriInfo uriInfo;

  /** Books one tier of the default concert (the original API). */
  @POST
  @Path("book")
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(
      summary = "Book one tier of the default concert",
      description =
          "The original API. Atomic: the tickets are booked and committed before the answer, or"
              + " nothing changes. Refused with 409 only when fewer tickets are left than asked"
              + " for, after every concurrent booking of the tier has finished.")
  @RequestBody(
      required = true,
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              schema = @Schema(ref = "BookRequest"),
              examples =
                  @ExampleObject(
                      name = "two VIP tickets",
                      value = "{\"tier\":\"VIP\",\"quantity\":2,\"userId\":\"ada\"}")))
  @APIResponse(responseCode = "201", ref = "Booked")
  @APIResponse(
      responseCode = "400",
      description =
          "Invalid request: quantity below 1 or above the per-order limit, missing tier, malformed"
              + " JSON or a value of the wrong type",
      content = @Content(mediaType = PROBLEM, schema = @Schema(ref = "Problem")))
  @APIResponse(
      responseCode = "404",
      description = "The default concert has no tier of that name",
      content = @Content(mediaType = PROBLEM, schema = @Schema(ref = "Problem")))
  @APIResponse(
      responseCode = "409",
      description = "Fewer tickets are left than asked for; `available` says how many",
      content = @Content(mediaType = PROBLEM, schema = @Schema(ref = "Problem")))
  @APIResponse(responseCode = "413", ref = "PayloadTooLarge")
  @APIResponse(responseCode = "415", ref = "UnsupportedMediaType")
  @APIResponse(responseCode = "503", ref = "ServiceUnavailable")
  public Response book(@NotNull @Valid BookRequest body) {
    return created(bookings.book(BookingOrder.single(body.tier, body.quantity, body.userId)));
  }

  /** Books several tiers of one concert, all or nothing. */
  @POST
  @Path("bookings")
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(
      summary = "Book several tiers at once",
      description =
          "All or nothing: if one tier is short, no tier is booked. Each tier at most once per"
              + " booking. Without `concertId`, the default concert.")
  @RequestBody(
      required = true,
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              schema = @Schema(ref = "BookingRequest"),
              examples =
                  @ExampleObject(
                      name = "VIP and GA",
                      value =
                          "{\"items\":[{\"tier\":\"VIP\",\"quantity\":2},"
                              + "{\"tier\":\"GA\",\"quantity\":4}],\"userId\":\"ada\"}")))
  @APIResponse(responseCode = "201", ref = "Booked")
  @APIResponse(
      responseCode = "400",
      description =
          "Invalid request: no items, a tier listed twice, a quantity out of range, malformed JSON"
              + " or a value of the wrong type",
      content = @Content(mediaType = PROBLEM, schema = @Schema(ref = "Problem")))
  @APIResponse(
      responseCode = "404",
      description = "Unknown concert or tier",
      content = @Content(mediaType = PROBLEM, schema = @Schema(ref = "Problem")))
  @APIResponse(
      responseCode = "409",
      description = "A tier has fewer tickets left than asked for; nothing was booked",
      content = @Content(mediaType = PROBLEM, schema = @Schema(ref = "Problem")))
  @APIResponse(responseCode = "413", ref = "PayloadTooLarge")
  @APIResponse(responseCode = "415", ref = "UnsupportedMediaType")
  @APIResponse(responseCode = "503", ref = "ServiceUnavailable")
  public Response bookSeveral(@NotNull @Valid BookingRequest body) {
    var lines =
        body.items.stream().map(item -> new BookingOrder.Line(item.tier, item.quantity)).toList();
    return created(bookings.book(new BookingOrder(body.concertId, lines, body.userId)));
  }

  @GET
  @Path("bookings/{id}")
  @Operation(summary = "One booking", description = "A booking with its items and total.")
  @APIResponse(
      responseCode = "200",
      description = "The booking",
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              schema = @Schema(ref = "BookingView"),
              examples = @ExampleObject(name = "confirmed", value = TicketingApi.BOOKING_EXAMPLE)))
  @APIResponse(
      responseCode = "404",
      description = "No booking with this id",
      content = @Content(mediaType = PROBLEM, schema = @Schema(ref = "Problem")))
  public Response booking(
      @Parameter(
              description = "The booking id (a UUID)",
              example = "0b7e2f0e-5d4c-4a8e-9a51-3c1f6f0c2a17",
              required = true)
          @PathParam("id")
          String id) {
    return parseUuid(id)
        .flatMap(bookings::find)
        .map(booking -> Response.ok(BookingView.of(booking)).cacheControl(noStore()).build())
        .orElseGet(
            () ->
                Problem.of(
                        Response.Status.NOT_FOUND,
                        "unknown-booking",
                        "Unknown booking",
                        "There is no booking " + id)
                    .toResponse(uriInfo));
  }

  private Response created(BookingSummary booking) {
    var location =
        uriInfo.getBaseUriBuilder().path("bookings").path(booking.id().toString()).build();
    return Response.created(location)
        .entity(BookingView.of(booking))
        .cacheControl(noStore())
        .build();
  }

  private static Optional<UUID> parseUuid(String id) {
    try {
      return Optional.of(UUID.fromString(id));
    } catch (IllegalArgumentException notAUuid) {
      return Optional.empty();
    }
  }

  private static CacheControl noStore() {
    CacheControl cacheControl = new CacheControl();
    cacheControl.setNoStore(true);
    return cacheControl;
  }
}
