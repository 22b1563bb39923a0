package dev.ticketing.web.mail;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import com.lowagie.text.pdf.PdfReader;
import com.lowagie.text.pdf.parser.PdfTextExtractor;
import dev.ticketing.web.fault.ApplicationProcess;
import dev.ticketing.web.support.Api;
import dev.ticketing.web.support.TestDatabase;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.internet.MimeMessage;
import java.io.ByteArrayOutputStream;
import java.net.ServerSocket;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The confirmation mail through a real SMTP server (GreenMail, in this JVM): a server of its own,
 * on a database of its own, whose settings point at it. The mail is read as delivered, and its PDF
 * attachment opened.
 */
class ConfirmationMailIT {
  private static final String DATABASE = System.getProperty("ticketing.it.db.name") + "_mail";
  private static GreenMail smtp;
  private static ApplicationProcess server;
  private static Api api;
  private static long concert;

  @BeforeAll
  static void start() throws Exception {
    try (Connection admin =
            DriverManager.getConnection(
                TestDatabase.url("postgres"), TestDatabase.user(), TestDatabase.password());
        Statement statement = admin.createStatement()) {
      statement.execute("DROP DATABASE IF EXISTS " + DATABASE + " WITH (FORCE)");
      statement.execute("CREATE DATABASE " + DATABASE);
    }
    int port;
    try (ServerSocket free = new ServerSocket(0)) {
      port = free.getLocalPort();
    }
    smtp = new GreenMail(new ServerSetup(port, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
    smtp.start();
    server =
        new ApplicationProcess(
                Map.of(
                    "TICKETING_DB_URL", TestDatabase.url(DATABASE),
                    "TICKETING_MAIL_SMTP_HOST", "127.0.0.1",
                    "TICKETING_MAIL_SMTP_PORT", Integer.toString(port),
                    "TICKETING_MAIL_FROM", "box-office@concerts.example",
                    "TICKETING_MAIL_MY_BOOKINGS_URL", "https://tickets.example/my-bookings",
                    "TICKETING_MAIL_SEND_INTERVAL_MILLIS", "300"),
                "mail")
            .start();
    server.await("/health/ready", 200, Duration.ofMinutes(2));
    api = new Api(server.uri("/").toURL());
    String organiser = api.organiser();
    concert =
        api.call(
                "POST",
                "api/admin/concerts",
                organiser,
                "{\"name\":\"Mail Night\",\"venue\":\"Post Hall\","
                    + "\"startsAt\":\"2030-01-01T20:00:00Z\"}")
            .json()
            .getJsonNumber("id")
            .longValue();
    Api.Reply tier =
        api.call(
            "POST",
            "api/admin/concerts/" + concert + "/tiers",
            organiser,
            "{\"code\":\"VIP\",\"displayName\":\"Very Important\",\"price\":1000,"
                + "\"currency\":\"USD\",\"capacity\":50}");
    assertThat(tier.status()).as(tier.toString()).isEqualTo(201);
    api.call("POST", "api/admin/concerts/" + concert + "/publish", organiser, null);
  }

  @AfterAll
  static void stop() throws Exception {
    if (server != null) {
      server.close();
    }
    if (smtp != null) {
      smtp.stop();
    }
  }

  private static String book(String token, int quantity, String email) {
    Api.Reply held =
        api.call(
            "POST",
            "api/bookings",
            token,
            "{\"concertId\":"
                + concert
                + ",\"items\":[{\"tier\":\"VIP\",\"quantity\":"
                + quantity
                + "}]}");
    assertThat(held.status()).as(held.toString()).isEqualTo(201);
    String id = held.json().getString("bookingId");
    Api.Reply paid =
        api.call(
            "POST",
            "api/bookings/" + id + "/payment",
            token,
            "{\"card\":\"4242424242424242\""
                + (email == null ? "" : ",\"email\":\"" + email + "\"")
                + "}");
    assertThat(paid.status()).as(paid.toString()).isEqualTo(200);
    return id;
  }

  private static List<MimeMessage> mailsTo(String address) throws Exception {
    return Arrays.stream(smtp.getReceivedMessages())
        .filter(
            m -> {
              try {
                return m.getAllRecipients()[0].toString().equals(address);
              } catch (Exception e) {
                throw new IllegalStateException(e);
              }
            })
        .toList();
  }

  private static List<MimeMessage> awaitMailsTo(String address, int count) throws Exception {
    long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
    while (mailsTo(address).size() < count && System.nanoTime() < deadline) {
      Thread.sleep(100);
    }
    return mailsTo(address);
  }

  @Test
  void aBookingWithoutAnAccountIsMailedToTheAddressGivenAtPaymentWithItsTicketsAsAPdf()
      throws Exception {
    String address = "anon-" + UUID.randomUUID().toString().substring(0, 8) + "@example.com";
    String id = book(null, 2, "  " + address.toUpperCase() + " ");

    List<MimeMessage> mails = awaitMailsTo(address, 1);

    assertThat(mails).hasSize(1);
    MimeMessage mail = mails.get(0);
    assertThat(mail.getSubject()).isEqualTo("Your tickets: Mail Night");
    assertThat(mail.getFrom()[0].toString()).isEqualTo("box-office@concerts.example");
    Multipart parts = (Multipart) mail.getContent();
    String text = (String) parts.getBodyPart(0).getContent();
    assertThat(text).contains("Post Hall", id, "https://tickets.example/my-bookings");
    Part attachment = parts.getBodyPart(1);
    assertThat(attachment.getFileName()).isEqualTo("tickets.pdf");
    assertThat(attachment.getContentType()).startsWith("application/pdf");
    ByteArrayOutputStream pdf = new ByteArrayOutputStream();
    attachment.getDataHandler().writeTo(pdf);
    PdfReader reader = new PdfReader(pdf.toByteArray());
    assertThat(reader.getNumberOfPages()).isEqualTo(2);
    String page = new PdfTextExtractor(reader).getTextFromPage(1);
    assertThat(page).contains("Mail Night", "Post Hall", "Very Important", address);
    // The same tickets as the API lists, one page each.
    String firstTicket =
        api.get("api/bookings/" + id)
            .json()
            .getJsonArray("tickets")
            .getJsonObject(0)
            .get("ticketId")
            .toString();
    assertThat(page).contains("ticket " + firstTicket);

    // Sent once: later rounds of the sender send it again never.
    Thread.sleep(1500);
    assertThat(mailsTo(address)).hasSize(1);
    assertThat(
            queryInt(
                "SELECT count(*) FROM mail_outbox WHERE booking_id = '"
                    + id
                    + "' AND sent_at IS NOT NULL"))
        .isEqualTo(1);
  }

  @Test
  void anAccountsBookingIsMailedToTheAccountAndABookingWithoutAnAddressIsNot() throws Exception {
    String customer = "c-" + UUID.randomUUID().toString().substring(0, 8) + "@example.com";
    String token = api.newCustomer(customer);
    book(token, 1, null);
    String silent = book(null, 1, null);

    assertThat(awaitMailsTo(customer, 1)).hasSize(1);
    assertThat(queryInt("SELECT count(*) FROM mail_outbox WHERE booking_id = '" + silent + "'"))
        .isZero();
    Api.Reply tickets = api.get("api/bookings/" + silent + "/tickets.pdf");
    assertThat(tickets.status()).isEqualTo(200);
    assertThat(tickets.header("Content-Type")).startsWith("application/pdf");
    assertThat(tickets.body()).startsWith("%PDF");
  }

  private static int queryInt(String sql) throws Exception {
    try (Connection c =
            DriverManager.getConnection(
                TestDatabase.url(DATABASE), TestDatabase.user(), TestDatabase.password());
        Statement s = c.createStatement();
        var rs = s.executeQuery(sql)) {
      rs.next();
      return rs.getInt(1);
    }
  }
}
