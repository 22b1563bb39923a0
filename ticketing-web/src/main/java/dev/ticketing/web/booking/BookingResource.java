package dev.ticketing.web.booking;

import dev.ticketing.account.Roles;
import dev.ticketing.booking.BookingOrder;
import dev.ticketing.booking.BookingService;
import dev.ticketing.booking.BookingStatus;
import dev.ticketing.booking.BookingSummary;
import dev.ticketing.booking.refusal.UnknownBookingException;
import dev.ticketing.eticket.ETickets;
import dev.ticketing.web.TicketingApi;
import dev.ticketing.web.http.Limits;
import dev.ticketing.web.problem.Problem;
import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.CacheControl;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
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
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Booking tickets: validates and translates, the rules live in {@link BookingService}. */
@Path("/")
@ApplicationScoped
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Bookings")
public class BookingResource {
  /** The header carrying an admission from the concert's waiting room. */
  public static final String ADMISSION = "Admission";

  @Inject private BookingService bookings;

  @Inject private ETickets eTickets;

  @Context private UriInfo uriInfo;

  @Context private SecurityContext security;

  /** Books one tier of the default concert (the original API). */
  @POST
  @Path("book")
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(
      summary = "Book one tier of the default concert",
      description =
          "The original API: holds the tickets and pays for them at once with the simulated"
              + " provider's default card, answering `CONFIRMED`. Atomic: the tickets are booked"
              + " and committed before the answer, or nothing changes. With an `Idempotency-Key`, a"
              + " repeat gets the first answer.\n\n"
              + "401: the concert is sold to logged-in accounts only (`account-required`). 403:"
              + " the concert's waiting room is on and the `Admission` header is missing or not"
              + " valid (`admission-required`, with the `queue` to join). 404:"
              + " the default concert has no tier of that name. 409: fewer tickets are left than"
              + " asked for (`available` says how many), known only after every concurrent booking"
              + " of the tier has finished; the account would pass the concert's limit of tickets"
              + " per account (`purchase-limit`, with `limit` and `remaining`); or the first"
              + " request with this `Idempotency-Key` is still running.",
      operationId = "bookDefaultConcert")
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
  @APIResponse(responseCode = "400", ref = "BadRequest")
  @APIResponse(responseCode = "401", ref = "AccountRequired")
  @APIResponse(responseCode = "403", ref = "AdmissionRequired")
  @APIResponse(responseCode = "404", ref = "NotFound")
  @APIResponse(responseCode = "409", ref = "Conflict")
  @APIResponse(responseCode = "413", ref = "PayloadTooLarge")
  @APIResponse(responseCode = "415", ref = "UnsupportedMediaType")
  @APIResponse(responseCode = "422", ref = "IdempotencyKeyReused")
  @APIResponse(responseCode = "503", ref = "ServiceUnavailable")
  public Response book(
      @Parameter(ref = "IdempotencyKey") @HeaderParam(IdempotencyKeyHeader.NAME)
          String idempotencyKey,
      @Parameter(ref = "Admission") @HeaderParam(ADMISSION) String admission,
      @NotNull @Valid OneTierBookingRequest body) {
    // userId is accepted and ignored: a booking is the logged-in caller's, or nobody's.
    BookingOrder order =
        BookingOrder.single(body.tier, body.quantity, null).withAdmission(admission);
    var key = IdempotencyKeyHeader.request(security, idempotencyKey, "POST book", body);
    return created(bookings.holdAndPay(order, key));
  }

