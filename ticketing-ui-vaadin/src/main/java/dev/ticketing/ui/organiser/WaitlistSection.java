package dev.ticketing.ui.organiser;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.textfield.IntegerField;
import dev.ticketing.waitlist.Waitlist;
import dev.ticketing.waitlist.WaitlistException;
import dev.ticketing.waitlist.WaitlistTierSummary;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A concert's waiting lists, for its organisers: per tier open or closed, how many wait (and for
 * how many tickets), offers held, paid and lapsed, tickets kept for the list; a button closes or
 * reopens a tier's list, a field sets how long its offers are held. Read again with the sales: the
 * figures and the button follow, the field keeps what the organiser is typing.
 */
final class WaitlistSection extends Div {
  private final Waitlist waitlist;
  private final long concertId;
  private final Map<String, Row> rows = new LinkedHashMap<>();

  WaitlistSection(Waitlist waitlist, long concertId) {
    this.waitlist = waitlist;
    this.concertId = concertId;
    setId("waitlists");
    refresh();
  }

  void refresh() {
    List<WaitlistTierSummary> tiers = waitlist.summary(concertId);
    if (!List.copyOf(rows.keySet())
        .equals(tiers.stream().map(WaitlistTierSummary::tier).toList())) {
      removeAll();
      rows.clear();
      for (WaitlistTierSummary tier : tiers) {
        Row row = new Row(tier);
        rows.put(tier.tier(), row);
        add(row);
      }
    }
    for (WaitlistTierSummary tier : tiers) {
      rows.get(tier.tier()).show(tier);
    }
  }

  /** One tier's list: its figures, how long offers are held, and the button that closes it. */
  private final class Row extends HorizontalLayout {
    private final Span line = new Span();
    private final IntegerField minutes = new IntegerField("Offers held (minutes)");
    private final Button toggle = new Button();
    private WaitlistTierSummary shown;

    Row(WaitlistTierSummary tier) {
      String code = tier.tier();
      line.setId("waitlist-" + code);
      minutes.setId("waitlist-minutes-" + code);
      minutes.setMin(1);
      minutes.setMax(1440);
      minutes.setStepButtonsVisible(true);
      minutes.setValue(tier.offerMinutes());
      minutes.addValueChangeListener(
          change -> {
            Integer wanted = change.getValue();
            if (!change.isFromClient()) {
              return;
            }
            if (wanted == null || wanted < 1 || wanted > 1440) {
              minutes.setErrorMessage("From 1 to 1440 minutes");
              minutes.setInvalid(true);
              return;
            }
            configure(shown.open(), wanted);
          });
      toggle.setId("waitlist-toggle-" + code);
      toggle.addClickListener(click -> configure(!shown.open(), null));
      add(line, minutes, toggle);
      setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
      setWrap(true);
      addClassName("waitlist-row");
    }

    void show(WaitlistTierSummary tier) {
      shown = tier;
      line.setText(describe(tier));
      toggle.setText(tier.open() ? "Close list" : "Reopen list");
    }

    /** Opens or closes the list, and sets its offers' minutes (null: unchanged). */
    private void configure(boolean open, Integer offerMinutes) {
      try {
        WaitlistTierSummary now = waitlist.configure(concertId, shown.tier(), open, offerMinutes);
        if (offerMinutes != null) {
          minutes.setInvalid(false);
        }
        show(now);
      } catch (WaitlistException refused) {
        line.setText(refused.getMessage());
      }
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
