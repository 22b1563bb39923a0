package dev.ticketing.web.queue;

import dev.ticketing.waitingroom.QueueStatus;
import jakarta.json.bind.annotation.JsonbPropertyOrder;
import java.time.Instant;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A place in a concert's waiting room, as its holder polls it. */
@JsonbPropertyOrder({
  "concertId",
  "ticket",
  "state",
  "position",
  "ahead",
  "estimatedWaitSeconds",
  "pollAfterSeconds",
  "admission",
  "admittedUntil",
  "opensAt",
  "stalled"
})
@Schema(name = "QueueView", description = "A place in a concert's waiting room")
public record QueueView(
    @Schema(description = "The concert", example = "1") long concertId,
    @Schema(
            description =
                "The place's ticket (signed): the key to its status, keep it (no login needed)",
            example = "q1.1.42.17.kN0Zr3vL1yG6cQp7aB9xYw")
        String ticket,
    @Schema(
            description =
                "PREQUEUE (joined before the sale: placed in random order at the opening),"
                    + " WAITING, PAUSED (admission paused by the organisers), ADMITTED (book"
                    + " now, with `admission`), EXPIRED (let in, did not come in time, or the"
                    + " admission's minutes are over), SOLD_OUT (nothing can be booked now:"
                    + " tickets that come back go to those in line, in order), CLOSED",
            enumeration = {
              "PREQUEUE",
              "WAITING",
              "PAUSED",
              "ADMITTED",
              "EXPIRED",
              "SOLD_OUT",
              "CLOSED"
            },
            example = "WAITING")
        String state,
    @Schema(
            description = "The place in line, 1-based, never changes; absent in the pre-queue",
            example = "17")
        Long position,
    @Schema(description = "How many wait before it now; absent in the pre-queue", example = "9")
        Long ahead,
    @Schema(
            description =
                "Estimated wait until let in, at the room's rate; absent when not waiting",
            example = "2")
        Long estimatedWaitSeconds,
    @Schema(description = "When to ask again (spread at random)", example = "3")
        int pollAfterSeconds,
    @Schema(
            description =
                "Once ADMITTED: the admission, sent as the `Admission` header of bookings of the"
                    + " concert (or `?admission=` to the booking screen)")
        String admission,
    @Schema(description = "Once ADMITTED: until when the admission lets its holder book")
        Instant admittedUntil,
    @Schema(description = "In the pre-queue: when the sale opens and places are given")
        Instant opensAt,
    @Schema(
            description =
                "true when this server cannot read the room's counter now: no one is let in"
                    + " until it can")
        boolean stalled) {

  static QueueView of(QueueStatus status) {
    return new QueueView(
        status.concertId(),
        status.ticket(),
        status.state().name(),
        status.position(),
        status.ahead(),
        status.estimatedWaitSeconds(),
        status.pollAfterSeconds(),
        status.admission(),
        status.admittedUntil(),
        status.opensAt(),
        status.stalled());
  }
}