  /** Books several tiers of one concert, all or nothing. */
  @POST
  @Path("bookings")
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(
      summary = "Hold tickets of several tiers at once",
      description =
          "Holds the tickets for the buyer: the booking is `HELD` until `expiresAt`"
              + " (`ticketing.booking.hold-seconds`, 10 minutes by default); pay it at its"
              + " `payment` link to confirm it, or it expires and its tickets go back on sale."
              + " Held tickets are not available to anyone else. All or nothing: if one tier is"
              + " short, no tier is held. Each tier at most once per booking. Without"
              + " `concertId`, the default concert. With an `Idempotency-Key`, a repeat gets the"
              + " first answer and holds nothing more.\n\n"
              + "A concert may limit what one buyer books (`maxTicketsPerAccount`,"
              + " `accountRequired` in `ConcertView`): the tickets an account holds or bought of"
              + " the concert, in every booking and tier, count toward its limit.\n\n"
              + "401: the concert is sold to logged-in accounts only (`account-required`). 403:"
              + " the concert's waiting room is on and the `Admission` header is missing or not"
              + " valid (`admission-required`, with the `queue` to join). 404:"
              + " unknown concert or tier. 409: a tier has fewer tickets left than asked for"
              + " (nothing was held); the account would pass the concert's limit of tickets per"
              + " account (`purchase-limit`, with `limit` and `remaining`); or the first request"
              + " with this `Idempotency-Key` is still running.",
      operationId = "holdBooking")
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
  @APIResponse(responseCode = "201", ref = "Held")
  @APIResponse(responseCode = "400", ref = "BadRequest")
  @APIResponse(responseCode = "401", ref = "AccountRequired")
  @APIResponse(responseCode = "403", ref = "AdmissionRequired")
  @APIResponse(responseCode = "404", ref = "NotFound")
  @APIResponse(responseCode = "409", ref = "Conflict")
  @APIResponse(responseCode = "413", ref = "PayloadTooLarge")
  @APIResponse(responseCode = "415", ref = "UnsupportedMediaType")
  @APIResponse(responseCode = "422", ref = "IdempotencyKeyReused")
  @APIResponse(responseCode = "503", ref = "ServiceUnavailable")
  public Response bookSeveral(
      @Parameter(ref = "IdempotencyKey") @HeaderParam(IdempotencyKeyHeader.NAME)
          String idempotencyKey,
      @Parameter(ref = "Admission") @HeaderParam(ADMISSION) String admission,
      @NotNull @Valid BookingRequest body) {
    var lines =
        body.items.stream().map(item -> new BookingOrder.Line(item.tier, item.quantity)).toList();
    // userId is accepted and ignored: a booking is the logged-in caller's, or nobody's.
    BookingOrder order = new BookingOrder(body.concertId, lines, null, admission);
    var key = IdempotencyKeyHeader.request(security, idempotencyKey, "POST bookings", body);
    return created(bookings.hold(order, key));
  }

  /** Pays a held booking. */
  @POST
  @Path("bookings/{id}/payment")
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(
      summary = "Pay a held booking",
      description =
          "Charges the card and confirms the booking: answers it `CONFIRMED`. The card is"
              + " authorised first and charged only if the booking is still held when it is confirmed: a booking whose hold ran"
              + " out, that is paid already or was cancelled is never charged. A declined card"
              + " changes nothing: the hold stays until `expiresAt`, try another card. The payment"
              + " provider is simulated; its test cards are listed under `PaymentRequest`.\n\n"
              + "404: no booking with this id that the caller may see (a booking made while logged"
              + " in is its owner's only). 409: the hold ran out (`hold-expired`: its tickets are"
              + " back on sale, book again), the booking is paid already (`already-paid`) or"
              + " cancelled (`booking-cancelled`), nothing was charged; or the first request with"
              + " this `Idempotency-Key` is still running.",
      operationId = "payBooking")
  @RequestBody(
      required = true,
      content =
          @Content(
              mediaType = MediaType.APPLICATION_JSON,
              schema = @Schema(ref = "PaymentRequest"),
              examples =
                  @ExampleObject(name = "approved", value = "{\"card\":\"4242424242424242\"}")))
  @APIResponse(responseCode = "200", ref = "Booking")
  @APIResponse(responseCode = "400", ref = "BadRequest")
  @APIResponse(responseCode = "402", ref = "PaymentDeclined")
  @APIResponse(responseCode = "404", ref = "NotFound")
  @APIResponse(responseCode = "409", ref = "Conflict")
  @APIResponse(responseCode = "413", ref = "PayloadTooLarge")
  @APIResponse(responseCode = "415", ref = "UnsupportedMediaType")
  @APIResponse(responseCode = "422", ref = "IdempotencyKeyReused")
  @APIResponse(responseCode = "503", ref = "ServiceUnavailable")
  @APIResponse(responseCode = "504", ref = "PaymentTimeout")
  public Response pay(
      @Parameter(ref = "BookingId") @PathParam("id") String id,
      @Parameter(ref = "IdempotencyKey") @HeaderParam(IdempotencyKeyHeader.NAME)
          String idempotencyKey,
      @NotNull @Valid PaymentRequest body) {
    UUID booking = existingId(id);
    return ok(
        bookings.pay(
            booking,
            body.card,
            body.email,
            IdempotencyKeyHeader.request(
                security, idempotencyKey, "POST bookings/" + booking + "/payment", body)));
  }

