package dev.ticketing.web.ui;

import dev.ticketing.web.support.TestDatabase;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.UUID;

/**
 * Sells tickets straight in the database, bypassing the application, so that no open screen hears
 * of it: the situation of a visitor whose screen is out of date when they press Book. The rows
 * written (a paid booking, its payment, its tickets) satisfy every invariant that {@link
 * TestDatabase#assertInvariants()} checks.
 */
final class UnannouncedSale {
  private UnannouncedSale() {}

  static void sell(long concertId, long tierId, int quantity) {
    UUID booking = UUID.randomUUID();
    try (Connection c = TestDatabase.connect()) {
      c.setAutoCommit(false);
      long price;
      try (var s = c.prepareStatement("SELECT price_minor FROM ticket_tier WHERE id = ?")) {
        s.setLong(1, tierId);
        var rs = s.executeQuery();
        rs.next();
        price = rs.getLong(1);
      }
      try (var s =
          c.prepareStatement(
              "INSERT INTO booking (id, concert_id, user_ref, status, total_minor, currency,"
                  + " confirmed_at) VALUES (?, ?, 'unannounced-sale', 'CONFIRMED', ?, 'USD', now())")) {
        s.setObject(1, booking);
        s.setLong(2, concertId);
        s.setLong(3, price * quantity);
        s.executeUpdate();
      }
      try (var s =
          c.prepareStatement(
              "INSERT INTO booking_item (booking_id, tier_id, quantity, unit_price_minor)"
                  + " VALUES (?, ?, ?, ?)")) {
        s.setObject(1, booking);
        s.setLong(2, tierId);
        s.setInt(3, quantity);
        s.setLong(4, price);
        s.executeUpdate();
      }
      try (var s =
          c.prepareStatement(
              "INSERT INTO payment (booking_id, provider, authorisation_id, amount_minor,"
                  + " currency) VALUES (?, 'unannounced-sale', ?, ?, 'USD')")) {
        s.setObject(1, booking);
        s.setString(2, "unannounced-" + booking);
        s.setLong(3, price * quantity);
        s.executeUpdate();
      }
      try (var s =
          c.prepareStatement(
              "UPDATE ticket SET booking_id = ? WHERE id IN (SELECT id FROM ticket WHERE tier_id = ?"
                  + " AND booking_id IS NULL ORDER BY id LIMIT ? FOR UPDATE)")) {
        s.setObject(1, booking);
        s.setLong(2, tierId);
        s.setInt(3, quantity);
        if (s.executeUpdate() != quantity) {
          throw new IllegalStateException(
              "tier " + tierId + " has fewer than " + quantity + " left");
        }
      }
      c.commit();
    } catch (SQLException e) {
      throw new IllegalStateException(e);
    }
  }
}
