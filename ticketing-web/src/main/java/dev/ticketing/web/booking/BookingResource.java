package dev.ticketing.web.booking;

import dev.ticketing.booking.Booking;
import dev.ticketing.booking.BookingRequest;
import dev.ticketing.booking.BookingService;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.CacheControl;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.UUID;

/** Booking tickets: validates and translates, the rules live in {@link BookingService}. */
@Path("/")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class BookingResource {

  @Inject private BookingService bookings;

  @Context private UriInfo uriInfo;

  /** Books one tier of the default concert (the original API). */
  @POST
  @Path("book")
  @Consumes(MediaType.APPLICATION_JSON)
  public Response book(@NotNull @Valid BookRequest body) {
    return created(bookings.book(BookingRequest.single(body.tier, body.quantity, body.userId)));
  }

  /** Books several tiers of one concert, all or nothing. */
  @POST
  @Path("bookings")
  @Consumes(MediaType.APPLICATION_JSON)
  public Response bookSeveral(@NotNull @Valid BookingRequestBody body) {
    var lines =
        body.items.stream().map(item -> new BookingRequest.Line(item.tier, item.quantity)).toList();
    return created(bookings.book(new BookingRequest(body.concertId, lines, body.userId)));
  }

  @GET
  @Path("bookings/{id}")
  public Response booking(@PathParam("id") String id) {
    Booking booking =
        parseUuid(id)
            .flatMap(bookings::find)
            .orElseThrow(() -> new NotFoundException("There is no booking " + id));
    return Response.ok(BookingView.of(booking)).cacheControl(noStore()).build();
  }

  private Response created(Booking booking) {
    var location =
        uriInfo.getBaseUriBuilder().path("bookings").path(booking.getId().toString()).build();
    return Response.created(location)
        .entity(BookingView.of(booking))
        .cacheControl(noStore())
        .build();
  }

  private static java.util.Optional<UUID> parseUuid(String id) {
    try {
      return java.util.Optional.of(UUID.fromString(id));
    } catch (IllegalArgumentException notAUuid) {
      return java.util.Optional.empty();
    }
  }

  private static CacheControl noStore() {
    CacheControl cacheControl = new CacheControl();
    cacheControl.setNoStore(true);
    return cacheControl;
  }
}
