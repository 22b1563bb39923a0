package dev.ticketing.web.eticket;

import static dev.ticketing.web.eticket.ETicketIT.confirmed;
import static dev.ticketing.web.eticket.ETicketIT.tickets;
import static org.assertj.core.api.Assertions.assertThat;

import dev.ticketing.web.support.Api;
import dev.ticketing.web.support.AtOnce;
import dev.ticketing.web.support.TestDatabase;
import dev.ticketing.web.support.TestDatabase.Fixture;
import dev.ticketing.web.support.TicketingServer;
import jakarta.json.JsonObject;
import java.security.KeyFactory;
import java.security.PublicKey;
import java.security.Signature;
import java.security.spec.X509EncodedKeySpec;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * Check-in at the door through the API: who may, each answer, the nonce, two gates at once, and a
 * gate that goes offline (sync, verify alone, upload, double admissions reported).
 */
@TicketingServer
class CheckInIT {
  // Set before each test by @TicketingServer.
  private Api api;

  private String doorToken() {
    String email = "door-" + UUID.randomUUID().toString().substring(0, 8) + "@example.com";
    Api.Reply created =
        api.call(
            "POST",
            "api/admin/door-accounts",
            api.organiser(),
            "{\"email\":\"" + email + "\",\"password\":\"door-password-1\"}");
    assertThat(created.status()).as(created.toString()).isEqualTo(201);
    assertThat(created.json().getJsonArray("roles").getString(0)).isEqualTo("door");
    return api.token(email, "door-password-1");
  }

  private static String scan(String code, String gate, String nonce, Long concertId) {
    return "{\"code\":\""
        + code
        + "\",\"gate\":\""
        + gate
        + "\",\"nonce\":\""
        + nonce
        + "\""
        + (concertId == null ? "" : ",\"concertId\":" + concertId)
        + "}";
  }

  private JsonObject checkIn(String token, String code, String gate, String nonce, Long concert) {
    Api.Reply reply = api.call("POST", "api/checkin", token, scan(code, gate, nonce, concert));
    assertThat(reply.status()).as(reply.toString()).isEqualTo(200);
    return reply.json();
  }

  private static String nonce() {
    return UUID.randomUUID().toString();
  }

  @Test
  void onlyDoorAccountsAndOrganisersCheckInAndADoorAccountMayDoNothingElse() {
    Fixture f = TestDatabase.concert("Roles", Map.of("VIP", 5));
    String code = ETicketIT.codes(tickets(api, confirmed(api, f, Map.of("VIP", 1)))).get(0);
    String door = doorToken();
    String customer = api.newCustomer("c-" + nonce().substring(0, 8) + "@example.com");
    String body = scan(code, "1", nonce(), f.concertId());

    assertThat(api.call("POST", "api/checkin", null, body).status()).isEqualTo(401);
    assertThat(api.call("POST", "api/checkin", customer, body).status()).isEqualTo(403);
    assertThat(api.call("GET", "api/admin/concerts", door, null).status()).isEqualTo(403);
    assertThat(
            api.call(
                    "POST",
                    "api/admin/door-accounts",
                    door,
                    "{\"email\":\"x-"
                        + nonce()
                        + "@example.com\",\"password\":\"door-password-1\"}")
                .status())
        .isEqualTo(403);
    assertThat(
            api.call("GET", "api/checkin/concerts/" + f.concertId() + "/report", door, null)
                .status())
        .isEqualTo(403);
    assertThat(api.call("GET", "api/bookings", door, null).status()).isEqualTo(403);
    Api.Reply me = api.call("GET", "api/auth/me", door, null);
    assertThat(me.json().getJsonArray("roles").getValuesAs(jakarta.json.JsonString::getString))
        .containsExactly("door");

    assertThat(api.call("POST", "api/checkin", door, body).json().getString("result"))
        .isEqualTo("ADMITTED");
    assertThat(
            api.call("POST", "api/checkin", api.organiser(), scan(code, "2", nonce(), null))
                .json()
                .getString("result"))
        .isEqualTo("ALREADY_ADMITTED");
  }

