package dev.ticketing.web.checkin;

import dev.ticketing.checkin.CheckInReader;
import jakarta.json.bind.annotation.JsonbPropertyOrder;
import java.time.OffsetDateTime;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The concert at the door, for its organisers. */
@JsonbPropertyOrder({"concertId", "tiers", "doubleAdmissions"})
@Schema(name = "DoorReportView", description = "Admitted per tier, and the double admissions")
public record DoorReportView(
    @Schema(example = "1", required = true) long concertId,
    @Schema(required = true) List<TierAtDoor> tiers,
    @Schema(
            description = "Tickets let in twice (a gate was offline), newest first",
            required = true)
        List<DoubleAdmissionView> doubleAdmissions) {

  /** A tier at the door. */
  @JsonbPropertyOrder({"tier", "name", "valid", "admitted"})
  @Schema(name = "TierAtDoor")
  public record TierAtDoor(
      @Schema(example = "VIP", required = true) String tier,
      @Schema(example = "VIP", required = true) String name,
      @Schema(description = "Tickets sold and not revoked", example = "100", required = true)
          long valid,
      @Schema(description = "Tickets let in", example = "42", required = true) long admitted) {}

  /** A ticket let in twice. */
  @JsonbPropertyOrder({
    "ticketId",
    "tier",
    "gate",
    "admittedAt",
    "firstGate",
    "firstAdmittedAt",
    "reportedAt"
  })
  @Schema(name = "DoubleAdmission")
  public record DoubleAdmissionView(
      @Schema(example = "7", required = true) long ticketId,
      @Schema(example = "VIP", required = true) String tier,
      @Schema(description = "The offline gate that let it in again", example = "4", required = true)
          String gate,
      @Schema(example = "2027-06-01T19:04:00Z", required = true) OffsetDateTime admittedAt,
      @Schema(example = "3", required = true) String firstGate,
      @Schema(example = "2027-06-01T19:02:11.5Z", required = true) OffsetDateTime firstAdmittedAt,
      @Schema(example = "2027-06-01T19:30:00Z", required = true) OffsetDateTime reportedAt) {}

  static DoorReportView of(
      long concertId,
      List<CheckInReader.TierAdmissions> tiers,
      List<CheckInReader.DoubleAdmission> doubles) {
    return new DoorReportView(
        concertId,
        tiers.stream()
            .map(t -> new TierAtDoor(t.tier(), t.tierName(), t.valid(), t.admitted()))
            .toList(),
        doubles.stream()
            .map(
                d ->
                    new DoubleAdmissionView(
                        d.ticketId(),
                        d.tier(),
                        d.gate(),
                        d.admittedAt(),
                        d.firstGate(),
                        d.firstAdmittedAt(),
                        d.reportedAt()))
            .toList());
  }
}
