package dev.ticketing.web.support;

import java.sql.DriverManager;
import java.sql.SQLException;
import org.junit.platform.launcher.LauncherSession;
import org.junit.platform.launcher.LauncherSessionListener;

/**
 * Drops and creates the integration-test database once per test run, before any server starts, so
 * that every run begins from an empty database that the application migrates itself.
 */
public class FreshTestDatabase implements LauncherSessionListener {
  @Override
  public void launcherSessionOpened(LauncherSession session) {
    String name = System.getProperty("ticketing.it.db.name");
    if (name == null) {
      return; // not an integration-test run
    }
    if (!name.matches("[a-z_][a-z0-9_]*")) {
      throw new IllegalArgumentException("unsafe database name: " + name);
    }
    String url = TestDatabase.url("postgres");
    try (var connection =
            DriverManager.getConnection(url, TestDatabase.user(), TestDatabase.password());
        var statement = connection.createStatement()) {
      statement.execute("DROP DATABASE IF EXISTS " + name + " WITH (FORCE)");
      statement.execute("CREATE DATABASE " + name);
      System.out.println("[it] fresh database " + name + " created");
    } catch (SQLException e) {
      throw new IllegalStateException(
          "Cannot create the test database "
              + name
              + " at "
              + url
              + " (run db/scripts/setup-local-postgres.sh first): "
              + e.getMessage(),
          e);
    }
  }
}
