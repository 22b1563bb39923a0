package dev.ticketing.web.admin;

import dev.ticketing.waitingroom.RoomFigures;
import jakarta.json.bind.annotation.JsonbPropertyOrder;
import java.time.OffsetDateTime;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A concert's waiting room: its settings and live figures. */
@JsonbPropertyOrder({
  "concertId",
  "enabled",
  "activeUsers",
  "admitPerMinute",
  "admissionMinutes",
  "prequeueOpensAt",
  "paused",
  "opened",
  "soldOut",
  "waiting",
  "inside",
  "admittedThrough",
  "admittedLastMinute",
  "estimatedClearSeconds"
})
@Schema(name = "WaitingRoomView", description = "A concert's waiting room, settings and figures")
public record WaitingRoomView(
    @Schema(example = "1") long concertId,
    @Schema(description = "Whether the room is on") boolean enabled,
    @Schema(description = "At most this many inside at once", example = "500") int activeUsers,
    @Schema(description = "Let in per minute, at most", example = "300") int admitPerMinute,
    @Schema(description = "Minutes an admission lasts", example = "10") int admissionMinutes,
    @Schema(description = "When the pre-queue opens; absent: when the room is on")
        OffsetDateTime prequeueOpensAt,
    @Schema(description = "Whether admission is paused") boolean paused,
    @Schema(description = "Whether the sale opened (the pre-queue has its places)") boolean opened,
    @Schema(description = "Whether nothing can be booked now (held tickets count as taken)")
        boolean soldOut,
    @Schema(description = "In line, not yet let in", example = "1200") long waiting,
    @Schema(description = "Let in and not yet done (booked, expired)", example = "310") long inside,
    @Schema(description = "Every place up to this one has been let in", example = "4000")
        long admittedThrough,
    @Schema(description = "Let in within the last minute", example = "300") long admittedLastMinute,
    @Schema(description = "Until everyone waiting is let in at the set rate", example = "240")
        long estimatedClearSeconds) {

  static WaitingRoomView of(RoomFigures room) {
    return new WaitingRoomView(
        room.concertId(),
        room.settings().enabled(),
        room.settings().activeUsers(),
        room.settings().admitPerMinute(),
        room.settings().admissionMinutes(),
        room.settings().prequeueOpensAt(),
        room.paused(),
        room.opened(),
        room.soldOut(),
        room.waiting(),
        room.inside(),
        room.admittedThrough(),
        room.admittedLastMinute(),
        room.estimatedClearSeconds());
  }
}
