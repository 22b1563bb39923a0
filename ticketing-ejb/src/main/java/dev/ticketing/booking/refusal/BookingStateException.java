package dev.ticketing.booking.refusal;

import dev.ticketing.booking.BookingStatus;
import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

/**
 * The booking is not in a state that allows what was asked: paying a booking whose hold ran out,
 * that is paid already or was cancelled; cancelling one that expired. Nothing was changed or
 * charged.
 */
public class BookingStateException extends BookingRejectedException {
  private final Reason reason;
  private final UUID id;
  private final BookingStatus status;
  private final OffsetDateTime expiresAt;

  private BookingStateException(
      Reason reason, UUID id, BookingStatus status, OffsetDateTime expiresAt, String message) {
    super(message);
    this.reason = reason;
    this.id = id;
    this.status = status;
    this.expiresAt = expiresAt;
  }

  /** Why a booking in {@code status} cannot be {@code done} ("paid", "cancelled"). */
  public static BookingStateException refusing(
      String done, UUID id, BookingStatus status, OffsetDateTime expiresAt) {
    return switch (status) {
      case HELD, EXPIRED ->
          new BookingStateException(
              Reason.HOLD_EXPIRED,
              id,
              BookingStatus.EXPIRED,
              expiresAt,
              "The hold on booking "
                  + id
                  + " ran out at "
                  + expiresAt
                  + " and its tickets went back on sale; nothing was charged. Book again.");
      case CONFIRMED ->
          new BookingStateException(
              Reason.ALREADY_PAID,
              id,
              status,
              expiresAt,
              "Booking " + id + " is paid already; it was not charged again");
      case CANCELLED, KEPT ->
          new BookingStateException(
              Reason.BOOKING_CANCELLED,
              id,
              status,
              expiresAt,
              "Booking " + id + " was cancelled; it cannot be " + done);
    };
  }

  @Override
  public Reason reason() {
    return reason;
  }

  /** Where the booking stands. */
  public BookingStatus status() {
    return status;
  }

  @Override
  public Map<String, Object> facts() {
    Map<String, Object> facts = new LinkedHashMap<>();
    facts.put("bookingId", id.toString());
    facts.put("bookingStatus", status.name());
    if (expiresAt != null && status == BookingStatus.EXPIRED) {
      facts.put("expiredAt", expiresAt.toString());
    }
    return facts;
  }
}
