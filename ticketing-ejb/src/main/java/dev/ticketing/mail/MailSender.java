package dev.ticketing.mail;

import dev.ticketing.database.SchemaMigration;
import dev.ticketing.eticket.ETickets;
import dev.ticketing.eticket.IssuedTicket;
import dev.ticketing.eticket.TicketPdf;
import jakarta.activation.DataHandler;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.Timeout;
import jakarta.ejb.TimerConfig;
import jakarta.ejb.TimerService;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.mail.Authenticator;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.PasswordAuthentication;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeBodyPart;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import jakarta.mail.util.ByteArrayDataSource;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import java.util.Properties;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * Sends the confirmation mails of the outbox ({@link MailOutbox}) through Jakarta Mail (Payara
 * Micro ships Eclipse Angus Mail) to the SMTP server of {@code ticketing.mail.smtp-host}, every
 * {@code ticketing.mail.send-interval-millis}. Without an SMTP host nothing is sent: the mails stay
 * in the outbox, where organisers read them ({@code GET /api/admin/mail-outbox}).
 *
 * <p>A mail whose sending fails is tried again later (back-off in {@link MailOutbox#failed}). A
 * mail is sent at least once: if this instance stops between the server's acceptance and the record
 * of it, it goes again once its lease runs out; its {@code Message-ID} is the booking's, so a mail
 * client shows the two as one.
 */
@Singleton
@Startup
@DependsOn("SchemaMigration")
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class MailSender {
  private static final Logger LOG = Logger.getLogger(MailSender.class.getName());
  private static final int BATCH = 20;
  private static final int LEASE_SECONDS = 300;

  @Resource private TimerService timers;

  @Inject private MailOutbox outbox;

  @Inject private ETickets eTickets;

  @Inject private SchemaMigration schema;

  private final AtomicBoolean running = new AtomicBoolean();

  private Optional<Session> session;
  private String from;
  private Optional<String> myBookings;

  @PostConstruct
  void start() {
    Config config = ConfigProvider.getConfig(MailSender.class.getClassLoader());
    from = config.getValue("ticketing.mail.from", String.class);
    myBookings =
        config
            .getOptionalValue("ticketing.mail.my-bookings-url", String.class)
            .filter(url -> !url.isBlank());
    session = session(config);
    long interval = config.getValue("ticketing.mail.send-interval-millis", Long.class);
    timers.createIntervalTimer(interval, interval, new TimerConfig("mail sender", false));
  }

  private static Optional<Session> session(Config config) {
    Optional<String> host =
        config.getOptionalValue("ticketing.mail.smtp-host", String.class).filter(h -> !h.isBlank());
    if (host.isEmpty()) {
      LOG.info("No ticketing.mail.smtp-host: confirmation mails stay in the outbox");
      return Optional.empty();
    }
    Properties properties = new Properties();
    properties.put("mail.smtp.host", host.get());
    properties.put("mail.smtp.port", config.getValue("ticketing.mail.smtp-port", String.class));
    properties.put(
        "mail.smtp.starttls.enable", config.getValue("ticketing.mail.smtp-starttls", String.class));
    properties.put(
        "mail.smtp.starttls.required",
        config.getValue("ticketing.mail.smtp-starttls", String.class));
    properties.put("mail.smtp.connectiontimeout", "10000");
    properties.put("mail.smtp.timeout", "20000");
    properties.put("mail.smtp.writetimeout", "20000");
    Optional<String> user =
        config.getOptionalValue("ticketing.mail.smtp-user", String.class).filter(u -> !u.isBlank());
    if (user.isEmpty()) {
      return Optional.of(Session.getInstance(properties));
    }
    properties.put("mail.smtp.auth", "true");
    Optional<String> given = config.getOptionalValue("ticketing.mail.smtp-password", String.class);
    if (given.isEmpty() || given.get().isBlank()) {
      throw new IllegalStateException(
          "ticketing.mail.smtp-user is set without ticketing.mail.smtp-password");
    }
    String password = given.get();
    return Optional.of(
        Session.getInstance(
            properties,
            new Authenticator() {
              @Override
              protected PasswordAuthentication getPasswordAuthentication() {
                return new PasswordAuthentication(user.get(), password);
              }
            }));
  }

  @Timeout
  public void sendDue() {
    if (session.isEmpty() || !schema.isMigrated() || !running.compareAndSet(false, true)) {
      return;
    }
    try {
      for (MailOutbox.Due mail : outbox.take(BATCH, LEASE_SECONDS)) {
        try {
          if (send(mail)) {
            outbox.sent(mail.id());
          }
        } catch (MessagingException | RuntimeException failed) {
          LOG.log(
              Level.WARNING,
              "Confirmation mail of booking "
                  + mail.bookingId()
                  + " not sent (attempt "
                  + mail.attempt()
                  + "); tried again later",
              failed);
          outbox.failed(mail.id(), failed.toString());
        }
      }
    } catch (RuntimeException e) {
      LOG.log(Level.WARNING, "Mail sender failed; it runs again next interval", e);
    } finally {
      running.set(false);
    }
  }

  /** The mail of a booking, as sent (or as it would be): for the organisers' outbox screen. */
  public ConfirmationMail compose(java.util.UUID bookingId) {
    List<IssuedTicket> tickets = eTickets.ofBooking(bookingId);
    return new ConfirmationMail(eTickets.heading(bookingId), tickets, myBookings.orElse(null));
  }

  /** Sends the mail; false if there was nothing to send. */
  private boolean send(MailOutbox.Due due) throws MessagingException {
    ConfirmationMail mail = compose(due.bookingId());
    if (mail.tickets().isEmpty()) {
      outbox.dropped(due.id(), "not sent: the booking was cancelled before its mail went");
      return false;
    }
    MimeMessage message =
        new MimeMessage(session.get()) {
          @Override
          protected void updateMessageID() throws MessagingException {
            setHeader("Message-ID", "<booking-" + due.bookingId() + "@ticketing>");
          }
        };
    message.setFrom(new InternetAddress(from));
    message.setRecipient(Message.RecipientType.TO, new InternetAddress(due.recipient()));
    message.setSubject(mail.subject(), StandardCharsets.UTF_8.name());
    MimeBodyPart text = new MimeBodyPart();
    text.setText(mail.body(), StandardCharsets.UTF_8.name());
    MimeMultipart parts = new MimeMultipart();
    parts.addBodyPart(text);
    MimeBodyPart attachment = new MimeBodyPart();
    attachment.setDataHandler(
        new DataHandler(
            new ByteArrayDataSource(
                TicketPdf.of(mail.heading(), mail.tickets()), "application/pdf")));
    attachment.setFileName("tickets.pdf");
    parts.addBodyPart(attachment);
    message.setContent(parts);
    Transport.send(message);
    return true;
  }
}
