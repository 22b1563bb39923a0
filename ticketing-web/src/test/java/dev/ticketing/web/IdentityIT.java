package dev.ticketing.web;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ticketing.web.support.Api;
import dev.ticketing.web.support.AtOnce;
import dev.ticketing.web.support.TestDatabase;
import dev.ticketing.web.support.TicketingServer;
import java.net.http.HttpRequest;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * Identity under attack, as clients meet it: logins and registrations limited per client (the
 * client's address, as the trusted proxy in front tells it), guesses counted before the password is
 * hashed, an owner not locked out by a stranger's guesses, the headers every answer carries, and
 * anonymous idempotency keys long enough not to be guessed.
 *
 * <p>The tests' servers trust the loopback address as a proxy ({@code
 * TICKETING_HTTP_TRUSTED_PROXIES} in the failsafe configuration), so each test plays clients of its
 * own addresses with {@code X-Forwarded-For}, as HAProxy sends it.
 */
@TicketingServer
class IdentityIT {
  private static final String PASSWORD = "customer-password-1";

  // Set before each test by @TicketingServer.
  private Api api;

  private Api.Reply logInFrom(String forwardedFor, String email, String password) {
    return send("api/auth/token", forwardedFor, credentials(email, password));
  }

  private Api.Reply registerFrom(String forwardedFor, String email) {
    return send("api/auth/register", forwardedFor, credentials(email, PASSWORD));
  }

  private Api.Reply send(String path, String forwardedFor, String json) {
    return api.send(
        HttpRequest.newBuilder(api.uri(path))
            .header("Content-Type", "application/json")
            .header("X-Forwarded-For", forwardedFor)
            .POST(HttpRequest.BodyPublishers.ofString(json)));
  }

  private static String credentials(String email, String password) {
    return "{\"email\":\"" + email + "\",\"password\":\"" + password + "\"}";
  }

  private static String newEmail(String who) {
    return who + "-" + UUID.randomUUID().toString().substring(0, 8) + "@it.example";
  }

  private static void assertThrottled(Api.Reply reply) {
    assertThat(reply.status()).as(reply.toString()).isEqualTo(429);
    assertThat(reply.header("Retry-After")).as(reply.toString()).matches("[1-9][0-9]*");
    assertThat(reply.contentType()).startsWith("application/problem+json");
  }

  // Point 5 -------------------------------------------------------------------------------------

  @Test
  void behindTheProxyEachClientAddressHasItsOwnLoginLimitAndAForgedForwardedForChangesNothing() {
    String owner = newEmail("owner");
    assertThat(registerFrom("203.0.113.8", owner).status()).isEqualTo(201);

    // One client's typos (the per-address bound: 20) ...
    for (int i = 0; i < 20; i++) {
      Api.Reply wrong = logInFrom("203.0.113.7", newEmail("typo"), "wrong password");
      assertThat(wrong.status()).as(wrong.toString()).isEqualTo(401);
    }
    assertThrottled(logInFrom("203.0.113.7", newEmail("typo"), "wrong password"));
    // ... whatever it writes to the left of what the proxy appended ...
    assertThrottled(logInFrom("198.51.100.99, 203.0.113.7", newEmail("typo"), "wrong password"));
    // ... refuse nobody else's logins.
    Api.Reply other = logInFrom("203.0.113.8", owner, PASSWORD);
    assertThat(other.status()).as(other.toString()).isEqualTo(200);
  }

  // Point 6 -------------------------------------------------------------------------------------

  @Test
  void aStrangersWrongGuessesDoNotLockTheOwnerOut() {
    String owner = newEmail("owner");
    assertThat(registerFrom("192.0.2.10", owner).status()).isEqualTo(201);
    for (int i = 0; i < 5; i++) {
      Api.Reply wrong = logInFrom("192.0.2.66", owner, "wrong password");
      assertThat(wrong.status()).as(wrong.toString()).isEqualTo(401);
    }
    assertThrottled(logInFrom("192.0.2.66", owner, PASSWORD));

    Api.Reply ownLogin = logInFrom("192.0.2.10", owner, PASSWORD);
    assertThat(ownLogin.status()).as(ownLogin.toString()).isEqualTo(200);
  }

  @Test
  void threeHundredParallelGuessesFromOneAddressReachThePasswordCheckFiveTimes() throws Exception {
    String owner = newEmail("owner");
    assertThat(registerFrom("192.0.2.20", owner).status()).isEqualTo(201);

    List<Api.Reply> replies =
        AtOnce.send(300, i -> logInFrom("192.0.2.21", owner, "wrong guess " + i));

    assertThat(count(replies, 401)).as("guesses whose password was checked").isEqualTo(5);
    replies.stream().filter(r -> r.status() != 401).forEach(IdentityIT::assertThrottled);
    // The refused guesses counted toward nothing: the owner's own address is not refused.
    assertThat(logInFrom("192.0.2.20", owner, PASSWORD).status()).isEqualTo(200);
  }

