package dev.ticketing.web;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ticketing.web.support.Api;
import dev.ticketing.web.support.TestDatabase;
import dev.ticketing.web.support.TicketingServer;
import jakarta.json.JsonObject;
import java.io.ByteArrayInputStream;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;

/**
 * Hundreds of malformed and edge-case requests, from a corpus of known-hostile inputs plus seeded
 * random mutations of valid bodies. None may book anything (no generated tier exists, no generated
 * body is valid), so every answer must be a 4xx problem+json and the database must be exactly as
 * before.
 */
@TicketingServer
class HostileInputIT {
  static final int GENERATED = 400;

  /** One request to send: method, path, content type (null for none) and body (null for none). */
  record Attack(
      String method,
      String path,
      String contentType,
      byte[] body,
      boolean chunked,
      boolean refusedBeforeTheApplication) {
    Attack(String method, String path, String contentType, byte[] body, boolean chunked) {
      this(method, path, contentType, body, chunked, false);
    }

    static Attack json(String path, String body) {
      return new Attack("POST", path, "application/json", utf8(body), false);
    }

    @Override
    public String toString() {
      String text = body == null ? "" : new String(body, StandardCharsets.UTF_8);
      return method
          + " "
          + path
          + " ["
          + contentType
          + "] "
          + (text.length() > 120 ? text.substring(0, 120) + "..." : text);
    }
  }

  static byte[] utf8(String text) {
    return text.getBytes(StandardCharsets.UTF_8);
  }

