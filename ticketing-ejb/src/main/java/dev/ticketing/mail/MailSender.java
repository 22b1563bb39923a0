package dev.ticketing.mail;

import dev.ticketing.booking.BookingReader;
import dev.ticketing.booking.BookingStatus;
import dev.ticketing.booking.BookingSummary;
import dev.ticketing.database.SchemaMigration;
import dev.ticketing.eticket.ETickets;
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
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import java.util.Properties;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * Sends the mails of the outbox ({@link MailOutbox}), each in the words of its {@link MailKind},
 * through Jakarta Mail (Payara Micro ships Eclipse Angus Mail) to the SMTP server of {@code
 * ticketing.mail.smtp-host}, every {@code ticketing.mail.send-interval-millis}. Without an SMTP
 * host nothing is sent: the mails stay in the outbox, where organisers read them ({@code GET
 * /api/admin/mail-outbox}).
 *
 * <p>A mail whose sending fails is tried again later (back-off in {@link MailOutbox#failed}). A
 * mail is sent at least once: if this instance stops between the server's acceptance and the record
 * of it, it goes again once its lease runs out; its {@code Message-ID} is the booking's and kind's,
 * so a mail client shows the two as one.
 *
 * <p>A mail is composed when it goes, from the booking as it is then: a confirmation whose booking
 * was cancelled meanwhile, or an offer that was paid, ran out or was cancelled before its mail
 * went, is not sent (it stays in the outbox with the reason).
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

  @Inject private BookingReader bookings;

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
      LOG.info("No ticketing.mail.smtp-host: mails stay in the outbox");
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
              mail.kind()
                  + " mail of booking "
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

  /**
   * The mail of this kind of a booking, as sent (or as it would be): for the organisers' outbox
   * screen, and for the sender.
   */
  public OutgoingMail compose(MailKind kind, UUID bookingId) {
    TicketPdf.Heading heading = eTickets.heading(bookingId);
    return switch (kind) {
      case CONFIRMATION ->
          new ConfirmationMail(heading, eTickets.ofBooking(bookingId), myBookings.orElse(null));
      case WAITLIST_OFFER -> {
        BookingSummary offer =
            bookings.findAll(List.of(bookingId)).stream()
                .findFirst()
                .orElseThrow(() -> new IllegalStateException("no booking " + bookingId));
        yield new WaitlistOfferMail(
            heading,
            offer,
            WaitlistOfferMail.payLink(myBookings.orElse(null), offer.concertId(), bookingId));
      }
    };
  }

  /** Why the mail is no longer worth sending, or null if it is. */
  private static String stale(OutgoingMail mail) {
    if (mail instanceof ConfirmationMail confirmation && confirmation.tickets().isEmpty()) {
      return "not sent: the booking was cancelled before its mail went";
    }
    if (mail instanceof WaitlistOfferMail offer) {
      BookingSummary booking = offer.offer();
      if (booking.status() == BookingStatus.CONFIRMED) {
        return "not sent: the offer was paid before its mail went";
      }
      if (booking.status() != BookingStatus.HELD
          || !booking.expiresAt().isAfter(OffsetDateTime.now())) {
        return "not sent: the offer ran out or was cancelled before its mail went";
      }
    }
    return null;
  }

  /** Sends the mail; false if there was nothing to send. */
  private boolean send(MailOutbox.Due due) throws MessagingException {
    OutgoingMail mail = compose(due.kind(), due.bookingId());
    String stale = stale(mail);
    if (stale != null) {
      outbox.dropped(due.id(), stale);
      return false;
    }
    String messageId =
        (due.kind() == MailKind.CONFIRMATION ? "booking-" : "waitlist-offer-") + due.bookingId();
    MimeMessage message =
        new MimeMessage(session.get()) {
          @Override
          protected void updateMessageID() throws MessagingException {
            setHeader("Message-ID", "<" + messageId + "@ticketing>");
          }
        };
    message.setFrom(new InternetAddress(from));
    message.setRecipient(Message.RecipientType.TO, new InternetAddress(due.recipient()));
    message.setSubject(mail.subject(), StandardCharsets.UTF_8.name());
    MimeBodyPart text = new MimeBodyPart();
    text.setText(mail.body(), StandardCharsets.UTF_8.name());
    MimeMultipart parts = new MimeMultipart();
    parts.addBodyPart(text);
    if (mail instanceof ConfirmationMail confirmation) {
      MimeBodyPart attachment = new MimeBodyPart();
      attachment.setDataHandler(
          new DataHandler(
              new ByteArrayDataSource(
                  TicketPdf.of(confirmation.heading(), confirmation.tickets()),
                  "application/pdf")));
      attachment.setFileName("tickets.pdf");
      parts.addBodyPart(attachment);
    }
    message.setContent(parts);
    Transport.send(message);
    return true;
  }
}
