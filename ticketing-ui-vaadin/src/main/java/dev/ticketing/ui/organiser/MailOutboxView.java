package dev.ticketing.ui.organiser;

import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Pre;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import dev.ticketing.mail.MailKind;
import dev.ticketing.mail.MailOutbox;
import dev.ticketing.mail.MailSender;
import dev.ticketing.mail.OutgoingMail;
import dev.ticketing.ui.views.MainLayout;
import jakarta.inject.Inject;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/**
 * The mails, for organisers: confirmations and waiting lists' offers, sent or waiting, with their
 * kind and text. Without an SMTP server configured every mail waits here, so the whole journey
 * shows with nothing installed.
 */
@Route(value = "organiser/mail-outbox", layout = MainLayout.class)
@PageTitle("Mails")
public class MailOutboxView extends Div implements BeforeEnterObserver {
  private static final int SHOWN = 50;
  private static final DateTimeFormatter WHEN =
      DateTimeFormatter.ofPattern("d MMM yyyy HH:mm 'UTC'", Locale.UK);

  @Inject private MailOutbox outbox;

  @Inject private MailSender sender;

  private final Div mails = new Div();

  public MailOutboxView() {
    addClassName("organiser");
    mails.setId("outbox-mails");
    add(
        new RouterLink("← All concerts", OrganiserView.class),
        new H1("Mails"),
        new Paragraph("The newest " + SHOWN + ", sent or waiting to be sent."),
        mails);
  }

  @Override
  public void beforeEnter(BeforeEnterEvent event) {
    if (!OrganiserAccess.admit(event)) {
      return;
    }
    mails.removeAll();
    for (MailOutbox.Kept kept : outbox.newest(SHOWN)) {
      OutgoingMail mail = sender.compose(kept.kind(), kept.bookingId());
      String state =
          kept.sentAt() != null
              ? "sent " + kept.sentAt().format(WHEN)
              : "waiting"
                  + (kept.lastError() == null
                      ? ""
                      : " (attempt " + kept.attempts() + " failed: " + kept.lastError() + ")");
      Details details =
          new Details(
              kind(kept.kind()) + " · " + kept.recipient() + " · " + mail.subject() + " · " + state,
              new Pre(mail.body()));
      details.addClassName("outbox-mail");
      details.getElement().setAttribute("data-kind", kept.kind().name());
      details.getElement().setAttribute("data-booking", kept.bookingId().toString());
      mails.add(details);
    }
    if (mails.getComponentCount() == 0) {
      mails.add(new Paragraph("No mail yet."));
    }
  }

  private static String kind(MailKind kind) {
    return switch (kind) {
      case CONFIRMATION -> "Confirmation";
      case WAITLIST_OFFER -> "Waiting-list offer";
    };
  }
}