  /** Inputs that broke or fooled JSON APIs before. */
  static List<Attack> corpus() {
    List<Attack> attacks = new ArrayList<>();
    String[] bodies = {
      "",
      " ",
      "{",
      "}",
      "[",
      "]",
      "{}",
      "[]",
      "null",
      "true",
      "0",
      "\"VIP\"",
      "{\"tier\":}",
      "{\"tier\":\"VIP\",\"quantity\":1,}",
      "{'tier':'VIP','quantity':1}",
      "{\"tier\":\"VIP\" \"quantity\":1}",
      "{\"tier\":\"VIP\",\"quantity\":1",
      "{\"tier\":\"VIP\",\"quantity\":01}",
      "{\"tier\":\"VIP\",\"quantity\":1e2}",
      "{\"tier\":\"VIP\",\"quantity\":1.0000000001}",
      "{\"tier\":\"VIP\",\"quantity\":-0.5}",
      "{\"tier\":\"VIP\",\"quantity\":NaN}",
      "{\"tier\":\"VIP\",\"quantity\":Infinity}",
      "{\"tier\":\"VIP\",\"quantity\":0x10}",
      "{\"tier\":\"VIP\",\"quantity\":99999999999999999999999999}",
      "{\"tier\":\"VIP\",\"quantity\":-99999999999999999999}",
      "{\"tier\":\"VIP\",\"quantity\":true}",
      "{\"tier\":\"VIP\",\"quantity\":{}}",
      "{\"tier\":\"VIP\",\"quantity\":[]}",
      "{\"tier\":null,\"quantity\":1}",
      "{\"tier\":[\"VIP\"],\"quantity\":1}",
      "{\"tier\":{\"code\":\"VIP\"},\"quantity\":1}",
      "{\"tier\":\"VIP\\u0000\",\"quantity\":1}",
      "{\"tier\":\"' OR 1=1 --\",\"quantity\":1}",
      "{\"tier\":\"VIP'; DROP TABLE ticket; --\",\"quantity\":1}",
      "{\"tier\":\"<script>alert(1)</script>\",\"quantity\":1}",
      "{\"tier\":\"\\ud800\",\"quantity\":1}",
      "{\"tier\":\"VIP\",\"quantity\":0}",
      "{\"tier\":\"VIP\",\"quantity\":-1}",
      "{\"tier\":\"VIP\",\"quantity\":11}",
      "{\"tier\":\"VIP\",\"quantity\":2147483647}",
      "{\"tier\":\"VIP\",\"quantity\":-2147483648}",
      "{\"tier\":\"VIP\",\"quantity\":2147483648}",
      "{\"tier\":\"VIP\",\"quantity\":1,\"userId\":\"\"}",
      "{\"tier\":\"VIP\",\"quantity\":1,\"userId\":5}",
      "{\"tier\":\"VIP\",\"quantity\":1,\"userId\":\"" + "u".repeat(201) + "\"}",
      "{\"items\":null}",
      "{\"items\":{}}",
      "{\"items\":[null]}",
      "{\"items\":[[]]}",
      "{\"items\":[{}]}",
      "{\"items\":[{\"tier\":\"GA\",\"quantity\":0}]}",
      "{\"items\":\"GA\"}",
      "{\"concertId\":0,\"items\":[{\"tier\":\"GA\",\"quantity\":1}]}",
      "{\"concertId\":-1,\"items\":[{\"tier\":\"GA\",\"quantity\":1}]}",
      "{\"concertId\":\"1\",\"items\":[{\"tier\":\"GA\",\"quantity\":1}]}",
      "{\"concertId\":9223372036854775808,\"items\":[{\"tier\":\"GA\",\"quantity\":1}]}",
      "{\"concertId\":999999999,\"items\":[{\"tier\":\"GA\",\"quantity\":1}]}",
      "{\"items\":[{\"tier\":\"GA\",\"quantity\":1},{\"tier\":\"GA\",\"quantity\":1}]}",
      "{\"items\":[{\"tier\":\"GA\",\"quantity\":1}"
          + ",{\"tier\":\"VIP\",\"quantity\":1}".repeat(30)
          + "]}",
      "[".repeat(5_000) + "]".repeat(5_000),
      "{\"a\":".repeat(3_000) + "1" + "}".repeat(3_000),
      "{\"tier\":\"VIP\",\"quantity\":1,\"x\":" + "[".repeat(2_000) + "]".repeat(2_000) + "}",
      "{\"tier\":\"VIP\",\"tier\":\"GA\",\"quantity\":1,\"quantity\":20}",
    };
    for (String body : bodies) {
      attacks.add(Attack.json("api/book", body));
      attacks.add(Attack.json("api/bookings", body));
    }
    // Bytes that are not UTF-8, and a body far over the limit, declared and chunked.
    attacks.add(
        new Attack(
            "POST",
            "api/book",
            "application/json",
            new byte[] {(byte) 0xff, (byte) 0xfe, '{', '}'},
            false));
    attacks.add(
        new Attack(
            "POST",
            "api/book",
            "application/json",
            new byte[] {'{', '"', 't', '"', ':', '"', (byte) 0xc3, '"', '}'},
            false));
    byte[] huge = utf8("{\"tier\":\"" + "A".repeat(200_000) + "\",\"quantity\":1}");
    attacks.add(new Attack("POST", "api/book", "application/json", huge, false));
    attacks.add(new Attack("POST", "api/bookings", "application/json", huge, true));
    // Media types and methods.
    for (String type :
        new String[] {
          "text/plain",
          "application/xml",
          "application/x-www-form-urlencoded",
          "multipart/form-data; boundary=x",
          "application/json-patch+json",
          "*/*"
        }) {
      attacks.add(
          new Attack("POST", "api/book", type, utf8("{\"tier\":\"ZZ\",\"quantity\":1}"), false));
    }
    attacks.add(
        new Attack("POST", "api/book", null, utf8("{\"tier\":\"ZZ\",\"quantity\":1}"), false));
    for (String method : new String[] {"PUT", "PATCH", "DELETE"}) {
      // (A DELETE with a body is refused by the HTTP layer itself, with an empty 400.)
      byte[] body = method.equals("DELETE") ? null : utf8("{}");
      attacks.add(
          new Attack(method, "api/book", body == null ? null : "application/json", body, false));
      attacks.add(
          new Attack(
              method, "api/bookings", body == null ? null : "application/json", body, false));
      attacks.add(new Attack(method, "api/tickets", null, null, false));
    }
    attacks.add(new Attack("POST", "api/tickets", "application/json", utf8("{}"), false));
    // Paths that the HTTP layer refuses itself, before the application, with an empty 400.
    for (String path : new String[] {"api/bookings/%00", "api/%00"}) {
      attacks.add(new Attack("GET", path, null, null, false, true));
    }
    // Paths.
    for (String path :
        new String[] {
          "api/bookings/x",
          "api/bookings/00000000-0000-0000-0000-000000000000",
          "api/bookings/" + "9".repeat(500),
          "api/concerts/abc",
          "api/concerts/-1",
          "api/concerts/99999999999999999999",
          "api/book/extra",
          "api/nope",
          "api/tickets/1/2",
          "api/concerts/1%20OR%201=1"
        }) {
      attacks.add(new Attack("GET", path, null, null, false));
    }
    return attacks;
  }

