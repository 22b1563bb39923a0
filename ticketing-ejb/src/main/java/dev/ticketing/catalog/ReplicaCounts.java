package dev.ticketing.catalog;

import dev.ticketing.stock.TicketStock;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * The costly part of the catalogue's recounts, how many tickets of each tier are unsold, read from
 * a replica ({@code ticketing.db.read-url}) rather than from the primary, when one is set; unset,
 * nothing here is used and every recount reads the primary, as it always did.
 *
 * <p>Only counts: the concert and its tiers (names, prices, sale windows, which a booking takes
 * from the catalogue's copy) are read from the primary every time, and nothing a booking, a hold or
 * a payment does comes here. A count from a replica is placed in time by {@link WalMarks}:
 *
 * <ul>
 *   <li>it is used only if the replica has replayed what the primary had written {@code
 *       ticketing.catalog.max-age-millis} ago; a replica further behind (or one that does not
 *       answer) is passed over and the primary counts, so a count is never older than that bound;
 *   <li>this instance's own bookings that the replica may not have replayed yet stay taken off the
 *       copy until a recount certainly includes them, so whoever booked here still reads their
 *       booking.
 * </ul>
 *
 * <p>Its connections are its own (plain JDBC, read only), straight to the replicas' service: a few
 * kept open, never in a container transaction.
 */
@ApplicationScoped
public class ReplicaCounts {
  private static final Logger LOG = Logger.getLogger(ReplicaCounts.class.getName());
  private static final int KEPT_CONNECTIONS = 4;

  /** Where the replica's log is replayed to; on a server that is no replica, where its log is. */
  private static final String REPLAYED =
      "SELECT CASE WHEN pg_is_in_recovery() THEN pg_last_wal_replay_lsn()"
          + " ELSE pg_current_wal_lsn() END::text";

  private String url;
  private Properties login;
  private WalMarks marks;
  private final BlockingQueue<Connection> idle = new ArrayBlockingQueue<>(KEPT_CONNECTIONS);
  private volatile boolean warned;

  /** Counts read from the replica, and how many of this instance's bookings they surely include. */
  public record Counts(Map<Long, Integer> unsold, long includesSeen) {}

  @PostConstruct
  void configure() {
    Config config = ConfigProvider.getConfig(ReplicaCounts.class.getClassLoader());
    Optional<String> readUrl = config.getOptionalValue("ticketing.db.read-url", String.class);
    url = readUrl.filter(u -> !u.isBlank()).orElse(null);
    if (url == null) {
      return;
    }
    marks =
        new WalMarks(
            TimeUnit.MILLISECONDS.toNanos(
                config.getValue("ticketing.catalog.max-age-millis", Long.class)));
    login = new Properties();
    login.setProperty("user", config.getValue("ticketing.db.user", String.class));
    login.setProperty("password", config.getValue("ticketing.db.password", String.class));
    login.setProperty("connectTimeout", "5");
    login.setProperty(
        "socketTimeout",
        String.valueOf(config.getValue("ticketing.db.socket-timeout-seconds", Integer.class)));
    login.setProperty("readOnly", "true");
    login.setProperty("ApplicationName", "ticketing-replica-counts");
  }

  /** Whether {@code ticketing.db.read-url} is set. */
  public boolean configured() {
    return url != null;
  }

  /**
   * Records where the primary's log is ({@code primaryLsn}, just read from it), with the bookings
   * seen here before it was read.
   */
  void mark(long seen, String primaryLsn) {
    marks.add(WalMarks.parse(primaryLsn), seen, System.nanoTime());
  }

  /**
   * The concert's unsold tickets by tier from the replica, or null when the primary must count: the
   * replica is more than {@code ticketing.catalog.max-age-millis} behind, or does not answer.
   */
  Counts unsoldByTier(long concertId) {
    Connection connection = idle.poll();
    try {
      if (connection == null) {
        connection = new org.postgresql.Driver().connect(url, login);
      }
      long replayed;
      try (Statement sql = connection.createStatement();
          ResultSet position = sql.executeQuery(REPLAYED)) {
        position.next();
        replayed = WalMarks.parse(position.getString(1));
      }
      if (marks.lagsBeyondMaxAge(replayed, System.nanoTime())) {
        release(connection);
        return null;
      }
      // A statement after the position: its snapshot has at least what was replayed by then.
      Map<Long, Integer> unsold = TicketStock.unsoldByTier(connection, concertId);
      release(connection);
      warned = false;
      return new Counts(unsold, marks.seenBy(replayed));
    } catch (SQLException | RuntimeException e) {
      close(connection);
      if (!warned) {
        warned = true;
        LOG.log(
            Level.WARNING,
            "The replica at ticketing.db.read-url does not answer ("
                + e.getMessage()
                + "); the primary counts until it does");
      }
      return null;
    }
  }

  private void release(Connection connection) {
    if (!idle.offer(connection)) {
      close(connection);
    }
  }

  @PreDestroy
  void closeAll() {
    Connection connection;
    while ((connection = idle.poll()) != null) {
      close(connection);
    }
  }

  private static void close(Connection connection) {
    if (connection != null) {
      try {
        connection.close();
      } catch (SQLException ignored) {
        // closing anyway
      }
    }
  }
}
