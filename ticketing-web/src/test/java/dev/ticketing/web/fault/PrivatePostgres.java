package dev.ticketing.web.fault;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * A PostgreSQL cluster of the fault suite's own, made with Debian's {@code initdb} in a temporary
 * directory on a free loopback port, so that it can be killed and restarted without touching the
 * machine's server that every other test uses. Runs as the {@code postgres} system user when the
 * tests run as root (PostgreSQL refuses root), as the current user otherwise. Durable settings
 * (fsync, synchronous_commit on), like any production server.
 */
final class PrivatePostgres implements AutoCloseable {
  private final Path bin;
  private final Path data;
  private final int port;
  private final boolean asPostgresUser;

  private PrivatePostgres(Path bin, Path data, int port, boolean asPostgresUser) {
    this.bin = bin;
    this.data = data;
    this.port = port;
    this.asPostgresUser = asPostgresUser;
  }

  /** Creates and starts a cluster with role and database {@code ticketing}. */
  static PrivatePostgres start() throws Exception {
    Path bin = binaries();
    boolean root = "root".equals(System.getProperty("user.name"));
    Path data = Files.createTempDirectory("ticketing-fault-pg");
    if (root) {
      run(List.of("chown", "postgres:postgres", data.toString()));
    }
    int port;
    try (ServerSocket free = new ServerSocket(0)) {
      port = free.getLocalPort();
    }
    PrivatePostgres postgres = new PrivatePostgres(bin, data, port, root);
    postgres.as(
        bin.resolve("initdb").toString(),
        "-D",
        data.resolve("pgdata").toString(),
        "-U",
        "postgres",
        "-A",
        "trust",
        "-E",
        "UTF-8",
        "--no-sync");
    postgres.startServer();
    try (Connection c = postgres.connect("postgres", "postgres");
        var s = c.createStatement()) {
      s.execute("CREATE ROLE ticketing LOGIN PASSWORD 'ticketing'");
      s.execute("CREATE DATABASE ticketing OWNER ticketing");
    }
    return postgres;
  }

  int port() {
    return port;
  }

  Connection connect(String database, String user) throws SQLException {
    return DriverManager.getConnection(
        "jdbc:postgresql://127.0.0.1:" + port + "/" + database, user, user);
  }

  /** Runs one statement on the application's database as the superuser. */
  void asSuperuser(String sql) throws SQLException {
    try (Connection c = connect("ticketing", "postgres");
        var s = c.createStatement()) {
      s.execute(sql);
    }
  }

  /** The application's database, as its owner. */
  Connection connect() throws SQLException {
    return connect("ticketing", "ticketing");
  }

  void startServer() throws Exception {
    as(
        bin.resolve("pg_ctl").toString(),
        "-D",
        data.resolve("pgdata").toString(),
        "-l",
        data.resolve("server.log").toString(),
        "-w",
        "-t",
        "30",
        "-o",
        "-p "
            + port
            + " -c listen_addresses=127.0.0.1 -c unix_socket_directories="
            + data
            + " -c fsync=on -c synchronous_commit=on -c max_connections=60",
        "start");
  }

  /**
   * Kills the server as a power cut would ({@code pg_ctl stop -m immediate}): no clean shutdown.
   */
  void kill() throws Exception {
    as(
        bin.resolve("pg_ctl").toString(),
        "-D",
        data.resolve("pgdata").toString(),
        "-m",
        "immediate",
        "stop");
  }

  private void as(String... command) throws Exception {
    List<String> line = new ArrayList<>();
    if (asPostgresUser) {
      line.addAll(List.of("runuser", "-u", "postgres", "--"));
    }
    line.addAll(List.of(command));
    run(line);
  }

  private static void run(List<String> command) throws Exception {
    Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
    String output = new String(process.getInputStream().readAllBytes());
    if (!process.waitFor(60, TimeUnit.SECONDS) || process.exitValue() != 0) {
      throw new IllegalStateException(String.join(" ", command) + " failed: " + output);
    }
  }

  /** Debian's PostgreSQL server binaries, the newest version installed. */
  private static Path binaries() throws IOException {
    try (Stream<Path> versions = Files.list(Path.of("/usr/lib/postgresql"))) {
      return versions
          .map(version -> version.resolve("bin"))
          .filter(bin -> Files.isExecutable(bin.resolve("initdb")))
          .max(
              Comparator.comparing(
                  bin -> Integer.parseInt(bin.getParent().getFileName().toString())))
          .orElseThrow(
              () -> new IllegalStateException("no PostgreSQL server in /usr/lib/postgresql"));
    }
  }

  @Override
  public void close() throws Exception {
    try {
      kill();
    } catch (Exception alreadyStopped) {
      // stopped
    }
    try (Stream<Path> files = Files.walk(data)) {
      files.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
    }
  }
}