  /** Cancels a booking. */
  @POST
  @Path("bookings/{id}/cancel")
  @Operation(
      summary = "Cancel a booking",
      description =
          "Cancels a held or paid booking: its tickets go back on sale at once, and a paid"
              + " booking is refunded. Cancelling a cancelled booking changes nothing and answers"
              + " the same. No body.\n\n"
              + "404: no booking with this id that the caller may see. 409: the hold ran out already"
              + " (`hold-expired`: its tickets are back on sale), or the first request with this"
              + " `Idempotency-Key` is still running.",
      operationId = "cancelBooking")
  @APIResponse(
      responseCode = "200",
      description = "The booking is CANCELLED",
      content = @Content(schema = @Schema(ref = "BookingView")))
  @APIResponse(responseCode = "400", ref = "BadRequest")
  @APIResponse(responseCode = "404", ref = "NotFound")
  @APIResponse(responseCode = "409", ref = "Conflict")
  @APIResponse(responseCode = "422", ref = "IdempotencyKeyReused")
  @APIResponse(responseCode = "503", ref = "ServiceUnavailable")
  public Response cancel(
      @Parameter(ref = "BookingId") @PathParam("id") String id,
      @Parameter(ref = "IdempotencyKey") @HeaderParam(IdempotencyKeyHeader.NAME)
          String idempotencyKey) {
    UUID booking = existingId(id);
    return ok(
        bookings.cancel(
            booking,
            IdempotencyKeyHeader.request(
                security, idempotencyKey, "POST bookings/" + booking + "/cancel", null)));
  }

  @GET
  @Path("bookings")
  @RolesAllowed({Roles.CUSTOMER, Roles.ORGANISER})
  @SecurityRequirement(name = TicketingApi.BEARER)
  @Operation(
      summary = "My bookings",
      description =
          "The logged-in customer's bookings, newest first (at most `limit`). Bookings made"
              + " without an account are never listed: their id is their only key.",
      operationId = "listMyBookings")
  @APIResponse(
      responseCode = "200",
      description = "The bookings",
      content = @Content(schema = @Schema(ref = "BookingList")))
  @APIResponse(responseCode = "401", ref = "Unauthorized")
  public Response mine(
      @Parameter(
              description = "At most this many, 1 to 200 (others are brought within)",
              example = "50")
          @QueryParam("limit")
          @DefaultValue("50")
          int limit) {
    return Response.ok(
            bookings.mine(Limits.within(limit, 200)).stream()
                .map(booking -> BookingView.of(booking, uriInfo.getBaseUriBuilder()))
                .toList())
        .cacheControl(noStore())
        .build();
  }