  @Test
  void eachCodeGetsItsAnswerAndTheSameNonceGetsTheFirstAnswerAgain() {
    Fixture f = TestDatabase.concert("Answers", Map.of("VIP", 5, "GA", 5));
    Fixture other = TestDatabase.concert("Other", Map.of("GA", 5));
    Map<Long, JsonObject> issued = tickets(api, confirmed(api, f, Map.of("VIP", 1, "GA", 1)));
    List<String> codes = ETicketIT.codes(issued);
    // The tiers' order on the ticket list is the concert's (Map.of has none of its own).
    String firstTier = issued.values().iterator().next().getString("tier");
    String cancelled = confirmed(api, f, Map.of("GA", 1));
    String revokedCode = ETicketIT.codes(tickets(api, cancelled)).get(0);
    assertThat(api.post("api/bookings/" + cancelled + "/cancel").status()).isEqualTo(200);
    String otherCode = ETicketIT.codes(tickets(api, confirmed(api, other, Map.of("GA", 1)))).get(0);
    String door = doorToken();
    long concert = f.concertId();

    String firstNonce = nonce();
    JsonObject first = checkIn(door, codes.get(0), "3", firstNonce, concert);
    assertThat(first.getString("result")).isEqualTo("ADMITTED");
    assertThat(first.getString("tier")).isEqualTo(firstTier);
    assertThat(first.getString("firstGate")).isEqualTo("3");
    assertThat(first.getString("firstAdmittedAt")).isNotBlank();

    JsonObject second = checkIn(door, codes.get(0), "5", nonce(), concert);
    assertThat(second.getString("result")).isEqualTo("ALREADY_ADMITTED");
    assertThat(second.getString("firstGate")).isEqualTo("3");
    assertThat(second.getString("firstAdmittedAt")).isEqualTo(first.getString("firstAdmittedAt"));

    assertThat(checkIn(door, codes.get(0), "3", firstNonce, concert)).isEqualTo(first);
    Api.Reply reused =
        api.call("POST", "api/checkin", door, scan(codes.get(1), "3", firstNonce, concert));
    assertThat(reused.status()).as(reused.toString()).isEqualTo(409);
    assertThat(reused.json().getString("type")).isEqualTo("urn:ticketing:problem:nonce-reused");

    assertThat(checkIn(door, revokedCode, "3", nonce(), concert).getString("result"))
        .isEqualTo("REVOKED");
    assertThat(checkIn(door, otherCode, "3", nonce(), concert).getString("result"))
        .isEqualTo("WRONG_CONCERT");
    assertThat(checkIn(door, "hello", "3", nonce(), concert).getString("result"))
        .isEqualTo("NOT_A_TICKET");
    // A valid code with one character changed in its signature: not a ticket.
    String code = codes.get(1);
    char last = code.charAt(code.length() - 2);
    String altered =
        code.substring(0, code.length() - 2)
            + (last == 'A' ? 'B' : 'A')
            + code.charAt(code.length() - 1);
    assertThat(checkIn(door, altered, "3", nonce(), concert).getString("result"))
        .isEqualTo("NOT_A_TICKET");
    assertThat(checkIn(door, code, "3", nonce(), concert).getString("result"))
        .isEqualTo("ADMITTED");
    assertThat(
            api.call("POST", "api/checkin", door, "{\"code\":\"x\",\"nonce\":\"" + nonce() + "\"}")
                .status())
        .isEqualTo(400);

    JsonObject report =
        api.call("GET", "api/checkin/concerts/" + concert + "/report", api.organiser(), null)
            .json();
    assertThat(report.getJsonArray("tiers").getJsonObject(0).getInt("admitted")).isEqualTo(1);
    assertThat(report.getJsonArray("tiers").getJsonObject(1).getInt("admitted")).isEqualTo(1);
    assertThat(report.getJsonArray("tiers").getJsonObject(1).getInt("valid")).isEqualTo(1);
  }

