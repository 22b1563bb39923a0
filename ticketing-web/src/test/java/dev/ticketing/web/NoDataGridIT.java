package dev.ticketing.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.HttpURLConnection;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The runnable jar, started as a user starts it ({@code java -jar ticketing-micro.jar --nocluster
 * --port P}, as {@code run.sh} does), listens on its HTTP port and on nothing else: no Hazelcast
 * data grid on port 6900, no multicast. Payara Micro 6 opens one by default on all interfaces, even
 * with {@code --nocluster}; the jar carries pre-boot commands that turn it off. The sockets are
 * read from {@code /proc}, for this server's process only.
 */
class NoDataGridIT {
  private Process server;

  @AfterEach
  void stop() throws InterruptedException {
    if (server != null) {
      server.destroy();
      if (!server.waitFor(30, TimeUnit.SECONDS)) {
        server.destroyForcibly();
      }
    }
  }

  @Test
  void theRunnableJarListensOnItsHttpPortAndNothingElse() throws Exception {
    int port;
    try (ServerSocket free = new ServerSocket(0)) {
      port = free.getLocalPort();
    }
    Path log = Path.of("target/no-data-grid-it.log");
    ProcessBuilder start =
        new ProcessBuilder(
                "java",
                "-Xmx512m",
                "-jar",
                "target/ticketing-micro.jar",
                "--nocluster",
                "--port",
                String.valueOf(port))
            .redirectErrorStream(true)
            .redirectOutput(log.toFile());
    start.environment().put("TICKETING_DB_URL", "jdbc:postgresql://127.0.0.1:1/unreachable");
    server = start.start();

    // Live answers whether or not the database does: the server is up, every port is open.
    Instant deadline = Instant.now().plus(Duration.ofMinutes(3));
    while (!answers(URI.create("http://127.0.0.1:" + port + "/health/live"))) {
      assertThat(server.isAlive()).as("the server is running; see %s", log).isTrue();
      assertThat(Instant.now()).as("the server answers in time; see %s", log).isBefore(deadline);
      Thread.sleep(500);
    }

    List<String> listening = listeningSockets(server.pid());
    assertThat(listening)
        .as("sockets the server listens on (log: %s)", log)
        .isNotEmpty()
        .allSatisfy(socket -> assertThat(socket).endsWith(":" + port));
    assertThat(Files.readString(log)).doesNotContain("Hazelcast Instance Bound");
  }

  private static boolean answers(URI uri) {
    try {
      HttpURLConnection connection = (HttpURLConnection) uri.toURL().openConnection();
      connection.setConnectTimeout(1_000);
      connection.setReadTimeout(5_000);
      return connection.getResponseCode() == 200;
    } catch (IOException notYet) {
      return false;
    }
  }

  /**
   * TCP sockets in LISTEN state and bound UDP sockets of the process, as "protocol address:port"
   * (Linux: the process's socket inodes from /proc/PID/fd, matched in /proc/net/{tcp,udp}{,6}).
   */
  private static List<String> listeningSockets(long pid) throws IOException {
    Set<String> inodes = new HashSet<>();
    try (var fds = Files.list(Path.of("/proc/" + pid + "/fd"))) {
      for (Path fd : fds.toList()) {
        try {
          String target = Files.readSymbolicLink(fd).toString();
          if (target.startsWith("socket:[")) {
            inodes.add(target.substring(8, target.length() - 1));
          }
        } catch (IOException closedMeanwhile) {
          // a descriptor closed while listing
        }
      }
    }
    List<String> sockets = new ArrayList<>();
    for (String table : List.of("tcp", "tcp6", "udp", "udp6")) {
      List<String> lines = Files.readAllLines(Path.of("/proc/net/" + table));
      for (String line : lines.subList(1, lines.size())) {
        String[] columns = line.trim().split("\\s+");
        boolean open = table.startsWith("udp") || columns[3].equals("0A"); // 0A = LISTEN
        if (open && inodes.contains(columns[9])) {
          String local = columns[1];
          int port = Integer.parseInt(local.substring(local.indexOf(':') + 1), 16);
          sockets.add(table + " " + local.substring(0, local.indexOf(':')) + ":" + port);
        }
      }
    }
    return sockets;
  }
}
