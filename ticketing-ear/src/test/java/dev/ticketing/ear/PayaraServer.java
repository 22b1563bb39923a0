package dev.ticketing.ear;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * A Payara Server Full domain of its own, driven with {@code asadmin}: created afresh under {@code
 * target/}, on a port base of its own, started, given the EAR, stopped. Every asadmin command and
 * its output go to one log file; the server's own log stays in the domain's {@code logs/}.
 */
final class PayaraServer {
  static final String DOMAIN = "ticketing-ear-it";

  private final Path home;
  private final Path domainDir;
  private final int portBase;
  private final Path log;
  private final Map<String, String> environment;
  private final HttpClient http =
      HttpClient.newBuilder()
          .version(HttpClient.Version.HTTP_1_1)
          .connectTimeout(Duration.ofSeconds(5))
          .build();

  /**
   * @param environment added to the environment of {@code start-domain}, so the server's JVM
   *     inherits it (the application reads {@code TICKETING_DB_*} from there)
   */
  PayaraServer(Path home, Path domainDir, int portBase, Path log, Map<String, String> environment) {
    this.home = home;
    this.domainDir = domainDir;
    this.portBase = portBase;
    this.log = log;
    this.environment = environment;
  }

  int adminPort() {
    return portBase + 48;
  }

  int httpPort() {
    return portBase + 80;
  }

  URI uri(String path) {
    return URI.create("http://127.0.0.1:" + httpPort() + path);
  }

  Path serverLog() {
    return domainDir.resolve(DOMAIN).resolve("logs").resolve("server.log");
  }

  /** Deletes what a previous run left and creates the domain on this port base. */
  void createDomain(boolean dataGrid) throws IOException, InterruptedException {
    Path domain = domainDir.resolve(DOMAIN);
    if (Files.exists(domain.resolve("config").resolve("pid"))) {
      // A run that was killed before it could stop its domain: stop that one first.
      asadmin(Duration.ofMinutes(2), false, "stop-domain", "--domaindir", domainDir, DOMAIN);
    }
    deleteTree(domain);
    Files.createDirectories(domainDir);
    asadmin(
        Duration.ofMinutes(3),
        true,
        "create-domain",
        "--domaindir",
        domainDir,
        "--nopassword",
        "--portbase",
        portBase,
        DOMAIN);
    if (!dataGrid) {
      disableDataGrid(domain.resolve("config").resolve("domain.xml"));
    }
  }

  /**
   * The application uses nothing of Payara's data grid (Hazelcast: clustered sessions, caches,
   * persistent timers), and starting it costs several seconds: off in the server's configuration.
   */
  private void disableDataGrid(Path domainXml) throws IOException {
    String xml = Files.readString(domainXml);
    int serverConfig = xml.indexOf("<config name=\"server-config\"");
    String element = "<hazelcast-config-specific-configuration";
    int at = serverConfig < 0 ? -1 : xml.indexOf(element, serverConfig);
    int end = at < 0 ? -1 : xml.indexOf('>', at);
    if (end < 0 || xml.substring(at, end).contains("enabled=")) {
      progress("data grid left as configured (no plain " + element + "> in server-config)");
      return;
    }
    int insertAt = at + element.length();
    Files.writeString(
        domainXml, xml.substring(0, insertAt) + " enabled=\"false\"" + xml.substring(insertAt));
    progress("data grid (Hazelcast) disabled in server-config");
  }

  void startDomain() throws IOException, InterruptedException {
    asadmin(
        Duration.ofMinutes(5),
        true,
        "start-domain",
        "--domaindir",
        domainDir,
        "--timeout",
        240,
        DOMAIN);
  }

  void deploy(Path ear, String name) throws IOException, InterruptedException {
    asadmin(
        Duration.ofMinutes(10),
        true,
        "--port",
        adminPort(),
        "deploy",
        "--name",
        name,
        "--force",
        "true",
        ear.toAbsolutePath());
  }

