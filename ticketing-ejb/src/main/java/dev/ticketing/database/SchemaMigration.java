package dev.ticketing.database;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.Timeout;
import jakarta.ejb.Timer;
import jakarta.ejb.TimerConfig;
import jakarta.ejb.TimerService;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.output.MigrateResult;

/**
 * Brings the database schema up to date (Flyway, {@code classpath:db/migration} from the {@code
 * ticketing-db} jar) when the application starts, before it takes requests. If the database is
 * unreachable, it says so in one log line, keeps readiness DOWN and tries again on a timer.
 *
 * <p>Migrations go straight to PostgreSQL ({@code ticketing.db.migration-url}), never through a
 * pooler in transaction mode: Flyway takes a session-level advisory lock so that instances starting
 * together migrate one at a time, and sets and restores the session's {@code search_path} and role;
 * behind PgBouncer those would land on whichever server connection the next statement gets.
 */
@Startup
@Singleton
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class SchemaMigration {
  private static final Logger LOG = Logger.getLogger(SchemaMigration.class.getName());

  @Resource(lookup = ApplicationDataSource.JNDI_NAME)
  private DataSource dataSource;

  @Resource private TimerService timers;

  /** A direct connection to PostgreSQL, not through a pooler. */
  @Inject
  @ConfigProperty(name = "ticketing.db.migration-url")
  private String url;

  /** The schema's owner: migrations run as this role. */
  @Inject
  @ConfigProperty(name = "ticketing.db.migration-user")
  private String user;

  @Inject
  @ConfigProperty(name = "ticketing.db.migration-password")
  private String password;

  /** The application's runtime role: rows only, granted after every migration. */
  @Inject
  @ConfigProperty(name = "ticketing.db.user")
  private String runtimeUser;

  @Inject
  @ConfigProperty(name = "ticketing.db.migration-retry-millis")
  private long retryMillis;

  @Inject
  @ConfigProperty(name = "ticketing.db.allow-unsafe-commits")
  private boolean allowUnsafeCommits;

  @Inject private Event<SchemaMigrated> schemaMigrated;

  private volatile boolean migrated;

  /** Why the database may lose committed bookings, or null if it may not. */
  private volatile String unsafeCommits;

  /** Whether the durability settings were read yet. */
  private volatile boolean durabilityKnown;

  private volatile String problem = "not migrated yet";

  @PostConstruct
  void migrateAtStartup() {
    if (!migrate()) {
      timers.createIntervalTimer(
          retryMillis, retryMillis, new TimerConfig("schema-migration-retry", false));
    }
  }

  @Timeout
  void retry(Timer timer) {
    if (migrate()) {
      timer.cancel();
    }
  }

  private synchronized boolean migrate() {
    if (migrated) {
      return true;
    }
    try {
      probe();
      MigrateResult result =
          Flyway.configure(getClass().getClassLoader())
              .dataSource(url, user, password)
              .placeholders(Map.of("app_role", runtimeUser))
              .locations("classpath:db/migration")
              .load()
              .migrate();
      LOG.info(
          () ->
              "Database schema at version "
                  + (result.targetSchemaVersion != null
                      ? result.targetSchemaVersion
                      : result.initialSchemaVersion)
                  + " ("
                  + result.migrationsExecuted
                  + " migrations applied now)");
      problem = null;
      migrated = true;
      schemaMigrated.fire(new SchemaMigrated());
      return true;
    } catch (SQLException | RuntimeException e) {
      String previous = problem;
      problem = rootMessage(e);
      if (!problem.equals(previous)) { // one line per new problem, not one per retry
        LOG.warning(
            "Database at "
                + url
                + " is not usable: "
                + problem
                + ". Readiness stays DOWN; retrying every "
                + retryMillis
                + " ms. Set TICKETING_DB_URL (or TICKETING_DB_MIGRATION_URL), TICKETING_DB_USER,"
                + " TICKETING_DB_PASSWORD (runtime)"
                + " and TICKETING_DB_MIGRATION_USER, TICKETING_DB_MIGRATION_PASSWORD (owner) to"
                + " point at another server.");
      }
      return false;
    }
  }

  /**
   * Opens one plain connection, outside the container's pool, so that a database that is down costs
   * one short line here instead of the pool's warnings with stack traces on every retry.
   */
  private void probe() throws SQLException {
    Properties properties = new Properties();
    properties.setProperty("user", user);
    properties.setProperty("password", password);
    properties.setProperty("connectTimeout", "5");
    try (Connection connection = new org.postgresql.Driver().connect(url, properties)) {
      if (connection == null) {
        throw new SQLException("not a PostgreSQL JDBC URL: " + url);
      }
      checkDurability(connection);
    }
  }

  /**
   * Reads the settings that decide whether a commit survives a crash, as this application's
   * sessions get them: a database that acknowledges commits before they are on disk ({@code
   * synchronous_commit = off}) or does not flush at all ({@code fsync = off}, {@code
   * full_page_writes = off}) could lose bookings that were answered 201.
   */
  private void checkDurability(Connection connection) throws SQLException {
    List<String> unsafe = new ArrayList<>();
    try (var statement = connection.createStatement();
        var rows =
            statement.executeQuery(
                "SELECT current_setting('fsync'), current_setting('synchronous_commit'),"
                    + " current_setting('full_page_writes')")) {
      rows.next();
      if (!"on".equals(rows.getString(1))) {
        unsafe.add("fsync = " + rows.getString(1));
      }
      if ("off".equals(rows.getString(2))) {
        unsafe.add("synchronous_commit = off");
      }
      if (!"on".equals(rows.getString(3))) {
        unsafe.add("full_page_writes = " + rows.getString(3));
      }
    }
    String found =
        unsafe.isEmpty()
            ? null
            : "the database may lose committed bookings in a crash ("
                + String.join(", ", unsafe)
                + ")";
    if (found != null && !found.equals(unsafeCommits)) {
      LOG.warning(
          "Database at "
              + url
              + ": "
              + found
              + (allowUnsafeCommits
                  ? "; allowed by ticketing.db.allow-unsafe-commits"
                  : ". Readiness stays DOWN: turn these settings on, or set"
                      + " TICKETING_DB_ALLOW_UNSAFE_COMMITS=true where losing bookings is acceptable"
                      + " (benchmarks)."));
    }
    unsafeCommits = found;
    durabilityKnown = true;
  }

  /** True once every migration is applied. */
  public boolean isMigrated() {
    return migrated;
  }

  /** Why the schema is not migrated, or null once it is. */
  public String problem() {
    return problem;
  }

  /**
   * Why the database may lose committed bookings (its durability settings are off), or null if it
   * may not or if {@code ticketing.db.allow-unsafe-commits} allows it.
   */
  public String unsafeCommits() {
    return allowUnsafeCommits ? null : unsafeCommits;
  }

  /**
   * Whether the database's settings make every commit survive a crash; null until they were read.
   */
  public Boolean commitsAreDurable() {
    return durabilityKnown ? unsafeCommits == null : null;
  }

  /**
   * Whether a connection to the database can be had and answers now. Until the schema is migrated
   * the database is known not to be usable, so the pool is not even asked.
   */
  public boolean databaseAnswers(int timeoutSeconds) {
    if (!migrated) {
      return false;
    }
    try (var connection = dataSource.getConnection()) {
      return connection.isValid(timeoutSeconds);
    } catch (SQLException | RuntimeException e) {
      return false;
    }
  }

  private static String rootMessage(Throwable e) {
    Throwable root = e;
    while (root.getCause() != null && root.getCause() != root) {
      root = root.getCause();
    }
    String message = root.getMessage();
    return message == null ? root.getClass().getSimpleName() : message.lines().findFirst().get();
  }
}
