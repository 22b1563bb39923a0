package dev.ticketing.web.booking;

import dev.ticketing.booking.BookingStatus;
import dev.ticketing.booking.BookingSummary;
import dev.ticketing.eticket.IssuedTicket;
import jakarta.json.bind.annotation.JsonbPropertyOrder;
import jakarta.ws.rs.core.UriBuilder;
import java.net.URI;
import java.time.OffsetDateTime;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * A booking as the API shows it; {@code bookingId}, {@code status} and {@code items} are the
 * original API's fields.
 *
 * @param total sum of the items in minor units of {@code currency}
 */
@JsonbPropertyOrder({
  "bookingId",
  "status",
  "concertId",
  "userId",
  "createdAt",
  "expiresAt",
  "items",
  "total",
  "currency",
  "tickets",
  "links"
})
@Schema(
    name = "BookingView",
    description =
        "A booking: HELD (its tickets are kept for the buyer until `expiresAt`), CONFIRMED"
            + " (paid), EXPIRED (not paid in time; its tickets went back on sale) or CANCELLED")
public record BookingView(
    @Schema(
            description = "The booking's reference (a random UUID)",
            example = "0b7e2f0e-5d4c-4a8e-9a51-3c1f6f0c2a17",
            required = true)
        String bookingId,
    @Schema(
            description = "HELD, CONFIRMED, EXPIRED or CANCELLED",
            example = "HELD",
            required = true,
            enumeration = {"HELD", "CONFIRMED", "EXPIRED", "CANCELLED"})
        String status,
    @Schema(description = "One entry per tier", required = true) List<Item> items,
    @Schema(description = "The concert", example = "1") long concertId,
    @Schema(
            description = "Who booked, as the client named them (absent if not given)",
            example = "ada")
        String userId,
    @Schema(
            description = "When it was booked",
            example = "2027-06-01T09:00:00.123Z",
            required = true)
        OffsetDateTime createdAt,
    @Schema(
            description =
                "HELD: when the hold runs out unless the booking is paid (its tickets then go"
                    + " back on sale within a few seconds). EXPIRED: when it ran out. Absent"
                    + " otherwise",
            example = "2027-06-01T09:10:00.123Z")
        OffsetDateTime expiresAt,
    @Schema(description = "Sum of the items in minor units of `currency`", example = "20000")
        long total,
    @Schema(description = "ISO 4217 currency code", example = "USD", required = true)
        String currency,
    @Schema(
            description =
                "CONFIRMED, when the booking is read by its id: each ticket with its signed code,"
                    + " what the QR code holds and the door scans. Absent otherwise")
        List<Ticket> tickets,
    @Schema(description = "What can be done with the booking now") Links links) {

  /**
   * A ticket to carry to the door.
   *
   * @param ticketId the e-ticket's id
   * @param tier the tier's code
   * @param code the signed code
   */
  @JsonbPropertyOrder({"ticketId", "tier", "code"})
  @Schema(name = "BookedTicket")
  public record Ticket(
      @Schema(description = "The ticket's id", example = "7", required = true) long ticketId,
      @Schema(description = "The tier's code", example = "VIP", required = true) String tier,
      @Schema(
              description =
                  "The ticket's code, signed by the concert's key (Ed25519): `T1.` and base64url"
                      + " text; shown as a QR code, scanned or typed at the door",
              example =
                  "T1.AQEBB2ZkVjGq3wZ0rX3i0oYzY3b1o8FhTn2yq0pQeC1wq3y7b0k1mXo6m4cZc8a2d2m4Yw3rQ8Zk0Q9w2cJ3k5mYx6b2T1c9sVf8gE7rZk2Qp5d8o3n0A",
              required = true)
          String code) {
    static Ticket of(IssuedTicket ticket) {
      return new Ticket(ticket.ticketId(), ticket.tier(), ticket.code());
    }
  }

  /**
   * Where to act on a booking; an action that its state does not allow is absent.
   *
   * @param payment pay a held booking ({@code POST} with the card)
   * @param cancel cancel a held or paid booking ({@code POST}, no body)
   */
  @JsonbPropertyOrder({"self", "payment", "cancel"})
  @Schema(name = "BookingLinks")
  public record Links(
      @Schema(description = "The booking", required = true) URI self,
      @Schema(description = "POST a card here to pay the held booking") URI payment,
      @Schema(description = "POST here to cancel the booking") URI cancel) {}

  /**
   * @param tier the tier's code
   * @param price the unit price when booked, in minor units
   */
  @JsonbPropertyOrder({"tier", "quantity", "price"})
  @Schema(name = "BookedItem")
  public record Item(
      @Schema(description = "The tier's code", example = "VIP", required = true) String tier,
      @Schema(description = "Tickets of this tier", example = "2") int quantity,
      @Schema(description = "Unit price when booked, in minor units", example = "10000")
          long price) {}

  /**
   * @param api the API's base address ({@code .../api/})
   */
  public static BookingView of(BookingSummary booking, UriBuilder api) {
    return of(booking, api, null);
  }

  /**
   * @param api the API's base address ({@code .../api/})
   * @param tickets the booking's tickets, or null to leave them out
   */
  public static BookingView of(BookingSummary booking, UriBuilder api, List<IssuedTicket> tickets) {
    URI self = api.clone().path("bookings").path(booking.id().toString()).build();
    BookingStatus status = booking.status();
    Links links =
        new Links(
            self,
            status == BookingStatus.HELD ? URI.create(self + "/payment") : null,
            status.ownsTickets() ? URI.create(self + "/cancel") : null);
    return new BookingView(
        booking.id().toString(),
        booking.status().name(),
        booking.items().stream()
            .map(item -> new Item(item.tier(), item.quantity(), item.unitPriceMinor()))
            .toList(),
        booking.concertId(),
        booking.owner(),
        booking.createdAt(),
        status == BookingStatus.HELD || status == BookingStatus.EXPIRED
            ? booking.expiresAt()
            : null,
        booking.totalMinor(),
        booking.currency(),
        tickets == null ? null : tickets.stream().map(Ticket::of).toList(),
        links);
  }
}