  /** Random mutations of valid bodies: wrong types, invalid quantities, tiers that do not exist. */
  static List<Attack> generated(Random random, int count) {
    List<Supplier<String>> values =
        List.of(
            () -> "null",
            () -> "true",
            () -> Integer.toString(-random.nextInt(1000)),
            () -> Integer.toString(11 + random.nextInt(1_000_000)),
            () -> (random.nextInt(100) + random.nextDouble()) + "",
            () -> Long.toString(Long.MAX_VALUE - random.nextInt(1000)),
            () -> "\"" + random.nextInt(10) + "\"",
            () -> "[" + random.nextInt(10) + "]",
            () -> "{\"n\":" + random.nextInt(10) + "}",
            () -> "0");
    List<Supplier<String>> tiers =
        List.of(
            () -> "\"ZZ_" + Integer.toHexString(random.nextInt()) + "\"",
            () -> "\"vip\"",
            () -> "\" VIP\"",
            () -> "\"GA \"",
            () -> "\"" + "X".repeat(1 + random.nextInt(300)) + "\"",
            () -> "\"\\u00e9t\\u00e9\"",
            () -> "\"\"",
            () -> "null",
            () -> Integer.toString(random.nextInt(100)),
            () -> "[\"GA\"]");
    List<Attack> attacks = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      String tier = tiers.get(random.nextInt(tiers.size())).get();
      boolean badQuantity = tier.startsWith("\"ZZ_") || random.nextBoolean();
      String quantity =
          badQuantity
              ? values.get(random.nextInt(values.size())).get()
              : Integer.toString(1 + random.nextInt(10));
      String body;
      String path;
      if (random.nextBoolean()) {
        path = "api/book";
        body = "{\"tier\":" + tier + ",\"quantity\":" + quantity + "}";
      } else {
        path = "api/bookings";
        body = "{\"items\":[{\"tier\":" + tier + ",\"quantity\":" + quantity + "}]}";
      }
      switch (random.nextInt(6)) {
        case 0 -> body = body.substring(0, random.nextInt(body.length())); // truncated
        case 1 -> body = body.replace(':', random.nextBoolean() ? '=' : ' '); // not JSON
        default -> {}
      }
      attacks.add(Attack.json(path, body));
    }
    return attacks;
  }

  /** Payments and cancellations that must change nothing: of a held booking, or of none. */
  static List<Attack> lifecycle(String heldId) {
    List<Attack> attacks = new ArrayList<>();
    String payment = "api/bookings/" + heldId + "/payment";
    for (String body :
        new String[] {
          "",
          "{}",
          "null",
          "[]",
          "{\"card\":null}",
          "{\"card\":4242424242424242}",
          "{\"card\":[\"4242424242424242\"]}",
          "{\"card\":{\"number\":\"4242424242424242\"}}",
          "{\"card\":\" \"}",
          "{\"card\":\"4242424242424241\"}",
          "{\"card\":\"４２４２４２４２４２４２４２４２\"}",
          "{\"card\":\"4242424242424242\\u0000\"}",
          "{\"card\":\"42424242424242424242424\"}",
          "{\"card\":\"" + "4".repeat(5_000) + "\"}",
          "{\"card\":\"4000000000000002\"}",
          "{\"card\":\"4000000000009995\"}",
          "{\"card\":\"5555555555554444\"}",
          "{\"card\":\"4242424242424242\"",
        }) {
      attacks.add(Attack.json(payment, body));
      attacks.add(Attack.json("api/bookings/00000000-0000-4000-8000-000000000000/payment", body));
    }
    attacks.add(
        new Attack("POST", payment, "text/plain", utf8("{\"card\":\"4242424242424242\"}"), false));
    for (String method : new String[] {"GET", "PUT", "DELETE"}) {
      attacks.add(new Attack(method, payment, null, null, false));
      attacks.add(new Attack(method, "api/bookings/" + heldId + "/cancel", null, null, false));
    }
    for (String id : new String[] {"x", "00000000-0000-4000-8000-000000000000", "9".repeat(500)}) {
      attacks.add(new Attack("POST", "api/bookings/" + id + "/cancel", null, null, false));
    }
    return attacks;
  }

  @Test
  void hostileRequestsGetOnly4xxProblemsAndChangeNothing(Api api) {
    Api.Reply held = api.postJson("api/bookings", "{\"items\":[{\"tier\":\"GA\",\"quantity\":1}]}");
    assertThat(held.status()).as(held.toString()).isEqualTo(201);
    var whatStays = TestDatabase.snapshotOfWhatStays(Duration.ofMinutes(5));
    List<String> before = whatStays.get();
    List<Attack> attacks = new ArrayList<>(corpus());
    attacks.addAll(lifecycle(held.json().getString("bookingId")));
    attacks.addAll(generated(new Random(20261125), GENERATED));

    for (Attack attack : attacks) {
      HttpRequest.Builder request = HttpRequest.newBuilder(api.uri(attack.path()));
      if (attack.contentType() != null) {
        request.header("Content-Type", attack.contentType());
      }
      HttpRequest.BodyPublisher body =
          attack.body() == null
              ? HttpRequest.BodyPublishers.noBody()
              : attack.chunked()
                  ? HttpRequest.BodyPublishers.ofInputStream(
                      () -> new ByteArrayInputStream(attack.body()))
                  : HttpRequest.BodyPublishers.ofByteArray(attack.body());
      request.method(attack.method(), body);
      Api.Reply reply = api.send(request);

      assertThat(reply.status()).as("%s -> %s", attack, reply).isBetween(400, 499);
      if (attack.refusedBeforeTheApplication() && reply.contentType() == null) {
        continue;
      }
      assertThat(reply.contentType()).as("%s", attack).startsWith("application/problem+json");
      JsonObject problem = reply.json();
      assertThat(problem.getInt("status")).as("%s", attack).isEqualTo(reply.status());
      assertThat(problem.getString("type")).isNotBlank();
      assertThat(problem.getString("title")).isNotBlank();
      assertThat(problem.getString("detail")).isNotBlank();
      assertThat(reply.body())
          .as("%s", attack)
          .doesNotContain("Exception")
          .doesNotContain("at org.")
          .doesNotContain("at java.");
    }
    System.out.println(
        "[it] hostile requests sent: " + attacks.size() + " (" + GENERATED + " generated)");
    assertThat(whatStays.get()).as("stock and bookings after the attack").isEqualTo(before);
    TestDatabase.assertInvariants();
  }
}
