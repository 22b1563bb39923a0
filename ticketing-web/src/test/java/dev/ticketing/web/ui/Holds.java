package dev.ticketing.web.ui;

import dev.ticketing.web.support.TestDatabase;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/**
 * The bookings of a test's own concert, read and changed straight in the database: what the screens
 * made (one row per click, whatever the browser did) and time passing for a hold.
 */
final class Holds {
  private Holds() {}

  /** The ids of the concert's bookings, oldest first. */
  static List<String> of(long concertId) {
    List<String> ids = new ArrayList<>();
    try (Connection c = TestDatabase.connect();
        var s =
            c.prepareStatement(
                "SELECT CAST(id AS text) FROM booking WHERE concert_id = ? ORDER BY created_at")) {
      s.setLong(1, concertId);
      ResultSet rs = s.executeQuery();
      while (rs.next()) {
        ids.add(rs.getString(1));
      }
      return ids;
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
  }

  /** The concert's only booking. */
  static String onlyOne(long concertId) {
    List<String> ids = of(concertId);
    if (ids.size() != 1) {
      throw new AssertionError("concert " + concertId + " has bookings " + ids + ", not one");
    }
    return ids.get(0);
  }

  /** The booking's state: HELD, CONFIRMED, EXPIRED or CANCELLED. */
  static String status(String bookingId) {
    try (Connection c = TestDatabase.connect();
        var s = c.prepareStatement("SELECT status FROM booking WHERE id = CAST(? AS uuid)")) {
      s.setString(1, bookingId);
      ResultSet rs = s.executeQuery();
      return rs.next() ? rs.getString(1) : null;
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
  }

  /**
   * Makes the hold run out now, as if its ten minutes had passed: the application's expiry sweep
   * (every second) then puts its tickets back on sale. The screen is not told by this.
   */
  static void runOut(String bookingId) {
    try (Connection c = TestDatabase.connect();
        var s =
            c.prepareStatement(
                "UPDATE booking SET expires_at = now() - interval '1 second'"
                    + " WHERE id = CAST(? AS uuid) AND status = 'HELD'")) {
      s.setString(1, bookingId);
      if (s.executeUpdate() != 1) {
        throw new AssertionError("booking " + bookingId + " is not held");
      }
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
  }
}
