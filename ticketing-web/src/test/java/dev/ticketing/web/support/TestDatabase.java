package dev.ticketing.web.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Supplier;

/**
 * Direct access to the integration-test database: fixtures (concerts with tiers) and the checks of
 * the invariants that must hold whatever the API did.
 */
public final class TestDatabase {
  private TestDatabase() {}

  public static String url(String database) {
    return "jdbc:postgresql://"
        + System.getProperty("ticketing.it.db.host", "127.0.0.1")
        + ":"
        + System.getProperty("ticketing.it.db.port", "5432")
        + "/"
        + database;
  }

  public static String user() {
    return System.getProperty("ticketing.it.db.user", "ticketing");
  }

  public static String password() {
    return System.getProperty("ticketing.it.db.password", "ticketing");
  }

  public static Connection connect() throws SQLException {
    return DriverManager.getConnection(url(), user(), password());
  }

  /** The JDBC URL of the tests' database, straight to PostgreSQL. */
  public static String url() {
    return url(System.getProperty("ticketing.it.db.name", "ticketing_it"));
  }

  /** A connection to the tests' database as another role. */
  public static Connection connectAs(String role, String password) throws SQLException {
    return DriverManager.getConnection(url(), role, password);
  }

  /** A concert of our own, so that a test does not depend on what other tests sold. */
  public record Fixture(long concertId, Map<String, Long> tierIds) {
    public long tier(String code) {
      return tierIds.get(code);
    }
  }

