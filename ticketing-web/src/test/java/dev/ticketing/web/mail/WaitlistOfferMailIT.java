package dev.ticketing.web.mail;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ticketing.web.support.Api;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import jakarta.mail.Multipart;
import jakarta.mail.internet.MimeMessage;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The waiting list's offer mail through a real SMTP server (the {@link MailTestServer}'s): tickets
 * that come back to a sold-out tier are offered to the next in line, who is mailed at their
 * account's address what is held for them, until when, and where to pay; paying the offer still
 * brings the confirmation mail with the tickets.
 */
@ExtendWith(MailTestServer.class)
class WaitlistOfferMailIT {
  private static final DateTimeFormatter WHEN =
      DateTimeFormatter.ofPattern("EEE d MMM yyyy, HH:mm 'UTC'", Locale.ENGLISH);

  private Api api;

  /** The anonymous hold that sells the test's tier out. */
  private String held;

  @BeforeEach
  void client() {
    api = MailTestServer.api();
  }

  @Test
  void ticketsCancelledOnASoldOutTierAreMailedAsOffersAndAPaidOfferIsMailedItsTicketsToo()
      throws Exception {
    String organiser = api.organiser();
    long concert = soldOutConcert(organiser);
    String ada = address("ada");
    String bob = address("bob");
    String adaToken = api.newCustomer(ada);
    String bobToken = api.newCustomer(bob);
    join(concert, adaToken, 2);
    join(concert, bobToken, 1);

    // The sold-out tier's three tickets come back: two to ada, then one to bob, in line order.
    Api.Reply cancelled = api.call("POST", "api/bookings/" + held + "/cancel", null, null);
    assertThat(cancelled.status()).as(cancelled.toString()).isEqualTo(200);

    List<MimeMessage> adaMails = MailTestServer.awaitMailsTo(ada, 1);
    assertThat(adaMails).as("the offer mail to ada").hasSize(1);
    JsonObject offer = heldBooking(adaToken, concert);
    String id = offer.getString("bookingId");
    MimeMessage mail = adaMails.get(0);
    assertThat(mail.getSubject()).isEqualTo("Tickets held for you: Offer Night");
    assertThat(mail.getFrom()[0].toString()).isEqualTo(MailTestServer.FROM);
    assertThat(mail.getMessageID()).isEqualTo("<waitlist-offer-" + id + "@ticketing>");
    Multipart parts = (Multipart) mail.getContent();
    assertThat(parts.getCount()).as("no tickets attached to an offer").isEqualTo(1);
    String expires =
        OffsetDateTime.parse(offer.getString("expiresAt"))
            .withOffsetSameInstant(ZoneOffset.UTC)
            .format(WHEN);
    assertThat((String) parts.getBodyPart(0).getContent())
        .contains("Offer Night", "List Hall", "Fri 1 Feb 2030, 19:30 UTC")
        .contains("2 × Front Row")
        .contains("Total: EUR 50.00")
        .contains("held for you until " + expires)
        .contains("https://tickets.example/concerts/" + concert + "?pay=" + id)
        .contains("Booking reference: " + id);

    List<MimeMessage> bobMails = MailTestServer.awaitMailsTo(bob, 1);
    assertThat(bobMails).as("the offer mail to bob").hasSize(1);
    String bobOffer = heldBooking(bobToken, concert).getString("bookingId");
    assertThat((String) ((Multipart) bobMails.get(0).getContent()).getBodyPart(0).getContent())
        .contains("1 × Front Row", "Total: EUR 25.00", bobOffer);

    // The organisers' outbox shows the offer mail as such.
    JsonObject kept = outboxMail(organiser, id, "WAITLIST_OFFER");
    assertThat(kept.getString("recipient")).isEqualTo(ada);
    assertThat(kept.getString("subject")).isEqualTo("Tickets held for you: Offer Night");

    // Ada pays her offer: her confirmation comes too, with the tickets, beside the offer mail.
    Api.Reply paid =
        api.call(
            "POST", "api/bookings/" + id + "/payment", adaToken, "{\"card\":\"4242424242424242\"}");
    assertThat(paid.status()).as(paid.toString()).isEqualTo(200);
    adaMails = MailTestServer.awaitMailsTo(ada, 2);
    assertThat(adaMails).hasSize(2);
    MimeMessage confirmation =
        adaMails.stream()
            .filter(m -> subject(m).equals("Your tickets: Offer Night"))
            .findFirst()
            .orElseThrow();
    assertThat(confirmation.getMessageID()).isEqualTo("<booking-" + id + "@ticketing>");
    Multipart confirmed = (Multipart) confirmation.getContent();
    assertThat(confirmed.getBodyPart(1).getFileName()).isEqualTo("tickets.pdf");
    // The sender marks a row sent once the server has taken its mail: a moment after it arrived.
    String sent =
        "SELECT count(*) FROM mail_outbox WHERE booking_id = '"
            + id
            + "' AND kind IN ('CONFIRMATION', 'WAITLIST_OFFER') AND sent_at IS NOT NULL"
            + " AND last_error IS NULL";
    long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
    while (MailTestServer.queryInt(sent) < 2 && System.nanoTime() < deadline) {
      Thread.sleep(100);
    }
    assertThat(MailTestServer.queryInt(sent)).isEqualTo(2);
    assertThat(outboxMail(organiser, id, "CONFIRMATION").getString("body")).contains(id);

    // Sent once each: later rounds of the sender send neither again.
    Thread.sleep(1000);
    assertThat(MailTestServer.mailsTo(ada)).hasSize(2);
    assertThat(MailTestServer.mailsTo(bob)).hasSize(1);
  }

