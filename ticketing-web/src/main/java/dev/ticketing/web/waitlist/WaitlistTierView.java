package dev.ticketing.web.waitlist;

import dev.ticketing.waitlist.WaitlistTierSummary;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A tier's waiting list as organisers see it. */
@Schema(name = "WaitlistTierView", description = "A tier's waiting list: length, offers, sales")
public record WaitlistTierView(
    @Schema(description = "The tier's code", example = "VIP") String tier,
    @Schema(description = "Whether people may join (closed: those waiting keep their places)")
        boolean open,
    @Schema(description = "Entries waiting: the list's length", example = "40") int waiting,
    @Schema(description = "Tickets the waiting entries ask for", example = "75") int waitingTickets,
    @Schema(description = "Entries holding an offer now", example = "3") int offered,
    @Schema(description = "Entries whose offer was paid", example = "12") int converted,
    @Schema(description = "Entries whose offer ran out or was cancelled", example = "2") int lapsed,
    @Schema(description = "Freed tickets kept for the list, not yet offered", example = "0")
        int kept,
    @Schema(description = "How long an offer is held, minutes", example = "10") int offerMinutes) {

  static WaitlistTierView of(WaitlistTierSummary s) {
    return new WaitlistTierView(
        s.tier(),
        s.open(),
        s.waiting(),
        s.waitingTickets(),
        s.offered(),
        s.converted(),
        s.lapsed(),
        s.kept(),
        s.offerMinutes());
  }
}