  /**
   * Creates a concert with the given tiers (code to capacity), each priced 2500 cents more than the
   * one before, starting at 2500.
   */
  public static Fixture concert(String name, Map<String, Integer> capacities) {
    try (Connection c = connect()) {
      long concertId;
      try (var s =
          c.prepareStatement(
              "INSERT INTO concert (name, venue, starts_at, published) VALUES (?, 'Test Hall',"
                  + " now() + interval '30 days', true) RETURNING id")) {
        s.setString(1, name + " " + UUID.randomUUID().toString().substring(0, 8));
        ResultSet rs = s.executeQuery();
        rs.next();
        concertId = rs.getLong(1);
      }
      Map<String, Long> tiers = new LinkedHashMap<>();
      int order = 0;
      for (var tier : capacities.entrySet()) {
        order++;
        try (var s =
            c.prepareStatement(
                "INSERT INTO ticket_tier (concert_id, code, display_name, price_minor, currency,"
                    + " capacity, sort_order) VALUES (?, ?, ?, ?, 'USD', ?, ?) RETURNING id")) {
          s.setLong(1, concertId);
          s.setString(2, tier.getKey());
          s.setString(3, tier.getKey());
          s.setLong(4, 2500L * order);
          s.setInt(5, tier.getValue());
          s.setInt(6, order);
          ResultSet rs = s.executeQuery();
          rs.next();
          tiers.put(tier.getKey(), rs.getLong(1));
        }
      }
      return new Fixture(concertId, tiers);
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
  }

  public static int unsold(long tierId) {
    return queryInt("SELECT count(*) FROM ticket WHERE tier_id = ? AND booking_id IS NULL", tierId);
  }

  public static int sold(long tierId) {
    return queryInt(
        "SELECT count(*) FROM ticket WHERE tier_id = ? AND booking_id IS NOT NULL", tierId);
  }

  public static int bookingsOf(long concertId) {
    return queryInt("SELECT count(*) FROM booking WHERE concert_id = ?", concertId);
  }

  public static List<Long> queryLongs(String sql, Object... parameters) {
    try (Connection c = connect();
        var s = c.prepareStatement(sql)) {
      for (int i = 0; i < parameters.length; i++) {
        s.setObject(i + 1, parameters[i]);
      }
      ResultSet rs = s.executeQuery();
      List<Long> values = new java.util.ArrayList<>();
      while (rs.next()) {
        values.add(rs.getLong(1));
      }
      return values;
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
  }

  public static int queryInt(String sql, Object... parameters) {
    try (Connection c = connect();
        var s = c.prepareStatement(sql)) {
      for (int i = 0; i < parameters.length; i++) {
        s.setObject(i + 1, parameters[i]);
      }
      ResultSet rs = s.executeQuery();
      rs.next();
      return rs.getInt(1);
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
  }

  /**
   * A way to take {@link #snapshot()} twice, less what the hold expiry may change in between: the
   * holds that run out within {@code window} from now, their items and their tickets (as they are
   * now). Earlier tests' holds run out on their own while a later test runs.
   */
  public static Supplier<List<String>> snapshotOfWhatStays(Duration window) {
    Set<String> leaving = new HashSet<>();
    try (Connection c = connect();
        var s =
            c.prepareStatement(
                "SELECT 'booking ' || b.id FROM booking b WHERE b.status = 'HELD'"
                    + " AND b.expires_at < now() + make_interval(secs => ?)"
                    + " UNION ALL SELECT 'item ' || b.id FROM booking b WHERE b.status = 'HELD'"
                    + " AND b.expires_at < now() + make_interval(secs => ?)"
                    + " UNION ALL SELECT 'ticket ' || t.id FROM ticket t JOIN booking b"
                    + " ON b.id = t.booking_id WHERE b.status = 'HELD'"
                    + " AND b.expires_at < now() + make_interval(secs => ?)")) {
      for (int i = 1; i <= 3; i++) {
        s.setLong(i, window.toSeconds());
      }
      ResultSet rs = s.executeQuery();
      while (rs.next()) {
        leaving.add(rs.getString(1));
      }
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
    return () ->
        snapshot().stream()
            .filter(
                row -> !leaving.contains(row.substring(0, row.indexOf(' ', row.indexOf(' ') + 1))))
            .toList();
  }

  /**
   * A snapshot of all stock and bookings, to prove that a refused request changed nothing: equal
   * snapshots mean equal data. Tests use it through {@link #snapshotOfWhatStays}.
   */
  public static List<String> snapshot() {
    List<String> rows = new ArrayList<>();
    try (Connection c = connect();
        var s = c.createStatement()) {
      ResultSet rs =
          s.executeQuery(
              "SELECT 'ticket ' || id || ' ' || coalesce(booking_id::text, '-') FROM ticket"
                  + " UNION ALL SELECT 'booking ' || id || ' ' || status || ' ' || total_minor"
                  + " FROM booking UNION ALL SELECT 'item ' || booking_id || ' ' || tier_id || ' '"
                  + " || quantity FROM booking_item UNION ALL SELECT 'tier ' || id || ' ' ||"
                  + " capacity FROM ticket_tier ORDER BY 1");
      while (rs.next()) {
        rows.add(rs.getString(1));
      }
      return rows;
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
  }

  /**
   * Pairs of a concert's waiting places let in out of the order of their positions (a place let in
   * later than one behind it): 0 when the room admits in order.
   */
  public static int admissionInversions(long concertId) {
    return queryInt(
        "SELECT count(*) FROM waiting_place a JOIN waiting_place b"
            + " ON a.concert_id = b.concert_id AND a.position < b.position"
            + " WHERE a.concert_id = ? AND a.admitted_at > b.admitted_at",
        concertId);
  }

  /** Tickets of the tier that held (not yet paid) bookings own. */
  public static int held(long tierId) {
    return queryInt(
        "SELECT count(*) FROM ticket k JOIN booking b ON b.id = k.booking_id"
            + " WHERE k.tier_id = ? AND b.status = 'HELD'",
        tierId);
  }

  /** Tickets of the tier that paid bookings own. */
  public static int paid(long tierId) {
    return queryInt(
        "SELECT count(*) FROM ticket k JOIN booking b ON b.id = k.booking_id"
            + " WHERE k.tier_id = ? AND b.status = 'CONFIRMED'",
        tierId);
  }

  /** The booking's status in the database. */
  public static String status(String bookingId) {
    try (Connection c = connect();
        var s = c.prepareStatement("SELECT status FROM booking WHERE id = ?::uuid")) {
      s.setString(1, bookingId);
      ResultSet rs = s.executeQuery();
      return rs.next() ? rs.getString(1) : null;
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
  }

  /** Makes the booking's hold run out now, as if its time had passed: the sweep expires it. */
  public static void runOutHold(String bookingId) {
    update(
        "UPDATE booking SET expires_at = now() - interval '1 millisecond' WHERE id = ?::uuid"
            + " AND status = 'HELD'",
        bookingId);
  }

  public static int update(String sql, Object... parameters) {
    try (Connection c = connect();
        var s = c.prepareStatement(sql)) {
      for (int i = 0; i < parameters.length; i++) {
        s.setObject(i + 1, parameters[i]);
      }
      return s.executeUpdate();
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
  }

  /**
   * The invariants of the whole database: per tier, ticket rows = capacity, so sold + held +
   * available = capacity with none negative; tickets owned per tier = the items of its held and
   * paid bookings; every item of a held or paid booking owns exactly its quantity of tickets, of
   * its own tier, and an expired or cancelled booking owns none; every booking has items and its
   * total is the sum of its items; every paid booking has exactly one payment of its total, and no
   * booking that was never paid has one.
   */
  public static void assertInvariants() {
    assertThat(
            queryInt(
                "SELECT count(*) FROM ticket_tier t WHERE t.capacity <> (SELECT count(*) FROM"
                    + " ticket k WHERE k.tier_id = t.id)"))
        .as("tiers whose ticket rows differ from capacity")
        .isZero();
    assertThat(
            queryInt(
                "SELECT count(*) FROM ticket_tier t WHERE (SELECT count(*) FROM ticket k WHERE"
                    + " k.tier_id = t.id AND k.booking_id IS NOT NULL) <> (SELECT"
                    + " coalesce(sum(i.quantity), 0) FROM booking_item i JOIN booking b ON b.id ="
                    + " i.booking_id WHERE i.tier_id = t.id AND b.status IN ('HELD', 'CONFIRMED', 'KEPT'))"))
        .as("tiers whose sold and held tickets differ from the quantities booked")
        .isZero();
    assertThat(
            queryInt(
                "SELECT count(*) FROM booking_item i JOIN booking b ON b.id = i.booking_id"
                    + " WHERE CASE WHEN b.status IN ('HELD', 'CONFIRMED', 'KEPT') THEN i.quantity ELSE 0"
                    + " END <> (SELECT count(*) FROM ticket k WHERE k.booking_id = i.booking_id"
                    + " AND k.tier_id = i.tier_id)"))
        .as("booking items without exactly their tickets")
        .isZero();
    assertThat(
            queryInt(
                "SELECT count(*) FROM booking b WHERE NOT EXISTS (SELECT 1 FROM booking_item i"
                    + " WHERE i.booking_id = b.id) OR b.total_minor <> (SELECT"
                    + " coalesce(sum(i.quantity * i.unit_price_minor), 0) FROM booking_item i WHERE"
                    + " i.booking_id = b.id)"))
        .as("bookings without items or with a wrong total")
        .isZero();
    assertThat(
            queryInt(
                "SELECT count(*) FROM ticket k LEFT JOIN booking b ON b.id = k.booking_id WHERE"
                    + " k.booking_id IS NOT NULL AND (b.id IS NULL OR b.status NOT IN ('HELD',"
                    + " 'CONFIRMED', 'KEPT'))"))
        .as("tickets owned by a booking that is neither held nor paid")
        .isZero();
    assertThat(
            queryInt(
                "SELECT count(*) FROM booking b LEFT JOIN payment p ON p.booking_id = b.id WHERE"
                    + " (b.status = 'CONFIRMED' AND (p.booking_id IS NULL OR p.amount_minor <>"
                    + " b.total_minor)) OR (b.status IN ('HELD', 'EXPIRED') AND p.booking_id IS"
                    + " NOT NULL) OR (b.status = 'CANCELLED' AND p.booking_id IS NOT NULL AND"
                    + " p.refund_requested_at IS NULL)"))
        .as("paid bookings without their payment, unpaid ones with one, cancelled ones unrefunded")
        .isZero();
  }
}
