package dev.ticketing.db;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;

/**
 * A real PostgreSQL (binaries from Maven Central) for a newcomer's machine, started by {@code
 * ./run.sh} when no {@code TICKETING_DB_URL} is given. Its data survives restarts in the given
 * directory, with every commit flushed to disk before it is acknowledged, like any production
 * PostgreSQL; it stops cleanly when this process is told to stop (Ctrl+C, SIGTERM). PostgreSQL
 * refuses to run as root: {@code run.sh} says so before starting this.
 *
 * <p>Usage: {@code EmbeddedDatabase <data directory> <port> <ready file>}; the ready file receives
 * the JDBC URL once the database {@code ticketing} (owner {@code ticketing}) exists.
 */
public final class EmbeddedDatabase {
  private EmbeddedDatabase() {}

  public static void main(String[] args) throws Exception {
    Path data = Path.of(args[0]);
    int port = Integer.parseInt(args[1]);
    Path ready = Path.of(args[2]);
    Files.createDirectories(data);

    EmbeddedPostgres postgres =
        EmbeddedPostgres.builder()
            .setDataDirectory(data)
            .setCleanDataDirectory(false)
            .setPort(port)
            // The library's defaults are for throw-away test databases (fsync and
            // synchronous_commit off): a power cut would lose bookings answered 201 and could
            // corrupt this data directory, which run.sh keeps across runs.
            .setServerConfig("fsync", "on")
            .setServerConfig("synchronous_commit", "on")
            .setServerConfig("full_page_writes", "on")
            .start();
    Runtime.getRuntime()
        .addShutdownHook(
            new Thread(
                () -> {
                  try {
                    postgres.close();
                    System.out.println("database stopped");
                  } catch (Exception e) {
                    System.err.println("database did not stop cleanly: " + e.getMessage());
                  }
                }));

    try (Connection connection = postgres.getPostgresDatabase().getConnection();
        Statement sql = connection.createStatement()) {
      if (!exists(sql, "SELECT 1 FROM pg_roles WHERE rolname = 'ticketing'")) {
        sql.execute("CREATE ROLE ticketing LOGIN PASSWORD 'ticketing'");
      }
      if (!exists(sql, "SELECT 1 FROM pg_roles WHERE rolname = 'ticketing_app'")) {
        sql.execute("CREATE ROLE ticketing_app LOGIN PASSWORD 'ticketing_app'");
      }
      if (!exists(sql, "SELECT 1 FROM pg_database WHERE datname = 'ticketing'")) {
        sql.execute("CREATE DATABASE ticketing OWNER ticketing");
      }
    }
    Files.writeString(ready, "jdbc:postgresql://127.0.0.1:" + port + "/ticketing");
    Thread.currentThread().join();
  }

  private static boolean exists(Statement sql, String query) throws Exception {
    try (ResultSet rows = sql.executeQuery(query)) {
      return rows.next();
    }
  }
}