  @GET
  @Path("bookings/{id}")
  @Operation(
      summary = "One booking",
      description =
          "A booking with its state, items and total, and links to pay or cancel it; a"
              + " CONFIRMED one with its tickets and their signed codes. 404: no booking with"
              + " this id that the caller may see.",
      operationId = "getBooking")
  @APIResponse(responseCode = "200", ref = "Booking")
  @APIResponse(responseCode = "404", ref = "NotFound")
  public Response booking(@Parameter(ref = "BookingId") @PathParam("id") String id) {
    return parseUuid(id)
        .flatMap(bookings::find)
        .map(
            booking ->
                Response.ok(
                        BookingView.of(
                            booking,
                            uriInfo.getBaseUriBuilder(),
                            booking.status() == BookingStatus.CONFIRMED
                                ? eTickets.ofBooking(booking.id())
                                : null))
                    .cacheControl(noStore())
                    .build())
        .orElseGet(
            () ->
                Problem.of(
                        Response.Status.NOT_FOUND,
                        "unknown-booking",
                        "Unknown booking",
                        "There is no booking " + id)
                    .toResponse(uriInfo));
  }

  @GET
  @Path("bookings/{id}/tickets.pdf")
  @Produces("application/pdf")
  @Operation(
      summary = "The tickets as a PDF",
      description =
          "A CONFIRMED booking's tickets, one page each (concert, venue, time, tier, holder, QR"
              + " code), sized for a phone's screen or A6 paper. 404: no booking with this id that"
              + " the caller may see; 409 `not-confirmed`: the booking has no valid tickets.",
      operationId = "getBookingTicketsPdf")
  @APIResponse(
      responseCode = "200",
      description = "The PDF",
      content = @Content(mediaType = "application/pdf", schema = @Schema(ref = "PdfDocument")))
  @APIResponse(responseCode = "404", ref = "NotFound")
  @APIResponse(responseCode = "409", ref = "Conflict")
  public Response ticketsPdf(@Parameter(ref = "BookingId") @PathParam("id") String id) {
    BookingSummary booking =
        parseUuid(id).flatMap(bookings::find).orElseThrow(() -> new UnknownBookingException(id));
    return eTickets
        .pdf(booking.id())
        .map(
            pdf ->
                Response.ok(pdf, "application/pdf")
                    .header(
                        "Content-Disposition",
                        "inline; filename=\"tickets-" + booking.id() + ".pdf\"")
                    .cacheControl(noStore())
                    .build())
        .orElseGet(
            () ->
                Problem.of(
                        Response.Status.CONFLICT,
                        "not-confirmed",
                        "Not confirmed",
                        "Booking " + id + " is " + booking.status() + ": it has no valid tickets")
                    .toResponse(uriInfo));
  }

  private Response created(BookingService.BookingReply answered) {
    BookingView view = view(answered);
    return replayed(Response.created(view.links().self()).entity(view), answered);
  }

  private Response ok(BookingService.BookingReply answered) {
    return replayed(Response.ok(view(answered)), answered);
  }

  private BookingView view(BookingService.BookingReply answered) {
    return BookingView.of(answered.booking(), uriInfo.getBaseUriBuilder());
  }

  private static Response replayed(
      Response.ResponseBuilder response, BookingService.BookingReply answered) {
    if (answered.replayed()) {
      response.header(IdempotencyKeyHeader.REPLAYED, "true");
    }
    return response.cacheControl(noStore()).build();
  }

  /** The booking id of a path, or a 404 for one that cannot be a booking's. */
  private static UUID existingId(String id) {
    return parseUuid(id).orElseThrow(() -> new UnknownBookingException(id));
  }

  private static Optional<UUID> parseUuid(String id) {
    try {
      return Optional.of(UUID.fromString(id));
    } catch (IllegalArgumentException notAUuid) {
      return Optional.empty();
    }
  }

  /** Answers about bookings are the caller's own: never kept by a cache on the way. */
  public static CacheControl noStore() {
    CacheControl cacheControl = new CacheControl();
    cacheControl.setNoStore(true);
    return cacheControl;
  }
}
