package dev.ticketing.web.volume;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ticketing.web.fault.ApplicationProcess;
import dev.ticketing.web.support.Api;
import dev.ticketing.web.support.TestDatabase;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The booking path costs the database the same whether a few bookings are stored or a million
 * tickets and a quarter of a million bookings: counted in buffers (pages read or found in memory,
 * from {@code pg_statio_user_tables}) of the booking tables, per booking, by a server that first
 * booked into near-empty tables whose statistics said so (as after a deployment on a fresh
 * database, or where autovacuum lags). Without the server's statistics refresh, the foreign-key
 * checks it planned while {@code booking_item} was empty scan the whole table on every booking from
 * then on. No timing is asserted.
 */
class StoredVolumeIT {
  private static final String DATABASE = "ticketing_it_volume";
  private static final int BOOKINGS = 40;

  /** How long a backend may keep its counts before it reports them (PostgreSQL: 10 s idle). */
  private static final long STATS_FLUSH_MILLIS = 11_500;

  private static ApplicationProcess app;
  private static Api api;

  @BeforeAll
  static void start() throws Exception {
    try (Connection c = owner("postgres");
        Statement s = c.createStatement()) {
      s.execute("DROP DATABASE IF EXISTS " + DATABASE + " WITH (FORCE)");
      s.execute("CREATE DATABASE " + DATABASE);
    }
    app =
        new ApplicationProcess(
                Map.of(
                    "TICKETING_DB_URL",
                    TestDatabase.url(DATABASE),
                    "TICKETING_DB_STATISTICS_CHECK_MILLIS",
                    "1000"),
                "volume")
            .start();
    api = new Api(app.uri("/").toURL());
  }

  @AfterAll
  static void stop() throws Exception {
    if (app != null) {
      app.close();
    }
    try (Connection c = owner("postgres");
        Statement s = c.createStatement()) {
      s.execute("DROP DATABASE IF EXISTS " + DATABASE + " WITH (FORCE)");
    }
  }

  @Test
  void aBookingCostsAsManyBuffersWithAMillionTicketsStoredAsWithAFew() throws Exception {
    long concert;
    try (Connection c = owner(DATABASE);
        Statement s = c.createStatement()) {
      concert = concertWithTier(s, "Measured", 10_000);
      // Statistics taken while the booking tables are empty, as a fresh deployment has them.
      s.execute("ANALYZE booking, booking_item, ticket");
    }
    book(concert, BOOKINGS); // the server plans its statements and their checks on empty tables
    long few = buffersOf(concert, BOOKINGS);

    try (Connection c = owner(DATABASE);
        Statement s = c.createStatement()) {
      c.setAutoCommit(false);
      storeAMillionTickets(s);
      c.commit();
    }
    awaitStatisticsCaughtUp();
    long many = buffersOf(concert, BOOKINGS);

    System.out.printf(
        "[volume] buffers of the booking tables per booking: %d with a few stored, %d with a"
            + " million tickets and 250,000 bookings stored%n",
        few / BOOKINGS, many / BOOKINGS);
    assertThat(many / BOOKINGS)
        .as("buffers per booking with a million tickets stored (with a few: %d)", few / BOOKINGS)
        .isLessThanOrEqualTo(2 * few / BOOKINGS + 50);
  }

  /**
   * Waits (at most a minute) until the statistics of the booking tables were taken after the bulk
   * of their rows came: the server's refresh runs every second (autovacuum does not run on every
   * machine). If they never are, the measurement after the wait says what that costs.
   */
  private static void awaitStatisticsCaughtUp() throws Exception {
    long deadline = System.nanoTime() + java.time.Duration.ofMinutes(1).toNanos();
    while (System.nanoTime() < deadline) {
      try (Connection c = owner(DATABASE);
          Statement s = c.createStatement();
          ResultSet rs =
              s.executeQuery(
                  "SELECT count(*) FROM pg_stat_user_tables st JOIN pg_class c ON c.oid = st.relid"
                      + " WHERE st.relname IN ('booking', 'booking_item', 'ticket')"
                      + " AND st.n_mod_since_analyze > 0.1 * greatest(c.reltuples, 1000)")) {
        rs.next();
        if (rs.getInt(1) == 0) {
          return;
        }
      }
      Thread.sleep(500);
    }
  }

  /** Books {@code bookings} times, then the buffers the booking tables cost meanwhile. */
  private long buffersOf(long concert, int bookings) throws Exception {
    Thread.sleep(STATS_FLUSH_MILLIS); // whatever came before is counted before the first read
    long before = buffers();
    String detail = detail();
    book(concert, bookings);
    Thread.sleep(STATS_FLUSH_MILLIS);
    System.out.println("[volume] before: " + detail + "\n[volume] after: " + detail());
    return buffers() - before;
  }