  @Test
  void gatesScanningTheSameTicketAtTheSameInstantAdmitItExactlyOnce() throws Exception {
    Fixture f = TestDatabase.concert("Race", Map.of("GA", 5));
    String code = ETicketIT.codes(tickets(api, confirmed(api, f, Map.of("GA", 1)))).get(0);
    String door = doorToken();
    int gates = 16;

    List<Api.Reply> replies =
        AtOnce.send(
            gates,
            i ->
                api.call(
                    "POST", "api/checkin", door, scan(code, "gate-" + i, nonce(), f.concertId())));

    List<String> results = new ArrayList<>();
    for (Api.Reply reply : replies) {
      assertThat(reply.status()).as(reply.toString()).isEqualTo(200);
      results.add(reply.json().getString("result"));
    }
    assertThat(results.stream().filter("ADMITTED"::equals)).hasSize(1);
    assertThat(results.stream().filter("ALREADY_ADMITTED"::equals)).hasSize(gates - 1);
    String firstGate = replies.get(results.indexOf("ADMITTED")).json().getString("firstGate");
    replies.forEach(r -> assertThat(r.json().getString("firstGate")).isEqualTo(firstGate));
    assertThat(
            TestDatabase.queryInt(
                "SELECT count(*) FROM admission WHERE concert_id = ?", f.concertId()))
        .isEqualTo(1);
    assertThat(
            TestDatabase.queryInt(
                "SELECT count(*) FROM checkin_scan WHERE concert_id = ? AND result = 'ADMITTED'",
                f.concertId()))
        .isEqualTo(1);
    assertThat(
            TestDatabase.queryInt(
                "SELECT count(*) FROM checkin_scan WHERE concert_id = ?", f.concertId()))
        .isEqualTo(gates);
  }

  @Test
  void anOfflineGateVerifiesWithTheSyncedKeyAndItsDoubleAdmissionsAreReported() throws Exception {
    Fixture f = TestDatabase.concert("Offline", Map.of("VIP", 5));
    List<String> codes = ETicketIT.codes(tickets(api, confirmed(api, f, Map.of("VIP", 3))));
    String cancelled = confirmed(api, f, Map.of("VIP", 1));
    String revokedCode = ETicketIT.codes(tickets(api, cancelled)).get(0);
    String door = doorToken();
    String sync = "api/checkin/concerts/" + f.concertId() + "/sync";

    // Online, the gate syncs; ticket 0 is let in at gate 1.
    checkIn(door, codes.get(0), "1", nonce(), f.concertId());
    JsonObject full = api.call("GET", sync, door, null).json();
    assertThat(full.getJsonArray("admitted")).hasSize(1);
    assertThat(full.getJsonArray("revoked")).isEmpty();
    PublicKey key =
        KeyFactory.getInstance("Ed25519")
            .generatePublic(
                new X509EncodedKeySpec(
                    Base64.getDecoder().decode(full.getJsonObject("publicKey").getString("spki"))));
    String cursor = full.getString("cursor");

    // Changes after the cursor: a revocation and an admission at another gate.
    assertThat(api.post("api/bookings/" + cancelled + "/cancel").status()).isEqualTo(200);
    checkIn(door, codes.get(1), "2", nonce(), f.concertId());
    JsonObject since = api.call("GET", sync + "?since=" + cursor, door, null).json();
    assertThat(since.getJsonArray("revoked")).hasSize(1);
    assertThat(since.getJsonArray("admitted").getValuesAs(JsonObject.class))
        .extracting(a -> a.getString("gate"))
        .contains("2")
        .doesNotContain("1");

    // Offline, the gate verifies every code with the key alone.
    for (String code : codes) {
      assertThat(verifies(key, code)).isTrue();
    }
    assertThat(verifies(key, revokedCode)).isTrue(); // signed: the sync says it is revoked
    String altered =
        codes.get(2).substring(0, 10)
            + (codes.get(2).charAt(10) == 'A' ? 'B' : 'A')
            + codes.get(2).substring(11);
    assertThat(verifies(key, altered)).isFalse();

    // Offline at gate 4 it let in ticket 2 (new) and ticket 0 (it did not know gate 1 had).
    String upload =
        "{\"scans\":["
            + offline(codes.get(2), "4", "n-" + nonce(), "2027-06-01T19:04:00Z", true)
            + ","
            + offline(codes.get(0), "4", "n-" + nonce(), "2027-06-01T19:05:00Z", true)
            + "]}";
    Api.Reply uploaded =
        api.call("POST", "api/checkin/concerts/" + f.concertId() + "/scans", door, upload);
    assertThat(uploaded.status()).as(uploaded.toString()).isEqualTo(200);
    assertThat(uploaded.json().getInt("doubleAdmissions")).isEqualTo(1);
    List<JsonObject> results =
        uploaded.json().getJsonArray("results").getValuesAs(JsonObject.class);
    assertThat(results.get(0).getJsonObject("answer").getString("result")).isEqualTo("ADMITTED");
    assertThat(results.get(0).getJsonObject("answer").getString("firstAdmittedAt"))
        .startsWith("2027-06-01T19:04");
    assertThat(results.get(1).getJsonObject("answer").getString("result"))
        .isEqualTo("ALREADY_ADMITTED");

    // The same upload again (the gate did not get the answer): nothing is recorded twice.
    Api.Reply again =
        api.call("POST", "api/checkin/concerts/" + f.concertId() + "/scans", door, upload);
    assertThat(again.json().getJsonArray("results"))
        .isEqualTo(uploaded.json().getJsonArray("results"));

    JsonObject report =
        api.call("GET", "api/checkin/concerts/" + f.concertId() + "/report", api.organiser(), null)
            .json();
    assertThat(report.getJsonArray("doubleAdmissions")).hasSize(1);
    JsonObject twice = report.getJsonArray("doubleAdmissions").getJsonObject(0);
    assertThat(twice.getString("gate")).isEqualTo("4");
    assertThat(twice.getString("firstGate")).isEqualTo("1");
    assertThat(report.getJsonArray("tiers").getJsonObject(0).getInt("admitted")).isEqualTo(3);
    assertThat(
            TestDatabase.queryInt(
                "SELECT count(*) FROM double_admission WHERE concert_id = ?", f.concertId()))
        .isEqualTo(1);
    assertThat(
            TestDatabase.queryInt(
                "SELECT count(*) FROM admission WHERE concert_id = ?", f.concertId()))
        .isEqualTo(3);
  }

