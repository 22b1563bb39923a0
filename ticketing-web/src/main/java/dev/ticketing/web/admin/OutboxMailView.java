package dev.ticketing.web.admin;

import dev.ticketing.mail.MailOutbox;
import dev.ticketing.mail.OutgoingMail;
import jakarta.json.bind.annotation.JsonbPropertyOrder;
import java.time.OffsetDateTime;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A mail in the outbox (a confirmation or a waiting list's offer), sent or waiting. */
@JsonbPropertyOrder({
  "kind",
  "bookingId",
  "recipient",
  "subject",
  "body",
  "createdAt",
  "sentAt",
  "attempts",
  "lastError"
})
@Schema(
    name = "OutboxMail",
    description =
        "A mail (a confirmation or a waiting list's offer), sent or waiting in the outbox")
public record OutboxMailView(
    @Schema(
            description =
                "CONFIRMATION (a paid booking's tickets) or WAITLIST_OFFER (tickets held for the"
                    + " next on a waiting list, to pay before they run out)",
            enumeration = {"CONFIRMATION", "WAITLIST_OFFER"},
            example = "CONFIRMATION",
            required = true)
        String kind,
    @Schema(example = "0b7e2f0e-5d4c-4a8e-9a51-3c1f6f0c2a17", required = true) String bookingId,
    @Schema(example = "ada@example.com", required = true) String recipient,
    @Schema(example = "Your tickets: Spring Gala", required = true) String subject,
    @Schema(
            description = "The text; a confirmation's tickets go along as tickets.pdf",
            example = "Your booking is confirmed.",
            required = true)
        String body,
    @Schema(example = "2027-06-01T09:00:00Z", required = true) OffsetDateTime createdAt,
    @Schema(description = "When it went (absent: waiting)", example = "2027-06-01T09:00:02Z")
        OffsetDateTime sentAt,
    @Schema(description = "Attempts to send it so far", example = "1", required = true)
        int attempts,
    @Schema(description = "Why the last attempt failed", example = "Connection refused")
        String lastError) {

  static OutboxMailView of(MailOutbox.Kept kept, OutgoingMail mail) {
    return new OutboxMailView(
        kept.kind().name(),
        kept.bookingId().toString(),
        kept.recipient(),
        mail.subject(),
        mail.body(),
        kept.createdAt(),
        kept.sentAt(),
        kept.attempts(),
        kept.lastError());
  }
}