  /** Bookings of one ticket: half in batches (no key), half alone (with a key). */
  private static void book(long concert, int bookings) {
    String body = "{\"concertId\":" + concert + ",\"items\":[{\"tier\":\"GA\",\"quantity\":1}]}";
    for (int i = 0; i < bookings; i++) {
      Api.Reply reply =
          i % 2 == 0
              ? api.postJson("api/bookings", body)
              : api.postJson("api/bookings", body, UUID.randomUUID().toString());
      assertThat(reply.status()).as(reply.body()).isEqualTo(201);
    }
  }

  private static String detail() throws SQLException {
    StringBuilder out = new StringBuilder();
    try (Connection c = owner(DATABASE);
        Statement s = c.createStatement();
        ResultSet rs =
            s.executeQuery(
                "SELECT io.relname, heap_blks_read + heap_blks_hit, idx_blks_read + idx_blks_hit,"
                    + " st.seq_scan, st.seq_tup_read, st.idx_scan, st.last_analyze"
                    + " FROM pg_statio_user_tables io JOIN pg_stat_user_tables st USING (relid)"
                    + " WHERE io.relname IN ('booking', 'booking_item', 'ticket')")) {
      while (rs.next()) {
        out.append(
            String.format(
                "%n  %s heap=%d idx=%d seq_scan=%d seq_tup=%d idx_scan=%d analysed=%s",
                rs.getString(1),
                rs.getLong(2),
                rs.getLong(3),
                rs.getLong(4),
                rs.getLong(5),
                rs.getLong(6),
                rs.getString(7)));
      }
    }
    return out.toString();
  }

  private static long buffers() throws SQLException {
    try (Connection c = owner(DATABASE);
        Statement s = c.createStatement();
        ResultSet rs =
            s.executeQuery(
                "SELECT sum(coalesce(heap_blks_read, 0) + coalesce(heap_blks_hit, 0)"
                    + " + coalesce(idx_blks_read, 0) + coalesce(idx_blks_hit, 0))"
                    + " FROM pg_statio_user_tables"
                    + " WHERE relname IN ('booking', 'booking_item', 'ticket')")) {
      rs.next();
      return rs.getLong(1);
    }
  }

  /**
   * Another concert: a tier of 1,000,000 tickets, all sold in 250,000 bookings of 4 (held a day),
   * in the caller's transaction.
   */
  private static void storeAMillionTickets(Statement s) throws SQLException {
    long concert = concertWithTier(s, "Stored", 1_000_000);
    long tier = single(s, "SELECT id FROM ticket_tier WHERE concert_id = " + concert);
    s.execute(
        "INSERT INTO booking (id, concert_id, status, created_at, expires_at, total_minor,"
            + " currency) SELECT gen_random_uuid(), "
            + concert
            + ", 'HELD', now(), now() + interval '1 day', 100, 'USD'"
            + " FROM generate_series(1, 250000)");
    s.execute(
        "INSERT INTO booking_item (booking_id, tier_id, quantity, unit_price_minor)"
            + " SELECT id, "
            + tier
            + ", 4, 25 FROM booking WHERE concert_id = "
            + concert);
    s.execute(
        "UPDATE ticket t SET booking_id = i.booking_id"
            + " FROM (SELECT id, (row_number() OVER (ORDER BY id) - 1) / 4 AS k FROM ticket"
            + " WHERE tier_id = "
            + tier
            + ") n"
            + " JOIN (SELECT booking_id, row_number() OVER (ORDER BY booking_id) - 1 AS k"
            + " FROM booking_item WHERE tier_id = "
            + tier
            + ") i ON i.k = n.k"
            + " WHERE t.id = n.id");
  }

  private static long concertWithTier(Statement s, String name, int capacity) throws SQLException {
    long concert =
        single(
            s,
            "INSERT INTO concert (name, venue, starts_at, published) VALUES ('"
                + name
                + "', 'Test Hall', now() + interval '30 days', true) RETURNING id");
    s.execute(
        "INSERT INTO ticket_tier (concert_id, code, display_name, price_minor, currency,"
            + " capacity, sort_order) VALUES ("
            + concert
            + ", 'GA', 'GA', 25, 'USD', "
            + capacity
            + ", 1)");
    return concert;
  }

  private static long single(Statement s, String sql) throws SQLException {
    try (ResultSet rs = s.executeQuery(sql)) {
      rs.next();
      return rs.getLong(1);
    }
  }

  private static Connection owner(String database) throws SQLException {
    return DriverManager.getConnection(
        TestDatabase.url(database), TestDatabase.user(), TestDatabase.password());
  }
}
