package dev.ticketing.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.ticketing.web.fault.ApplicationProcess;
import dev.ticketing.web.support.Api;
import dev.ticketing.web.support.TestDatabase;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.security.KeyFactory;
import java.security.PublicKey;
import java.security.Signature;
import java.security.spec.InvalidKeySpecException;
import java.security.spec.PKCS8EncodedKeySpec;
import java.security.spec.RSAPublicKeySpec;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The token signing keys as another service meets them: published as a JWKS at {@code GET
 * /api/auth/jwks}, each token naming its key ({@code kid}) and verifiable with nothing but the JDK
 * and that document; rotated (here every minute) with the old key verifying on; stored with the
 * private half encrypted. A runnable jar of its own on a database of its own, so that its quick
 * rotation touches no other test's keys.
 */
class SigningKeyRotationIT {
  private static final String DATABASE = System.getProperty("ticketing.it.db.name") + "_keys";
  private static ApplicationProcess server;
  private static Api api;

  @BeforeAll
  static void start() throws Exception {
    try (Connection admin =
            DriverManager.getConnection(
                TestDatabase.url("postgres"), TestDatabase.user(), TestDatabase.password());
        Statement statement = admin.createStatement()) {
      statement.execute("DROP DATABASE IF EXISTS " + DATABASE + " WITH (FORCE)");
      statement.execute("CREATE DATABASE " + DATABASE);
    }
    server =
        new ApplicationProcess(
                Map.of(
                    "TICKETING_DB_URL", TestDatabase.url(DATABASE),
                    "TICKETING_AUTH_SIGNING_KEY_ROTATION_MINUTES", "1",
                    "TICKETING_AUTH_TOKEN_MINUTES", "10"),
                "signing-keys")
            .start();
    server.await("/health/ready", 200, Duration.ofMinutes(2));
    api = new Api(server.uri("/").toURL());
  }

  @AfterAll
  static void stop() throws Exception {
    if (server != null) {
      server.close();
    }
  }

  @Test
  void tokensVerifyWithThePublishedKeysAcrossARotationAndNoPrivateKeyIsStoredInClear()
      throws Exception {
    String first = api.organiser();
    String firstKid = header(first).getString("kid");
    JsonObject jwks = jwks();
    assertThat(jwks.getJsonArray("keys")).hasSize(1);
    JsonObject key = jwks.getJsonArray("keys").getJsonObject(0);
    assertThat(key.getString("kty")).isEqualTo("RSA");
    assertThat(key.getString("kid")).isEqualTo(firstKid);
    assertThat(key.getString("use")).isEqualTo("sig");
    assertThat(key.getString("alg")).isEqualTo("RS256");
    assertThat(key.getString("n")).matches("[A-Za-z0-9_-]{340,}");
    assertThat(key.getString("e")).isEqualTo("AQAB");
    assertThat(verifies(first, jwks)).isTrue();
    assertThat(verifies(first.substring(0, first.length() - 4) + "AAAA", jwks)).isFalse();

    // What the table holds of a private key does not parse as one.
    List<byte[]> stored = storedPrivateKeys();
    assertThat(stored).hasSize(1);
    for (byte[] sealed : stored) {
      assertThatThrownBy(
              () -> KeyFactory.getInstance("RSA").generatePrivate(new PKCS8EncodedKeySpec(sealed)))
          .isInstanceOf(InvalidKeySpecException.class);
    }

    // A minute later a new key signs; the first still verifies the tokens it signed.
    Instant rotation = firstKeyCreatedAt().plus(Duration.ofMinutes(1)).plusSeconds(2);
    Thread.sleep(Math.max(0, Duration.between(Instant.now(), rotation).toMillis()));
    String second = api.organiser();
    String secondKid = header(second).getString("kid");
    assertThat(secondKid).isNotEqualTo(firstKid);
    JsonObject rotated = jwks();
    assertThat(rotated.getJsonArray("keys").stream().map(k -> k.asJsonObject().getString("kid")))
        .containsExactly(secondKid, firstKid);
    assertThat(verifies(first, rotated)).isTrue();
    assertThat(verifies(second, rotated)).isTrue();
    assertThat(api.call("GET", "api/auth/me", first, null).status()).isEqualTo(200);
    assertThat(api.call("GET", "api/auth/me", second, null).status()).isEqualTo(200);
    assertThat(storedPrivateKeys()).hasSize(2);
  }

  private static JsonObject jwks() {
    Api.Reply reply = api.get("api/auth/jwks");
    assertThat(reply.status()).as(reply.toString()).isEqualTo(200);
    return reply.json();
  }

  /** RS256 checked with the JDK alone, with the key the token's {@code kid} names in the set. */
  private static boolean verifies(String token, JsonObject jwks) throws Exception {
    String[] parts = token.split("\\.");
    JsonObject header = header(token);
    if (!"RS256".equals(header.getString("alg"))) {
      return false;
    }
    for (var entry : jwks.getJsonArray("keys")) {
      JsonObject jwk = entry.asJsonObject();
      if (jwk.getString("kid").equals(header.getString("kid"))) {
        PublicKey key =
            KeyFactory.getInstance("RSA")
                .generatePublic(
                    new RSAPublicKeySpec(number(jwk.getString("n")), number(jwk.getString("e"))));
        Signature rs256 = Signature.getInstance("SHA256withRSA");
        rs256.initVerify(key);
        rs256.update((parts[0] + "." + parts[1]).getBytes(StandardCharsets.US_ASCII));
        return rs256.verify(Base64.getUrlDecoder().decode(parts[2]));
      }
    }
    return false;
  }

  private static BigInteger number(String base64url) {
    assertThat(base64url).doesNotContain("=");
    return new BigInteger(1, Base64.getUrlDecoder().decode(base64url));
  }

  private static JsonObject header(String token) {
    String json =
        new String(Base64.getUrlDecoder().decode(token.split("\\.")[0]), StandardCharsets.UTF_8);
    try (var reader = Json.createReader(new StringReader(json))) {
      return reader.readObject();
    }
  }

  private static List<byte[]> storedPrivateKeys() throws Exception {
    List<byte[]> keys = new ArrayList<>();
    try (Connection db = connect();
        ResultSet rows =
            db.createStatement().executeQuery("SELECT sealed_private_key FROM signing_key")) {
      while (rows.next()) {
        keys.add(rows.getBytes(1));
      }
    }
    return keys;
  }

  private static Instant firstKeyCreatedAt() throws Exception {
    try (Connection db = connect();
        ResultSet row =
            db.createStatement().executeQuery("SELECT min(created_at) FROM signing_key")) {
      row.next();
      return row.getTimestamp(1).toInstant();
    }
  }

  private static Connection connect() throws Exception {
    return DriverManager.getConnection(
        TestDatabase.url(DATABASE), TestDatabase.user(), TestDatabase.password());
  }
}
