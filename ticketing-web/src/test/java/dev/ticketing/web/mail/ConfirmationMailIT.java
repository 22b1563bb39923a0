package dev.ticketing.web.mail;

import static org.assertj.core.api.Assertions.assertThat;

import com.lowagie.text.pdf.PdfReader;
import com.lowagie.text.pdf.parser.PdfTextExtractor;
import dev.ticketing.web.support.Api;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.internet.MimeMessage;
import java.io.ByteArrayOutputStream;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The confirmation mail through a real SMTP server: the {@link MailTestServer}'s, whose application
 * server of its own sends to it. The mail is read as delivered, and its PDF attachment opened.
 */
@ExtendWith(MailTestServer.class)
class ConfirmationMailIT {
  private static Api api;
  private static long concert;

  @BeforeAll
  static void concert() {
    api = MailTestServer.api();
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

  @Test
  void aBookingWithoutAnAccountIsMailedToTheAddressGivenAtPaymentWithItsTicketsAsAPdf()
      throws Exception {
    String address = "anon-" + UUID.randomUUID().toString().substring(0, 8) + "@example.com";
    String id = book(null, 2, "  " + address.toUpperCase() + " ");

    List<MimeMessage> mails = MailTestServer.awaitMailsTo(address, 1);

    assertThat(mails).hasSize(1);
    MimeMessage mail = mails.get(0);
    assertThat(mail.getSubject()).isEqualTo("Your tickets: Mail Night");
    assertThat(mail.getFrom()[0].toString()).isEqualTo(MailTestServer.FROM);
    Multipart parts = (Multipart) mail.getContent();
    String text = (String) parts.getBodyPart(0).getContent();
    assertThat(text).contains("Post Hall", id, MailTestServer.MY_BOOKINGS);
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
    assertThat(MailTestServer.mailsTo(address)).hasSize(1);
    assertThat(
            MailTestServer.queryInt(
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

    assertThat(MailTestServer.awaitMailsTo(customer, 1)).hasSize(1);
    assertThat(
            MailTestServer.queryInt(
                "SELECT count(*) FROM mail_outbox WHERE booking_id = '" + silent + "'"))
        .isZero();
    Api.Reply tickets = api.get("api/bookings/" + silent + "/tickets.pdf");
    assertThat(tickets.status()).isEqualTo(200);
    assertThat(tickets.header("Content-Type")).startsWith("application/pdf");
    assertThat(tickets.body()).startsWith("%PDF");
  }
}
