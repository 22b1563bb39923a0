package dev.ticketing.web.eticket;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ticketing.web.support.Api;
import dev.ticketing.web.support.TestDatabase;
import dev.ticketing.web.support.TestDatabase.Fixture;
import dev.ticketing.web.support.TicketingServer;
import jakarta.json.JsonObject;
import java.nio.ByteBuffer;
import java.security.KeyFactory;
import java.security.PublicKey;
import java.security.Signature;
import java.security.spec.InvalidKeySpecException;
import java.security.spec.PKCS8EncodedKeySpec;
import java.security.spec.X509EncodedKeySpec;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.Arrays;
import java.util.Base64;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The signed code of each ticket: issued when a booking is confirmed, verifiable with nothing but
 * the JDK and the concert's public key, unique and random, stable, and revoked by a cancellation.
 */
@TicketingServer
class ETicketIT {
  static final String APPROVED = "4242424242424242";

  // Set before each test by @TicketingServer.
  private Api api;

  /** Holds {@code quantity} of each tier and pays: the booking's id. */
  static String confirmed(Api api, Fixture f, Map<String, Integer> quantities) {
    StringBuilder items = new StringBuilder();
    quantities.forEach(
        (tier, quantity) ->
            items
                .append(items.length() == 0 ? "" : ",")
                .append("{\"tier\":\"")
                .append(tier)
                .append("\",\"quantity\":")
                .append(quantity)
                .append('}'));
    Api.Reply held =
        api.postJson(
            "api/bookings", "{\"concertId\":" + f.concertId() + ",\"items\":[" + items + "]}");
    assertThat(held.status()).as(held.toString()).isEqualTo(201);
    String id = held.json().getString("bookingId");
    Api.Reply paid =
        api.postJson("api/bookings/" + id + "/payment", "{\"card\":\"" + APPROVED + "\"}");
    assertThat(paid.status()).as(paid.toString()).isEqualTo(200);
    return id;
  }

  /** The codes of a booking as {@code GET /api/bookings/{id}} lists them, by ticket id. */
  static Map<Long, JsonObject> tickets(Api api, String bookingId) {
    Api.Reply reply = api.get("api/bookings/" + bookingId);
    assertThat(reply.status()).as(reply.toString()).isEqualTo(200);
    Map<Long, JsonObject> tickets = new LinkedHashMap<>();
    if (reply.json().containsKey("tickets")) {
      reply.json().getJsonArray("tickets").stream()
          .map(JsonObject.class::cast)
          .forEach(t -> tickets.put(t.getJsonNumber("ticketId").longValue(), t));
    }
    return tickets;
  }

  @Test
  void aConfirmedBookingListsOneSignedCodePerTicketThatTheConcertsPublicKeyVerifies()
      throws Exception {
    Fixture f = TestDatabase.concert("Codes", Map.of("VIP", 5, "GA", 10));
    String id = confirmed(api, f, Map.of("VIP", 2, "GA", 3));

    Map<Long, JsonObject> tickets = tickets(api, id);

    assertThat(tickets).hasSize(5);
    assertThat(tickets.values().stream().filter(t -> t.getString("tier").equals("VIP"))).hasSize(2);
    assertThat(tickets.values().stream().filter(t -> t.getString("tier").equals("GA"))).hasSize(3);
    PublicKey key = publicKey(f.concertId());
    Set<String> secrets = new HashSet<>();
    for (var ticket : tickets.entrySet()) {
      String code = ticket.getValue().getString("code");
      assertThat(code).startsWith("T1.").hasSizeLessThan(160);
      byte[] bytes = Base64.getUrlDecoder().decode(code.substring(3));
      byte[] payload = Arrays.copyOf(bytes, bytes.length - 64);
      byte[] signature = Arrays.copyOfRange(bytes, bytes.length - 64, bytes.length);
      Signature ed = Signature.getInstance("Ed25519");
      ed.initVerify(key);
      ed.update(payload);
      assertThat(ed.verify(signature)).as("signature of %s", code).isTrue();
      // A byte of the payload changed: the signature no longer verifies.
      payload[payload.length - 1] ^= 1;
      ed.initVerify(key);
      ed.update(payload);
      assertThat(ed.verify(signature)).isFalse();
      // The last 16 bytes of the payload are the ticket's random secret, as stored.
      ByteBuffer secret = ByteBuffer.wrap(bytes, bytes.length - 64 - 16, 16);
      String uuid = new java.util.UUID(secret.getLong(), secret.getLong()).toString();
      secrets.add(uuid);
      assertThat(
              TestDatabase.queryInt(
                  "SELECT count(*) FROM e_ticket WHERE id = ? AND secret = ?::uuid"
                      + " AND booking_id = ?::uuid AND concert_id = ? AND revoked_at IS NULL",
                  ticket.getKey(),
                  uuid,
                  id,
                  f.concertId()))
          .isEqualTo(1);
    }
    assertThat(secrets).hasSize(5);
    // Shown again, the codes are the same (Ed25519 signatures are deterministic).
    assertThat(tickets(api, id)).isEqualTo(tickets);
  }

