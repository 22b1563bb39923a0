package dev.ticketing.web.checkin;

import dev.ticketing.checkin.CheckInAnswer;
import jakarta.json.bind.annotation.JsonbPropertyOrder;
import java.time.OffsetDateTime;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The answer to a scan. */
@JsonbPropertyOrder({"result", "ticketId", "tier", "firstAdmittedAt", "firstGate"})
@Schema(name = "CheckInView", description = "What the door is told about a scanned code")
public record CheckInView(
    @Schema(
            description =
                "ADMITTED (let in now), ALREADY_ADMITTED (let in before: see `firstAdmittedAt`,"
                    + " `firstGate`), REVOKED (its booking was cancelled), WRONG_CONCERT (a ticket"
                    + " of another concert), NOT_A_TICKET (not a code this system signed)",
            example = "ADMITTED",
            required = true,
            enumeration = {
              "ADMITTED",
              "ALREADY_ADMITTED",
              "REVOKED",
              "WRONG_CONCERT",
              "NOT_A_TICKET"
            })
        String result,
    @Schema(description = "The ticket's id (absent for NOT_A_TICKET)", example = "7") Long ticketId,
    @Schema(description = "The ticket's tier", example = "VIP") String tier,
    @Schema(
            description = "When the ticket was first let in (absent if never)",
            example = "2027-06-01T19:02:11.5Z")
        OffsetDateTime firstAdmittedAt,
    @Schema(description = "The gate that first let it in", example = "3") String firstGate) {

  static CheckInView of(CheckInAnswer answer) {
    return new CheckInView(
        answer.result().name(),
        answer.ticketId(),
        answer.tier(),
        answer.firstAdmittedAt(),
        answer.firstGate());
  }
}