  // ---------------------------------------------------------------------------------------------

  /** Offer Night, its one tier (Front Row, 3 at EUR 25.00) all held by one anonymous booking. */
  private long soldOutConcert(String organiser) {
    Api.Reply created =
        api.call(
            "POST",
            "api/admin/concerts",
            organiser,
            "{\"name\":\"Offer Night\",\"venue\":\"List Hall\","
                + "\"startsAt\":\"2030-02-01T19:30:00Z\"}");
    assertThat(created.status()).as(created.toString()).isEqualTo(201);
    long concert = created.json().getJsonNumber("id").longValue();
    Api.Reply tier =
        api.call(
            "POST",
            "api/admin/concerts/" + concert + "/tiers",
            organiser,
            "{\"code\":\"FRONT\",\"displayName\":\"Front Row\",\"price\":2500,"
                + "\"currency\":\"EUR\",\"capacity\":3}");
    assertThat(tier.status()).as(tier.toString()).isEqualTo(201);
    Api.Reply published =
        api.call("POST", "api/admin/concerts/" + concert + "/publish", organiser, null);
    assertThat(published.status()).as(published.toString()).isEqualTo(200);
    Api.Reply hold =
        api.call(
            "POST",
            "api/bookings",
            null,
            "{\"concertId\":" + concert + ",\"items\":[{\"tier\":\"FRONT\",\"quantity\":3}]}");
    assertThat(hold.status()).as(hold.toString()).isEqualTo(201);
    held = hold.json().getString("bookingId");
    return concert;
  }

  private void join(long concert, String token, int quantity) {
    Api.Reply joined =
        api.call(
            "POST",
            "api/concerts/" + concert + "/waitlist",
            token,
            "{\"tier\":\"FRONT\",\"quantity\":" + quantity + ",\"acceptFewer\":false}");
    assertThat(joined.status()).as(joined.toString()).isEqualTo(201);
  }

  private JsonObject heldBooking(String token, long concert) {
    Api.Reply reply = api.call("GET", "api/bookings", token, null);
    assertThat(reply.status()).as(reply.toString()).isEqualTo(200);
    List<JsonObject> held =
        reply.jsonArray().stream()
            .map(JsonValue::asJsonObject)
            .filter(b -> b.getString("status").equals("HELD"))
            .filter(b -> b.getJsonNumber("concertId").longValue() == concert)
            .toList();
    assertThat(held).as("the account's offer").hasSize(1);
    return held.get(0);
  }

  /** The outbox's mail of this kind of the booking, as organisers read it, once it went. */
  private JsonObject outboxMail(String organiser, String booking, String kind)
      throws InterruptedException {
    long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
    while (true) {
      Api.Reply outbox = api.call("GET", "api/admin/mail-outbox?limit=200", organiser, null);
      assertThat(outbox.status()).as(outbox.toString()).isEqualTo(200);
      List<JsonObject> found =
          outbox.jsonArray().stream()
              .map(JsonValue::asJsonObject)
              .filter(m -> m.getString("bookingId").equals(booking))
              .filter(m -> m.getString("kind").equals(kind))
              .toList();
      assertThat(found).hasSizeLessThanOrEqualTo(1);
      if (!found.isEmpty() && found.get(0).containsKey("sentAt")) {
        return found.get(0);
      }
      assertThat(System.nanoTime())
          .as("the " + kind + " mail, sent, within 10 s")
          .isLessThan(deadline);
      Thread.sleep(100);
    }
  }

  private static String subject(MimeMessage mail) {
    try {
      return mail.getSubject();
    } catch (jakarta.mail.MessagingException e) {
      throw new IllegalStateException(e);
    }
  }

  private static String address(String who) {
    return who + "-" + UUID.randomUUID().toString().substring(0, 8) + "@example.com";
  }
}