  @Test
  void aHeldBookingHasNoTicketsYetAndTheConcertsPrivateKeyIsStoredOnlySealed() throws Exception {
    Fixture f = TestDatabase.concert("Held", Map.of("VIP", 5));
    Api.Reply held =
        api.postJson(
            "api/bookings",
            "{\"concertId\":" + f.concertId() + ",\"items\":[{\"tier\":\"VIP\",\"quantity\":1}]}");
    String id = held.json().getString("bookingId");
    assertThat(tickets(api, id)).isEmpty();
    assertThat(
            TestDatabase.queryInt("SELECT count(*) FROM e_ticket WHERE booking_id = ?::uuid", id))
        .isZero();

    // The concert's key is made when its first code is shown.
    assertThat(tickets(api, confirmed(api, f, Map.of("VIP", 1)))).hasSize(1);
    try (Connection c = TestDatabase.connect();
        PreparedStatement s =
            c.prepareStatement(
                "SELECT sealed_private_key FROM concert_ticket_key WHERE concert_id = ?")) {
      s.setLong(1, f.concertId());
      ResultSet rs = s.executeQuery();
      assertThat(rs.next()).isTrue();
      byte[] sealed = rs.getBytes(1);
      assertThat(isPrivateKey(sealed)).isFalse();
    }
  }

  @Test
  void cancellingAConfirmedBookingRevokesItsCodes() {
    Fixture f = TestDatabase.concert("Revoke", Map.of("VIP", 5));
    String id = confirmed(api, f, Map.of("VIP", 2));
    assertThat(tickets(api, id)).hasSize(2);

    Api.Reply cancelled = api.post("api/bookings/" + id + "/cancel");

    assertThat(cancelled.status()).as(cancelled.toString()).isEqualTo(200);
    assertThat(tickets(api, id)).isEmpty();
    assertThat(
            TestDatabase.queryInt(
                "SELECT count(*) FROM e_ticket WHERE booking_id = ?::uuid AND revoked_at IS NOT NULL",
                id))
        .isEqualTo(2);
    // The tickets are sold again: new e-tickets with new secrets.
    String again = confirmed(api, f, Map.of("VIP", 5));
    assertThat(tickets(api, again)).hasSize(5);
    assertThat(
            TestDatabase.queryInt(
                "SELECT count(DISTINCT secret) FROM e_ticket e JOIN ticket_tier t ON t.id = e.tier_id"
                    + " WHERE t.concert_id = ?",
                f.concertId()))
        .isEqualTo(7);
  }

  @Test
  void withoutAnSmtpServerTheConfirmationMailWaitsInTheOutboxWhereOrganisersReadIt() {
    Fixture f = TestDatabase.concert("Outbox", Map.of("VIP", 5));
    String customer =
        "mail-" + java.util.UUID.randomUUID().toString().substring(0, 8) + "@example.com";
    String token = api.newCustomer(customer);
    Api.Reply held =
        api.call(
            "POST",
            "api/bookings",
            token,
            "{\"concertId\":" + f.concertId() + ",\"items\":[{\"tier\":\"VIP\",\"quantity\":1}]}");
    String id = held.json().getString("bookingId");
    assertThat(
            api.call(
                    "POST",
                    "api/bookings/" + id + "/payment",
                    token,
                    "{\"card\":\"" + APPROVED + "\"}")
                .status())
        .isEqualTo(200);

    Api.Reply outbox = api.call("GET", "api/admin/mail-outbox?limit=200", api.organiser(), null);

    assertThat(outbox.status()).as(outbox.toString()).isEqualTo(200);
    JsonObject mail =
        outbox.jsonArray().stream()
            .map(JsonObject.class::cast)
            .filter(m -> m.getString("bookingId").equals(id))
            .findFirst()
            .orElseThrow();
    assertThat(mail.getString("recipient")).isEqualTo(customer);
    assertThat(mail.containsKey("sentAt")).isFalse();
    assertThat(mail.getString("subject")).startsWith("Your tickets: Outbox");
    assertThat(mail.getString("body")).contains(id);
    assertThat(api.call("GET", "api/admin/mail-outbox", token, null).status()).isEqualTo(403);
  }

  static PublicKey publicKey(long concertId) throws Exception {
    try (Connection c = TestDatabase.connect();
        PreparedStatement s =
            c.prepareStatement("SELECT public_key FROM concert_ticket_key WHERE concert_id = ?")) {
      s.setLong(1, concertId);
      ResultSet rs = s.executeQuery();
      assertThat(rs.next()).as("the concert has a ticket key").isTrue();
      return KeyFactory.getInstance("Ed25519")
          .generatePublic(new X509EncodedKeySpec(rs.getBytes(1)));
    }
  }

  private static boolean isPrivateKey(byte[] bytes) throws Exception {
    try {
      KeyFactory.getInstance("Ed25519").generatePrivate(new PKCS8EncodedKeySpec(bytes));
      return true;
    } catch (InvalidKeySpecException notOne) {
      return false;
    }
  }

  static List<String> codes(Map<Long, JsonObject> tickets) {
    return tickets.values().stream().map(t -> t.getString("code")).toList();
  }
}
