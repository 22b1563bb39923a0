package dev.ticketing.ui.organiser;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import dev.ticketing.waitlist.Waitlist;
import dev.ticketing.waitlist.WaitlistException;
import dev.ticketing.waitlist.WaitlistTierSummary;
import java.util.List;

/**
 * A concert's waiting lists, for its organisers: per tier open or closed, how many wait (and for
 * how many tickets), offers held, paid and lapsed, tickets kept for the list; a button closes or
 * reopens a tier's list. Read again with the sales.
 */
final class WaitlistSection extends Div {
  private final Waitlist waitlist;
  private final long concertId;

  WaitlistSection(Waitlist waitlist, long concertId) {
    this.waitlist = waitlist;
    this.concertId = concertId;
    setId("waitlists");
    refresh();
  }

  void refresh() {
    List<WaitlistTierSummary> tiers = waitlist.summary(concertId);
    removeAll();
    for (WaitlistTierSummary tier : tiers) {
      Span line = new Span(describe(tier));
      line.setId("waitlist-" + tier.tier());
      Button toggle = new Button(tier.open() ? "Close list" : "Reopen list");
      toggle.setId("waitlist-toggle-" + tier.tier());
      toggle.addClickListener(
          click -> {
            try {
              waitlist.configure(concertId, tier.tier(), !tier.open(), null);
            } catch (WaitlistException refused) {
              line.setText(refused.getMessage());
              return;
            }
            refresh();
          });
      Div row = new Div(line, toggle);
      row.addClassName("waitlist-row");
      add(row);
    }
  }

  static String describe(WaitlistTierSummary tier) {
    return tier.tier()
        + ": "
        + (tier.open() ? "open" : "closed")
        + " · "
        + tier.waiting()
        + " waiting ("
        + tier.waitingTickets()
        + " tickets) · "
        + tier.offered()
        + " offered · "
        + tier.converted()
        + " bought · "
        + tier.lapsed()
        + " lapsed · "
        + tier.kept()
        + " kept · offers held "
        + tier.offerMinutes()
        + " min";
  }
}
