package dev.ticketing.web.scale;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ticketing.web.fault.ApplicationProcess;
import dev.ticketing.web.support.Api;
import dev.ticketing.web.support.Deployments;
import dev.ticketing.web.support.TestDatabase;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.StringReader;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * {@code ticketing.db.read-url}: the catalogue's recounts count unsold tickets on the second
 * database it names, and bookings, holds and payments never touch it. The "replica" is a copy of
 * the tests' database made with {@code pg_dump}, then changed by hand (a tier cut from 100 tickets
 * to 60), so that a count can only be 60 if it was read there. A second instance runs with {@code
 * read-url} set; the Arquillian server beside it runs without it (today's behaviour, the primary).
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class ReplicaReadsIT {
  private static final String PRIMARY = System.getProperty("ticketing.it.db.name", "ticketing_it");
  private static final String REPLICA = PRIMARY + "_replica";

  private static TestDatabase.Fixture concert;
  private static ApplicationProcess withReplica;

  @Deployment(testable = false)
  static WebArchive deployment() {
    return Deployments.ticketingWar();
  }

  @ArquillianResource private URL base;

  @BeforeAll
  static void copyTheDatabaseAndStartAnInstanceThatCountsOnTheCopy() throws Exception {
    concert = TestDatabase.concert("Replica reads", Map.of("GA", 100));
    try (Connection primary = TestDatabase.connect();
        Statement sql = primary.createStatement()) {
      sql.execute("DROP DATABASE IF EXISTS " + REPLICA);
      sql.execute("CREATE DATABASE " + REPLICA);
    }
    run(
        "pg_dump -h '%1$s' -p '%2$s' -U '%3$s' '%4$s' | psql -q -v ON_ERROR_STOP=1 -h '%1$s' -p '%2$s' -U '%3$s' '%5$s'"
            .formatted(
                System.getProperty("ticketing.it.db.host", "127.0.0.1"),
                System.getProperty("ticketing.it.db.port", "5432"),
                TestDatabase.user(),
                PRIMARY,
                REPLICA));
    try (Connection replica = connectToReplica();
        var cut = replica.prepareStatement("UPDATE ticket_tier SET capacity = 60 WHERE id = ?")) {
      cut.setLong(1, concert.tier("GA"));
      assertThat(cut.executeUpdate()).isEqualTo(1);
    }
    assertThat(unsoldOnReplica()).isEqualTo(60);

    withReplica =
        new ApplicationProcess(
                Map.of("TICKETING_DB_READ_URL", TestDatabase.url(REPLICA)), "replica-reads")
            .start();
  }

  @AfterAll
  static void stopAndDropTheCopy() throws Exception {
    if (withReplica != null) {
      withReplica.close();
    }
    try (Connection primary = TestDatabase.connect();
        Statement sql = primary.createStatement()) {
      sql.execute("DROP DATABASE IF EXISTS " + REPLICA + " WITH (FORCE)");
    }
  }

  @Test
  void recountsCountOnTheReplicaWhileHoldsAndPaymentsGoToThePrimary() throws Exception {
    String path = "/api/concerts/" + concert.concertId();

    // The concert's first read is the primary's; its recounts (a second later: the copy's age
    // limit) count on the replica.
    assertThat(available(withReplica.body(path))).isEqualTo(100);
    assertThat(eventually(() -> available(withReplica.body(path)), 60))
        .as("the count of the instance with read-url, once recounted")
        .isEqualTo(60);
    Api primaryOnly = new Api(base);
    assertThat(available(primaryOnly.get(path.substring(1)).body()))
        .as("the instance without read-url counts on the primary")
        .isEqualTo(100);

    // A hold and its payment through the instance with read-url.
    Api api = new Api(withReplica.uri("/").toURL());
    Api.Reply held =
        api.postJson(
            "api/bookings",
            "{\"concertId\":"
                + concert.concertId()
                + ",\"items\":[{\"tier\":\"GA\",\"quantity\":5}]}");
    assertThat(held.status()).as(held.toString()).isEqualTo(201);
    String bookingId = json(held.body()).getString("bookingId");
    Api.Reply paid =
        api.postJson("api/bookings/" + bookingId + "/payment", "{\"card\":\"4242424242424242\"}");
    assertThat(paid.status()).as(paid.toString()).isEqualTo(200);

    assertThat(TestDatabase.status(bookingId)).isEqualTo("CONFIRMED");
    assertThat(TestDatabase.paid(concert.tier("GA"))).isEqualTo(5);
    assertThat(TestDatabase.unsold(concert.tier("GA"))).isEqualTo(95);
    assertThat(
            queryReplica("SELECT count(*) FROM booking WHERE concert_id = " + concert.concertId()))
        .as("bookings on the replica")
        .isZero();
    assertThat(unsoldOnReplica()).isEqualTo(60);

    // Each instance's counts stay where they come from: the replica's copy never sees the booking
    // (nothing replays it there), the primary's does.
    assertThat(eventually(() -> available(withReplica.body(path)), 60)).isEqualTo(60);
    assertThat(eventually(() -> available(primaryOnly.get(path.substring(1)).body()), 95))
        .isEqualTo(95);
    TestDatabase.assertInvariants();
  }

  private static int eventually(Callable<Integer> read, int expected) throws Exception {
    long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
    int seen = read.call();
    while (seen != expected && System.nanoTime() < deadline) {
      Thread.sleep(100);
      seen = read.call();
    }
    return seen;
  }

  private static int available(String concertJson) {
    return json(concertJson).getJsonArray("tiers").getJsonObject(0).getInt("quantityAvailable");
  }

  private static JsonObject json(String body) {
    return Json.createReader(new StringReader(body)).readObject();
  }

  private static int unsoldOnReplica() throws SQLException {
    return queryReplica(
        "SELECT count(*) FROM ticket WHERE booking_id IS NULL AND tier_id = " + concert.tier("GA"));
  }

  private static int queryReplica(String query) throws SQLException {
    try (Connection replica = connectToReplica();
        Statement sql = replica.createStatement();
        ResultSet row = sql.executeQuery(query)) {
      row.next();
      return row.getInt(1);
    }
  }

  private static Connection connectToReplica() throws SQLException {
    return DriverManager.getConnection(
        TestDatabase.url(REPLICA), TestDatabase.user(), TestDatabase.password());
  }

  private static void run(String command) throws Exception {
    ProcessBuilder shell = new ProcessBuilder("bash", "-o", "pipefail", "-c", command);
    shell.environment().put("PGPASSWORD", TestDatabase.password());
    Process process = shell.redirectErrorStream(true).start();
    String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(process.waitFor(120, TimeUnit.SECONDS)).as(command).isTrue();
    assertThat(process.exitValue()).as(command + "\n" + output).isZero();
  }
}
