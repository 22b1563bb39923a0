package dev.ticketing.ui.organiser;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import dev.ticketing.checkin.CheckInReader;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;

/**
 * The concert at the door, on the organiser's screen: per tier, how many of its valid tickets are
 * in; and every ticket let in twice (a gate was offline), for someone to follow up.
 */
final class DoorPanel extends Div {
  private static final DateTimeFormatter TIME =
      DateTimeFormatter.ofPattern("d MMM HH:mm", Locale.UK);

  private final CheckInReader reader;
  private final long concertId;
  private final UnorderedList tiers = new UnorderedList();
  private final Div doubles = new Div();

  DoorPanel(CheckInReader reader, long concertId) {
    this.reader = reader;
    this.concertId = concertId;
    setId("door-panel");
    tiers.setId("door-admitted");
    doubles.setId("door-doubles");
    Button refresh = new Button("Refresh", click -> refresh());
    refresh.setId("door-refresh");
    add(tiers, doubles, refresh);
    refresh();
  }

  void refresh() {
    tiers.removeAll();
    for (CheckInReader.TierAdmissions tier : reader.admittedPerTier(concertId)) {
      ListItem line =
          new ListItem(
              tier.tierName() + ": " + tier.admitted() + " of " + tier.valid() + " admitted");
      line.getElement().setAttribute("data-tier", tier.tier());
      tiers.add(line);
    }
    doubles.removeAll();
    List<CheckInReader.DoubleAdmission> twice = reader.doubleAdmissions(concertId);
    if (twice.isEmpty()) {
      doubles.add(new Paragraph("No ticket was let in twice."));
      return;
    }
    Paragraph warning = new Paragraph(twice.size() + " ticket(s) let in twice, to follow up:");
    warning.addClassName("form-problem");
    UnorderedList list = new UnorderedList();
    ZoneId zone = ZoneId.systemDefault();
    for (CheckInReader.DoubleAdmission d : twice) {
      list.add(
          new ListItem(
              d.tier()
                  + " ticket "
                  + d.ticketId()
                  + ": gate "
                  + d.firstGate()
                  + " at "
                  + d.firstAdmittedAt().atZoneSameInstant(zone).format(TIME)
                  + ", again at gate "
                  + d.gate()
                  + " (offline) at "
                  + d.admittedAt().atZoneSameInstant(zone).format(TIME)));
    }
    doubles.add(warning, list);
  }
}
