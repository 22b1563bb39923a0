package dev.ticketing.ear;

import static dev.ticketing.ear.PayaraServer.progress;
import static org.assertj.core.api.Assertions.assertThat;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.io.IOException;
import java.io.StringReader;
import java.net.CookieManager;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

/**
 * The EAR on a real Payara Server Full: a fresh domain on a port base of its own, a fresh
 * PostgreSQL database, the EAR deployed with {@code asadmin deploy} exactly as built, then the API,
 * a booking, the browser UI (which injects the EJB module's beans from the web module), health and
 * the explorer, over HTTP. Prints how long the server took from {@code start-domain} until the
 * deployed application's {@code /health} was UP. The domain is stopped whatever happens.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class EarOnPayaraServerIT {
  private static final String ORGANISER = "organiser@ear.example";
  private static final String ORGANISER_PASSWORD = "organiser-ear-password";

  private static PayaraServer server;
  private static final HttpClient HTTP =
      HttpClient.newBuilder()
          .version(HttpClient.Version.HTTP_1_1)
          .connectTimeout(Duration.ofSeconds(10))
          .cookieHandler(new CookieManager())
          .build();

  @BeforeAll
  static void startServerAndDeploy() throws Exception {
    Path ear = Paths.get(required("ticketing.it.ear"));
    assertThat(ear).as("the EAR built by this module").isRegularFile();
    freshDatabase();

    server =
        new PayaraServer(
            Paths.get(required("ticketing.it.payara.home")),
            Paths.get(required("ticketing.it.payara.domaindir")),
            Integer.parseInt(required("ticketing.it.payara.portbase")),
            Paths.get(required("ticketing.it.payara.log")),
            Map.of(
                "TICKETING_DB_URL",
                dbUrl(dbName()),
                "TICKETING_DB_USER",
                dbUser(),
                "TICKETING_DB_PASSWORD",
                dbPassword(),
                "TICKETING_ADMIN_EMAIL",
                ORGANISER,
                "TICKETING_ADMIN_PASSWORD",
                ORGANISER_PASSWORD,
                "TICKETING_AUTH_KEY_ENCRYPTION_SECRET",
                "ear-integration-test-key-secret"));
    server.createDomain(Boolean.getBoolean("ticketing.it.payara.datagrid"));

    Instant start = Instant.now();
    server.startDomain();
    Instant started = Instant.now();
    server.deploy(ear, "ticketing");
    Instant deployed = Instant.now();
    Instant ready = server.awaitHealthUp(Duration.ofMinutes(3));
    progress(
        String.format(
            "Payara Server %s: EAR ready (GET /health UP) %.1f s after start-domain"
                + " (start-domain %.1f s, deploy %.1f s, then UP after %.1f s more)",
            System.getProperty("ticketing.it.payara.version", "?"),
            seconds(start, ready),
            seconds(start, started),
            seconds(started, deployed),
            seconds(deployed, ready)));
  }

  @AfterAll
  static void stopServer() {
    if (server != null) {
      server.stopDomain();
      progress("server log: " + server.serverLog());
    }
  }

  @Test
  @Order(1)
  void catalogueOfTheDefaultConcert() throws Exception {
    HttpResponse<String> response = get("/api/tickets");
    assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
    Map<String, JsonObject> tiers = byName(Json.createReader(new StringReader(response.body())));
    assertThat(tiers).containsOnlyKeys("VIP", "FRONT_ROW", "GA");
    assertThat(tiers.get("VIP").getInt("quantityAvailable")).isEqualTo(100);
    assertThat(tiers.get("VIP").getInt("price")).isEqualTo(10000);
    assertThat(tiers.get("FRONT_ROW").getInt("quantityAvailable")).isEqualTo(200);
    assertThat(tiers.get("GA").getInt("quantityAvailable")).isEqualTo(500);
  }

  @Test
  @Order(2)
  void bookingIsConfirmedAndCommitted() throws Exception {
    HttpResponse<String> response =
        HTTP.send(
            HttpRequest.newBuilder(server.uri("/api/book"))
                .header("Content-Type", "application/json")
                .POST(
                    HttpRequest.BodyPublishers.ofString(
                        "{\"tier\": \"VIP\", \"quantity\": 2, \"userId\": \"ear-it\"}"))
                .build(),
            HttpResponse.BodyHandlers.ofString());
    assertThat(response.statusCode()).as(response.body()).isEqualTo(201);
    JsonObject booking = Json.createReader(new StringReader(response.body())).readObject();
    assertThat(booking.getString("status")).isEqualTo("CONFIRMED");
    JsonObject item = booking.getJsonArray("items").getJsonObject(0);
    assertThat(item.getString("tier")).isEqualTo("VIP");
    assertThat(item.getInt("quantity")).isEqualTo(2);

    // In the test database named by the test: the server got its connection from the environment.
    assertThat(
            queryInt(
                "SELECT count(*) FROM ticket k JOIN booking b ON b.id = k.booking_id WHERE"
                    + " b.id = '"
                    + booking.getString("bookingId")
                    + "'::uuid"))
        .isEqualTo(2);
    Map<String, JsonObject> tiers =
        byName(Json.createReader(new StringReader(get("/api/tickets").body())));
    assertThat(tiers.get("VIP").getInt("quantityAvailable")).isEqualTo(98);

    HttpResponse<String> tooMany =
        HTTP.send(
            HttpRequest.newBuilder(server.uri("/api/book"))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"tier\": \"NOPE\", \"quantity\": 1}"))
                .build(),
            HttpResponse.BodyHandlers.ofString());
    assertThat(tooMany.statusCode()).as(tooMany.body()).isEqualTo(404);
    assertThat(tooMany.headers().firstValue("Content-Type")).hasValue("application/problem+json");
  }

  @Test
  @Order(2)
  void aHoldIsPaidCancelledOrExpiredByTheSweepOnTheFullServer() throws Exception {
    String paid = hold();
    HttpResponse<String> payment =
        post("/api/bookings/" + paid + "/payment", "{\"card\": \"4242424242424242\"}");
    assertThat(payment.statusCode()).as(payment.body()).isEqualTo(200);
    assertThat(payment.body()).contains("\"status\":\"CONFIRMED\"");
    HttpResponse<String> cancelled = post("/api/bookings/" + paid + "/cancel", "");
    assertThat(cancelled.statusCode()).as(cancelled.body()).isEqualTo(200);
    assertThat(cancelled.body()).contains("\"status\":\"CANCELLED\"");

    // The expiry sweep is an EJB timer: on a full server it runs on the server's timer service.
    String lapsed = hold();
    assertThat(
            queryInt(
                "WITH u AS (UPDATE booking SET expires_at = now() WHERE id = '"
                    + lapsed
                    + "'::uuid RETURNING 1) SELECT count(*) FROM u"))
        .isEqualTo(1);
    long deadline = System.nanoTime() + 10_000_000_000L;
    while (queryInt(
            "SELECT count(*) FROM booking WHERE status = 'EXPIRED' AND id = '" + lapsed + "'::uuid")
        == 0) {
      assertThat(System.nanoTime()).as("the hold expired within 10 s").isLessThan(deadline);
      Thread.sleep(200);
    }
    assertThat(get("/metrics").body()).contains("ticketing_booking_requests_total");
  }

  @Test
  @Order(2)
  void organisersAndCustomersLogInWithTokensOnTheFullServer() throws Exception {
    HttpResponse<String> token =
        post(
            "/api/auth/token",
            "{\"email\":\"" + ORGANISER + "\",\"password\":\"" + ORGANISER_PASSWORD + "\"}");
    assertThat(token.statusCode()).as(token.body()).isEqualTo(200);
    String organiser =
        Json.createReader(new StringReader(token.body())).readObject().getString("token");
    HttpResponse<String> concerts = get("/api/admin/concerts", organiser);
    assertThat(concerts.statusCode()).as(concerts.body()).isEqualTo(200);
    assertThat(concerts.body()).contains("Opening Night");
    assertThat(get("/api/admin/concerts", null).statusCode()).isEqualTo(401);

    assertThat(
            post(
                    "/api/auth/register",
                    "{\"email\":\"ear-customer@example.com\",\"password\":\"customer-pass-1\"}")
                .statusCode())
        .isEqualTo(201);
    String customer =
        Json.createReader(
                new StringReader(
                    post(
                            "/api/auth/token",
                            "{\"email\":\"ear-customer@example.com\","
                                + "\"password\":\"customer-pass-1\"}")
                        .body()))
            .readObject()
            .getString("token");
    assertThat(get("/api/admin/concerts", customer).statusCode()).isEqualTo(403);
    assertThat(get("/api/bookings", customer).statusCode()).isEqualTo(200);
  }

  private static String hold() throws Exception {
    HttpResponse<String> held =
        post("/api/bookings", "{\"items\": [{\"tier\": \"GA\", \"quantity\": 1}]}");
    assertThat(held.statusCode()).as(held.body()).isEqualTo(201);
    JsonObject booking = Json.createReader(new StringReader(held.body())).readObject();
    assertThat(booking.getString("status")).isEqualTo("HELD");
    return booking.getString("bookingId");
  }

  private static HttpResponse<String> post(String path, String json) throws Exception {
    return HTTP.send(
        HttpRequest.newBuilder(server.uri(path))
            .header("Content-Type", "application/json")
            .POST(HttpRequest.BodyPublishers.ofString(json))
            .build(),
        HttpResponse.BodyHandlers.ofString());
  }

  @Test
  @Order(3)
  void healthIsUpWithTheDatabase() throws Exception {
    HttpResponse<String> response = get("/health");
    assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
    JsonObject health = Json.createReader(new StringReader(response.body())).readObject();
    assertThat(health.getString("status")).isEqualTo("UP");
    assertThat(
            health.getJsonArray("checks").getValuesAs(JsonObject.class).stream()
                .map(check -> check.getString("name") + "=" + check.getString("status")))
        .contains("database=UP");
  }

  /**
   * The booking screen is rendered by the web module's Vaadin views, which inject the EJB module's
   * beans: open it the way the browser does (bootstrap, then the navigation round trip) and find
   * the tiers it read through them.
   */
  @Test
  @Order(4)
  void bookingScreenShowsTheTiersFromTheEjbModule() throws Exception {
    HttpResponse<String> page = get("/");
    assertThat(page.statusCode()).isEqualTo(200);
    assertThat(page.body()).contains("VAADIN/build/");

    HttpResponse<String> init = get("/?v-r=init&location=&query=");
    assertThat(init.statusCode()).as(init.body()).isEqualTo(200);
    Matcher key = Pattern.compile("\"Vaadin-Security-Key\":\"([^\"]+)\"").matcher(init.body());
    assertThat(key.find()).as("CSRF key in " + init.body()).isTrue();
    String navigate =
        "{\"csrfToken\":\""
            + key.group(1)
            + "\",\"rpc\":[{\"type\":\"event\",\"node\":1,\"event\":\"ui-navigate\",\"data\":"
            + "{\"route\":\"\",\"query\":\"\",\"appShellTitle\":\"\",\"historyState\":{\"idx\":0},"
            + "\"trigger\":\"\"}}],\"syncId\":0,\"clientId\":0}";
    HttpResponse<String> view =
        HTTP.send(
            HttpRequest.newBuilder(server.uri("/?v-r=uidl&v-uiId=0"))
                .header("Content-Type", "application/json; charset=UTF-8")
                .POST(HttpRequest.BodyPublishers.ofString(navigate))
                .build(),
            HttpResponse.BodyHandlers.ofString());
    assertThat(view.statusCode()).as(view.body()).isEqualTo(200);
    assertThat(view.body()).contains("General Admission", "Front Row", "VIP");
  }

  @Test
  @Order(5)
  void openApiDocumentAndExplorerAreServed() throws Exception {
    HttpResponse<String> document = get("/openapi");
    assertThat(document.statusCode()).isEqualTo(200);
    assertThat(document.body()).contains("/api/book", "/api/tickets");
    HttpResponse<String> explorer = get("/openapi-ui/");
    assertThat(explorer.statusCode()).isEqualTo(200);
    assertThat(explorer.body()).containsIgnoringCase("swagger");
  }

  /**
   * Whatever worked above, the server must not have logged an error or a SEVERE record. (It found
   * that a booking made before any booking screen was open made the UI's broadcaster look up a web
   * module resource on the EJB module's thread; the broadcaster no longer does.)
   */
  @Test
  @Order(6)
  void serverLoggedNoErrors() throws IOException {
    List<String> errors = new ArrayList<>();
    List<String> lines = Files.readAllLines(server.serverLog(), StandardCharsets.UTF_8);
    for (int i = 0; i < lines.size(); i++) {
      if (lines.get(i).matches("^\\[[^]]*] \\[[^]]*] \\[(ERROR|SEVERE)].*")) {
        errors.add(
            String.join("\n", lines.subList(i, Math.min(lines.size(), i + 3)))
                .replaceAll("\\s+", " "));
      }
    }
    assertThat(errors).as("ERROR/SEVERE records in " + server.serverLog()).isEmpty();
  }

  private static HttpResponse<String> get(String path, String token)
      throws IOException, InterruptedException {
    HttpRequest.Builder request =
        HttpRequest.newBuilder(server.uri(path)).timeout(Duration.ofSeconds(30)).GET();
    if (token != null) {
      request.header("Authorization", "Bearer " + token);
    }
    return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
  }

  private static HttpResponse<String> get(String path) throws IOException, InterruptedException {
    return HTTP.send(
        HttpRequest.newBuilder(server.uri(path)).timeout(Duration.ofSeconds(30)).GET().build(),
        HttpResponse.BodyHandlers.ofString());
  }

  private static Map<String, JsonObject> byName(jakarta.json.JsonReader reader) {
    JsonArray array = reader.readArray();
    return array.getValuesAs(JsonValue::asJsonObject).stream()
        .collect(Collectors.toMap(tier -> tier.getString("name"), tier -> tier));
  }

  /** Drops and creates the test database, so that the application migrates an empty one. */
  private static void freshDatabase() throws SQLException {
    String name = dbName();
    if (!name.matches("[a-z_][a-z0-9_]*")) {
      throw new IllegalArgumentException("unsafe database name: " + name);
    }
    try (Connection connection =
            DriverManager.getConnection(dbUrl("postgres"), dbUser(), dbPassword());
        var statement = connection.createStatement()) {
      statement.execute("DROP DATABASE IF EXISTS " + name + " WITH (FORCE)");
      statement.execute("CREATE DATABASE " + name);
      progress("fresh database " + name + " created");
    } catch (SQLException e) {
      throw new SQLException(
          "Cannot create the test database "
              + name
              + " (run db/scripts/setup-local-postgres.sh first): "
              + e.getMessage(),
          e);
    }
  }

  private static int queryInt(String sql) throws SQLException {
    try (Connection connection =
            DriverManager.getConnection(dbUrl(dbName()), dbUser(), dbPassword());
        var statement = connection.createStatement();
        ResultSet rs = statement.executeQuery(sql)) {
      rs.next();
      return rs.getInt(1);
    }
  }

  private static String dbUrl(String database) {
    return "jdbc:postgresql://"
        + System.getProperty("ticketing.it.db.host", "127.0.0.1")
        + ":"
        + System.getProperty("ticketing.it.db.port", "5432")
        + "/"
        + database;
  }

  private static String dbName() {
    return System.getProperty("ticketing.it.db.name", "ticketing_ear_it");
  }

  private static String dbUser() {
    return System.getProperty("ticketing.it.db.user", "ticketing");
  }

  private static String dbPassword() {
    return System.getProperty("ticketing.it.db.password", "ticketing");
  }

  private static String required(String property) {
    String value = System.getProperty(property);
    if (value == null) {
      throw new IllegalStateException(property + " is not set (run through ./mvnw verify)");
    }
    return value;
  }

  private static double seconds(Instant from, Instant to) {
    return Duration.between(from, to).toMillis() / 1000.0;
  }
}
