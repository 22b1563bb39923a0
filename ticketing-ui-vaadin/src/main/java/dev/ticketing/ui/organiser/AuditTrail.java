package dev.ticketing.ui.organiser;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import dev.ticketing.admin.AuditEntry;
import dev.ticketing.admin.ConcertAdmin;
import dev.ticketing.ui.views.Formats;
import java.util.List;
import java.util.Locale;
import java.util.logging.Level;
import java.util.logging.Logger;

/** The latest changes organisers made to the concert: when, who, what. */
final class AuditTrail extends Div {
  private static final Logger LOG = Logger.getLogger(AuditTrail.class.getName());

  /** Changes listed. */
  private static final int SHOWN = 20;

  private final ConcertAdmin admin;
  private final long concertId;
  private final Locale locale;
  private final UnorderedList entries = new UnorderedList();

  AuditTrail(ConcertAdmin admin, long concertId, Locale locale) {
    this.admin = admin;
    this.concertId = concertId;
    this.locale = locale;
    setId("audit");
    entries.addClassName("audit-list");
    add(entries);
  }

  void refresh() {
    entries.removeAll();
    List<AuditEntry> latest;
    try {
      latest = admin.audit(concertId, SHOWN);
    } catch (RuntimeException e) {
      LOG.log(Level.WARNING, "Cannot read the changes of concert " + concertId, e);
      entries.add(new ListItem(OrganiserWording.UNREACHABLE));
      return;
    }
    for (AuditEntry entry : latest) {
      Span when = new Span(Formats.utc(entry.at(), locale));
      when.addClassName("audit-when");
      Span what = new Span(entry.action() + (entry.subject() == null ? "" : " " + entry.subject()));
      what.addClassName("audit-what");
      Span who = new Span(entry.actor());
      who.addClassName("audit-who");
      ListItem item = new ListItem(when, what, who);
      if (entry.detail() != null && !entry.detail().isBlank()) {
        Paragraph detail = new Paragraph(entry.detail());
        detail.addClassName("audit-detail");
        item.add(detail);
      }
      entries.add(item);
    }
    if (latest.isEmpty()) {
      entries.add(new ListItem("No changes yet."));
    }
  }
}