  @Test
  void parallelGuessesFromManyAddressesReachThePasswordCheckAtMostTheAccountsBound()
      throws Exception {
    String owner = newEmail("owner");
    assertThat(registerFrom("192.0.2.30", owner).status()).isEqualTo(201);

    List<Api.Reply> replies =
        AtOnce.send(
            120, i -> logInFrom("10.20." + (i / 200) + "." + (i % 200), owner, "guess" + i));

    assertThat(count(replies, 401)).as("guesses whose password was checked").isEqualTo(50);
    replies.stream().filter(r -> r.status() != 401).forEach(IdentityIT::assertThrottled);
  }

  // Point 7 -------------------------------------------------------------------------------------

  @Test
  void registrationsAreLimitedPerAddressAndTheCheapRefusalsComeFirst() {
    String taken = newEmail("taken");
    for (int i = 0; i < 10; i++) {
      Api.Reply created = registerFrom("198.51.100.77", i == 0 ? taken : newEmail("new"));
      assertThat(created.status()).as(created.toString()).isEqualTo(201);
    }
    Api.Reply refused = registerFrom("198.51.100.77", newEmail("eleventh"));
    assertThrottled(refused);
    assertThat(refused.json().getString("type"))
        .isEqualTo("urn:ticketing:problem:too-many-registrations");

    // Checked before anything is counted or hashed: a taken email, a malformed one.
    assertThat(registerFrom("198.51.100.77", taken.toUpperCase()).status()).isEqualTo(409);
    assertThat(send("api/auth/register", "198.51.100.77", credentials("nope", PASSWORD)).status())
        .isEqualTo(400);
    // Another address registers.
    assertThat(registerFrom("198.51.100.78", newEmail("other")).status()).isEqualTo(201);
  }

  // Point 8 -------------------------------------------------------------------------------------

  @Test
  void everyAnswerPagesFilesAndJsonAlikeCarriesTheSecurityHeaders() {
    List<Api.Reply> replies =
        List.of(
            api.get(""),
            api.get("login"),
            api.get("robots.txt"),
            api.get("no-such-page"),
            api.get("openapi-ui/"),
            api.get("api/tickets"),
            api.get("api/no-such-resource"),
            api.call("GET", "api/auth/me", "not-a-token", null),
            api.postJson("api/auth/token", "{\"email\":\"x@it.example\"}"));
    for (Api.Reply reply : replies) {
      var uri = reply.response().uri();
      assertThat(reply.header("X-Content-Type-Options")).as("%s", uri).isEqualTo("nosniff");
      assertThat(reply.header("Referrer-Policy"))
          .as("%s", uri)
          .isEqualTo("strict-origin-when-cross-origin");
      assertThat(reply.header("Content-Security-Policy"))
          .as("%s", uri)
          .isEqualTo("frame-ancestors 'none'");
    }
  }

  @Test
  void theSessionCookieIsHttpOnlyAndSameSiteLax() {
    Api.Reply page = api.get("login");
    List<String> cookies = page.response().headers().allValues("Set-Cookie");
    assertThat(cookies).as("a session is started").anyMatch(c -> c.startsWith("JSESSIONID="));
    for (String cookie : cookies) {
      if (cookie.startsWith("JSESSIONID=")) {
        assertThat(cookie).containsIgnoringCase("; HttpOnly").containsIgnoringCase("SameSite=Lax");
      }
    }
  }

  // Point 10 ------------------------------------------------------------------------------------

  @Test
  void anAnonymousIdempotencyKeyShorterThanSixteenCharactersIsRefusedAndSaysWhy() {
    TestDatabase.Fixture f = TestDatabase.concert("ShortKey", Map.of("GA", 10));
    String hold =
        "{\"concertId\":" + f.concertId() + ",\"items\":[{\"tier\":\"GA\",\"quantity\":1}]}";

    Api.Reply refused = api.postJson("api/bookings", hold, "order-0000001");
    assertThat(refused.status()).as(refused.toString()).isEqualTo(400);
    assertThat(refused.contentType()).startsWith("application/problem+json");
    assertThat(refused.body()).contains("16");
    assertThat(TestDatabase.bookingsOf(f.concertId())).isZero();

    assertThat(api.postJson("api/bookings", hold, "order-0000000000001").status()).isEqualTo(201);

    // A logged-in caller's keys are theirs alone: a short one stays fine.
    String token = api.newCustomer(newEmail("keys"));
    Api.Reply own =
        api.send(
            HttpRequest.newBuilder(api.uri("api/bookings"))
                .header("Content-Type", "application/json")
                .header("Authorization", "Bearer " + token)
                .header("Idempotency-Key", "order-1")
                .POST(HttpRequest.BodyPublishers.ofString(hold)));
    assertThat(own.status()).as(own.toString()).isEqualTo(201);
  }

  private static long count(List<Api.Reply> replies, int status) {
    return replies.stream().filter(r -> r.status() == status).count();
  }
}
