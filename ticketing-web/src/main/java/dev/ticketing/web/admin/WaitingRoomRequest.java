package dev.ticketing.web.admin;

import dev.ticketing.waitingroom.RoomSettings;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import java.time.OffsetDateTime;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Body of {@code PUT /api/admin/concerts/{id}/waiting-room}. */
@Schema(name = "WaitingRoomRequest", description = "A concert's waiting room, as set by organisers")
public class WaitingRoomRequest {
  @Schema(
      description =
          "Whether the room is on: bookings of the concert then need an admission from it")
  @NotNull
  public Boolean enabled;

  @Schema(
      description = "At most this many let in and not yet done (booked, expired) at once",
      example = "500")
  @NotNull
  @Min(1)
  @Max(1_000_000)
  public Integer activeUsers;

  @Schema(description = "Let in per minute, at most", example = "300")
  @NotNull
  @Min(1)
  @Max(1_000_000)
  public Integer admitPerMinute;

  @Schema(description = "How long an admission lets its holder book, in minutes", example = "10")
  @NotNull
  @Min(1)
  @Max(1440)
  public Integer admissionMinutes;

  @Schema(
      description =
          "From when people may join before the sale opens (they are placed in random order at"
              + " the opening); absent: as soon as the room is on",
      example = "2027-05-01T09:30:00Z")
  public OffsetDateTime prequeueOpensAt;

  RoomSettings settings() {
    return new RoomSettings(
        enabled, activeUsers, admitPerMinute, admissionMinutes, prequeueOpensAt);
  }
}