  @Test
  void theSameOfflineUploadSentSeveralTimesAtOnceRecordsEachScanAndReportsTheDoubleAdmissionOnce()
      throws Exception {
    Fixture f = TestDatabase.concert("Upload race", Map.of("GA", 5));
    String code = ETicketIT.codes(tickets(api, confirmed(api, f, Map.of("GA", 1)))).get(0);
    String door = doorToken();
    checkIn(door, code, "1", nonce(), f.concertId());
    String upload =
        "{\"scans\":[" + offline(code, "9", "n-" + nonce(), "2027-06-01T19:04:00Z", true) + "]}";

    List<Api.Reply> replies =
        AtOnce.send(
            8,
            i ->
                api.call("POST", "api/checkin/concerts/" + f.concertId() + "/scans", door, upload));

    for (Api.Reply reply : replies) {
      assertThat(reply.status()).as(reply.toString()).isEqualTo(200);
      assertThat(
              reply
                  .json()
                  .getJsonArray("results")
                  .getJsonObject(0)
                  .getJsonObject("answer")
                  .getString("result"))
          .isEqualTo("ALREADY_ADMITTED");
    }
    assertThat(
            TestDatabase.queryInt(
                "SELECT count(*) FROM double_admission WHERE concert_id = ?", f.concertId()))
        .isEqualTo(1);
    assertThat(
            TestDatabase.queryInt(
                "SELECT count(*) FROM checkin_scan WHERE concert_id = ?", f.concertId()))
        .isEqualTo(2);
  }

  private static String offline(
      String code, String gate, String nonce, String at, boolean admitted) {
    return "{\"code\":\""
        + code
        + "\",\"gate\":\""
        + gate
        + "\",\"nonce\":\""
        + nonce
        + "\",\"scannedAt\":\""
        + at
        + "\",\"admitted\":"
        + admitted
        + "}";
  }

  /** What an offline gate checks: the code's signature, with the synced key. */
  private static boolean verifies(PublicKey key, String code) throws Exception {
    byte[] bytes;
    try {
      bytes = Base64.getUrlDecoder().decode(code.substring(3));
    } catch (IllegalArgumentException notBase64) {
      return false;
    }
    Signature ed = Signature.getInstance("Ed25519");
    ed.initVerify(key);
    ed.update(Arrays.copyOf(bytes, bytes.length - 64));
    return ed.verify(Arrays.copyOfRange(bytes, bytes.length - 64, bytes.length));
  }
}
