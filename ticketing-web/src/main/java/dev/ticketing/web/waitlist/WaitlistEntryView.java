package dev.ticketing.web.waitlist;

import dev.ticketing.waitlist.WaitlistEntry;
import java.time.OffsetDateTime;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** One of the caller's waiting-list entries. */
@Schema(name = "WaitlistEntryView", description = "An entry on a tier's waiting list")
public record WaitlistEntryView(
    @Schema(description = "The tier's code", example = "VIP") String tier,
    @Schema(description = "Tickets asked for", example = "2") int quantity,
    @Schema(description = "Whether fewer tickets are welcome") boolean acceptFewer,
    @Schema(
            description =
                "WAITING; OFFERED (a HELD booking, `bookingId`, to pay before it expires);"
                    + " CONVERTED (the offer was paid); LAPSED (it ran out or was cancelled)",
            example = "WAITING")
        String state,
    @Schema(description = "Place in line while WAITING: 1 is next", example = "3") Integer place,
    @Schema(description = "The offer's booking, once offered") String bookingId,
    @Schema(description = "Tickets in the offer") Integer offeredQuantity,
    @Schema(description = "When the entry joined") OffsetDateTime joinedAt) {

  static WaitlistEntryView of(WaitlistEntry entry) {
    return new WaitlistEntryView(
        entry.tier(),
        entry.quantity(),
        entry.acceptFewer(),
        entry.state(),
        entry.place(),
        entry.bookingId(),
        entry.offeredQuantity(),
        entry.joinedAt());
  }
}