  /** Stops the domain; if asadmin cannot, ends the server process this test started. */
  void stopDomain() {
    try {
      asadmin(Duration.ofMinutes(2), false, "stop-domain", "--domaindir", domainDir, DOMAIN);
    } catch (IOException | InterruptedException | RuntimeException e) {
      progress("stop-domain failed: " + e);
    }
    Path pidFile = domainDir.resolve(DOMAIN).resolve("config").resolve("pid");
    try {
      if (Files.exists(pidFile)) {
        long pid = Long.parseLong(Files.readString(pidFile).trim());
        ProcessHandle.of(pid)
            .ifPresent(
                server -> {
                  progress("domain still running after stop-domain: ending process " + pid);
                  server.destroy();
                  server.onExit().orTimeout(30, TimeUnit.SECONDS).exceptionally(t -> null).join();
                  if (server.isAlive()) {
                    server.destroyForcibly();
                  }
                });
      }
    } catch (IOException | NumberFormatException e) {
      progress("could not read " + pidFile + ": " + e);
    }
  }

  /**
   * Waits until {@code GET /health} answers 200 with status UP.
   *
   * @return when it first did
   */
  Instant awaitHealthUp(Duration timeout) throws InterruptedException {
    Instant deadline = Instant.now().plus(timeout);
    String last = "no answer";
    while (Instant.now().isBefore(deadline)) {
      try {
        HttpResponse<String> response =
            http.send(
                HttpRequest.newBuilder(uri("/health")).timeout(Duration.ofSeconds(5)).build(),
                HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() == 200 && response.body().contains("\"UP\"")) {
          return Instant.now();
        }
        last = response.statusCode() + " " + response.body();
      } catch (IOException e) {
        last = e.toString();
      }
      Thread.sleep(250);
    }
    throw new IllegalStateException(
        "/health not UP after " + timeout + " (last: " + last + ")\n" + serverLogTail(60));
  }

  /** The last lines of the server's log, for failure messages. */
  String serverLogTail(int lines) {
    try {
      List<String> all = Files.readAllLines(serverLog(), StandardCharsets.UTF_8);
      return "--- last lines of "
          + serverLog()
          + " ---\n"
          + String.join("\n", all.subList(Math.max(0, all.size() - lines), all.size()));
    } catch (IOException e) {
      return "(no server log at " + serverLog() + ")";
    }
  }

  private void asadmin(Duration timeout, boolean mustSucceed, Object... arguments)
      throws IOException, InterruptedException {
    boolean windows = System.getProperty("os.name").toLowerCase().contains("win");
    List<String> command = new ArrayList<>();
    command.add(home.resolve("bin").resolve(windows ? "asadmin.bat" : "asadmin").toString());
    command.add("--interactive=false");
    for (Object argument : arguments) {
      command.add(String.valueOf(argument));
    }
    ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
    // The server runs on the JDK that runs the build.
    builder.environment().put("AS_JAVA", System.getProperty("java.home"));
    builder.environment().putAll(environment);
    Files.createDirectories(log.getParent());
    Files.writeString(
        log,
        "\n$ " + String.join(" ", command) + "\n",
        StandardOpenOption.CREATE,
        StandardOpenOption.APPEND);
    builder.redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()));
    String name = String.valueOf(arguments[0]).startsWith("--") ? command.get(4) : command.get(2);
    progress("asadmin " + name + " ...");
    long started = System.nanoTime();
    Process process = builder.start();
    if (!process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
      process.destroyForcibly();
      throw new IllegalStateException(
          "asadmin " + name + " did not finish within " + timeout + " (see " + log + ")");
    }
    progress(
        String.format(
            "asadmin %s exited %d after %.1f s",
            name, process.exitValue(), (System.nanoTime() - started) / 1e9));
    if (mustSucceed && process.exitValue() != 0) {
      throw new IllegalStateException(
          "asadmin "
              + name
              + " failed with exit code "
              + process.exitValue()
              + " (see "
              + log
              + ")\n"
              + serverLogTail(60));
    }
  }

  static void progress(String message) {
    System.out.println("[ear-it] " + message);
    System.out.flush();
  }

  private static void deleteTree(Path root) throws IOException {
    if (!Files.exists(root)) {
      return;
    }
    try (Stream<Path> paths = Files.walk(root)) {
      for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
        Files.delete(path);
      }
    }
  }
}
