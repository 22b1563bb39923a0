package dev.ticketing.database;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.Timeout;
import jakarta.ejb.TimerConfig;
import jakarta.ejb.TimerService;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.logging.Level;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * Keeps the planner's statistics of the booking tables fresh, so that the booking path costs the
 * same whether a hundred bookings are stored or a million: every {@code
 * ticketing.db.statistics-check-millis} it asks the database to analyse each booking table that
 * grew or changed by a tenth since it was last analysed (function {@code
 * refresh_booking_statistics}, migration V5). Analysing a table also makes every session plan its
 * statements on it again, foreign-key checks included: a plan cached while the table was small (a
 * sequential scan) does not outlive its growth. Autovacuum does the same where it runs; this does
 * not rely on it. Several instances may check at once: one analyses, the others skip the round.
 */
@Singleton
@Startup
@DependsOn("SchemaMigration")
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class StatisticsRefresh {
  private static final Logger LOG = Logger.getLogger(StatisticsRefresh.class.getName());

  /** A table is analysed once this many of its rows changed, ... */
  static final long MIN_CHANGES = 1000;

  /** ... and more than this fraction of them (autovacuum's default analyse scale factor). */
  static final double FRACTION = 0.1;

  @Resource(lookup = ApplicationDataSource.JNDI_NAME)
  private DataSource dataSource;

  @Resource private TimerService timers;

  @Inject private SchemaMigration schema;

  private final AtomicBoolean running = new AtomicBoolean();
  private volatile boolean failing;

  @PostConstruct
  void start() {
    long interval =
        ConfigProvider.getConfig(StatisticsRefresh.class.getClassLoader())
            .getValue("ticketing.db.statistics-check-millis", Long.class);
    if (interval > 0) {
      timers.createIntervalTimer(interval, interval, new TimerConfig("statistics refresh", false));
    }
  }

  @Timeout
  public void check() {
    if (!schema.isMigrated() || !running.compareAndSet(false, true)) {
      return;
    }
    try {
      List<String> analysed = refreshNow();
      if (!analysed.isEmpty()) {
        LOG.log(Level.FINE, "Statistics refreshed: {0}", analysed);
      }
      failing = false;
    } catch (SQLException | RuntimeException e) {
      if (!failing) {
        LOG.log(Level.WARNING, "Statistics refresh failed; it is tried again every interval", e);
        failing = true;
      }
    } finally {
      running.set(false);
    }
  }

  /** Analyses the booking tables that need it now; returns their names. */
  public List<String> refreshNow() throws SQLException {
    List<String> analysed = new ArrayList<>();
    try (Connection c = dataSource.getConnection();
        PreparedStatement s = c.prepareStatement("SELECT refresh_booking_statistics(?, ?)")) {
      s.setLong(1, MIN_CHANGES);
      s.setDouble(2, FRACTION);
      try (ResultSet rs = s.executeQuery()) {
        while (rs.next()) {
          analysed.add(rs.getString(1));
        }
      }
    }
    return analysed;
  }
}
