package dev.ticketing.web.scale;

import dev.ticketing.web.fault.ApplicationProcess;
import dev.ticketing.web.support.TestDatabase;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.net.ssl.SSLContext;

/**
 * The scale-out topology of {@code deploy/topology.sh}, started by a test: PgBouncer with the
 * committed policy ({@code deploy/pgbouncer.ini}), runnable jars pooled through it (migration and
 * {@code LISTEN} straight to the tests' PostgreSQL), and HAProxy with the committed {@code
 * deploy/haproxy.cfg} in front; every part a process on a free loopback port, logs in {@code
 * target/scale-*.log}.
 */
final class Topology implements AutoCloseable {
  private static final Path DEPLOY = Edge.DEPLOY;
  private static final HttpClient HTTP =
      HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

  private final List<ApplicationProcess> instances = new ArrayList<>();
  private final int balancerPort = freePort();
  private final int tlsPort = freePort();
  private final int statsPort = freePort();
  private final int poolerPort = freePort();
  private Process pooler;
  private Process balancer;
  private Path work;

  /** Whether HAProxy and PgBouncer are installed (Debian: apt-get install haproxy pgbouncer). */
  static boolean installed() {
    return executable("haproxy") != null && executable("pgbouncer") != null;
  }

  /** Starts PgBouncer, {@code count} instances with {@code environment}, then HAProxy. */
  static Topology start(int count, Map<String, String> environment) throws Exception {
    Topology topology = new Topology();
    try {
      topology.startPooler();
      topology.startInstances(count, environment);
      topology.startBalancer();
      return topology;
    } catch (Exception | AssertionError e) {
      topology.close();
      throw e;
    }
  }

  private SSLContext tls;

  /** An address behind HAProxy, over HTTPS (plain HTTP only redirects there). */
  URI uri(String path) {
    return URI.create("https://127.0.0.1:" + tlsPort + path);
  }

  /** The same address over plain HTTP. */
  URI plainUri(String path) {
    return URI.create("http://127.0.0.1:" + balancerPort + path);
  }

  /** TLS that trusts the topology's self-signed certificate. */
  SSLContext tls() {
    return tls;
  }

  /** Instance {@code n} (1-based), named {@code app<n>} in HAProxy. */
  ApplicationProcess instance(int n) {
    return instances.get(n - 1);
  }

  /** HAProxy's view of a server of the ui backend: {@code UP}, {@code DOWN}, ... */
  String state(String server) throws Exception {
    String csv =
        HTTP.send(
                HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + statsPort + "/stats;csv"))
                    .timeout(Duration.ofSeconds(2))
                    .build(),
                HttpResponse.BodyHandlers.ofString())
            .body();
    String[] lines = csv.split("\n");
    List<String> header = List.of(lines[0].replaceFirst("^# ", "").split(","));
    int status = header.indexOf("status");
    for (String line : lines) {
      String[] fields = line.split(",", -1);
      if (fields.length > status && fields[0].equals("ui") && fields[1].equals(server)) {
        return fields[status].trim();
      }
    }
    throw new IllegalStateException("no server " + server + " in HAProxy's status: " + csv);
  }

  /** A setting of the committed PgBouncer policy, as a number. */
  static int poolSetting(String name) throws IOException {
    Matcher setting =
        Pattern.compile("(?m)^" + Pattern.quote(name) + "\\s*=\\s*(\\d+)\\s*$")
            .matcher(Files.readString(DEPLOY.resolve("pgbouncer.ini")));
    if (!setting.find()) {
      throw new IllegalStateException(name + " is not set in deploy/pgbouncer.ini");
    }
    return Integer.parseInt(setting.group(1));
  }

  /**
   * The application role's sessions on the tests' database now: PgBouncer's server connections and
   * each instance's one direct {@code LISTEN} connection (no other server runs during the test).
   */
  static int applicationSessions() {
    return TestDatabase.queryInt(
        "SELECT count(*) FROM pg_stat_activity WHERE datname = current_database()"
            + " AND usename = 'ticketing_app'");
  }

  private void startPooler() throws Exception {
    work = Files.createTempDirectory("ticketing-scale");
    Files.setPosixFilePermissions(work, PosixFilePermissions.fromString("rwxr-xr-x"));
    URI database = URI.create(TestDatabase.url().substring("jdbc:".length()));
    Path config = work.resolve("pgbouncer.ini");
    Files.writeString(
        config,
        "[databases]\n* = host="
            + database.getHost()
            + " port="
            + database.getPort()
            + "\n%include "
            + DEPLOY.resolve("pgbouncer.ini")
            + "\nlisten_port = "
            + poolerPort
            + "\nauth_file = "
            + work.resolve("userlist.txt")
            + "\n");
    Files.setPosixFilePermissions(config, PosixFilePermissions.fromString("rw-r--r--"));
    // The user list as every deployment writes it: at start, from TICKETING_DB_PASSWORD (failsafe
    // gives this JVM, and so the instances, the runtime role's password).
    run(DEPLOY.resolve("pgbouncer/write-userlist.sh").toString(), work.resolve("userlist.txt"));
    List<String> command = new ArrayList<>(List.of(executable("pgbouncer")));
    if ("root".equals(System.getProperty("user.name"))) {
      command.addAll(List.of("-u", "nobody")); // PgBouncer refuses to run as root
      run("chown", "nobody", work.resolve("userlist.txt"));
    }
    command.add(config.toString());
    pooler = launch(command, Map.of(), "pgbouncer");
    awaitPort(poolerPort, pooler, "pgbouncer");
  }

  private void startInstances(int count, Map<String, String> environment) throws Exception {
    String direct = TestDatabase.url();
    String database = direct.substring(direct.lastIndexOf('/') + 1);
    Map<String, String> pooled = new HashMap<>(environment);
    pooled.put(
        "TICKETING_DB_URL",
        "jdbc:postgresql://127.0.0.1:" + poolerPort + "/" + database + "?prepareThreshold=0");
    pooled.put("TICKETING_DB_MIGRATION_URL", direct);
    pooled.put("TICKETING_DB_LISTEN_URL", direct);
    pooled.put("TICKETING_HTTP_TRUSTED_PROXIES", "127.0.0.1/32"); // HAProxy, as deploy/ sets it
    List<CompletableFuture<ApplicationProcess>> starting = new ArrayList<>();
    for (int n = 1; n <= count; n++) {
      ApplicationProcess instance = new ApplicationProcess(pooled, "scale-app" + n);
      instances.add(instance);
      starting.add(
          CompletableFuture.supplyAsync(
              () -> {
                try {
                  try {
                    instance.start();
                  } catch (IllegalStateException stoppedAtStart) {
                    // Two jars booting at once on 2 cores beside other tests: one stopped during
                    // start once in a few runs (its log says why); a second start is what an
                    // orchestrator would do too.
                    System.out.println(
                        "[scale] " + stoppedAtStart.getMessage() + "; starting again");
                    instance.start();
                  }
                  instance.await("/health/ready", 200, Duration.ofMinutes(2));
                  return instance;
                } catch (Exception e) {
                  throw new IllegalStateException(e);
                }
              }));
    }
    for (CompletableFuture<ApplicationProcess> instance : starting) {
      instance.get(5, TimeUnit.MINUTES);
    }
  }

  private void startBalancer() throws Exception {
    // As deploy/topology.sh without TICKETING_TLS_CERTIFICATE: a self-signed certificate.
    Path certificate = Edge.selfSignedCertificate(work);
    tls = Edge.trusting(certificate);
    Map<String, String> environment = new HashMap<>(Edge.tls(certificate, tlsPort, true));
    environment.put("TICKETING_LB_BIND", "127.0.0.1:" + balancerPort);
    environment.put("TICKETING_LB_STATS_BIND", "127.0.0.1:" + statsPort);
    for (int n = 1; n <= instances.size(); n++) {
      environment.put("TICKETING_INSTANCE_" + n, "127.0.0.1:" + instance(n).port());
    }
    balancer =
        launch(
            List.of(executable("haproxy"), "-db", "-f", DEPLOY.resolve("haproxy.cfg").toString()),
            environment,
            "haproxy");
    awaitPort(statsPort, balancer, "haproxy");
    long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
    for (int n = 1; n <= instances.size(); n++) {
      while (!state("app" + n).equals("UP")) {
        if (System.nanoTime() > deadline) {
          throw new AssertionError("app" + n + " is " + state("app" + n) + " in HAProxy");
        }
        Thread.sleep(100);
      }
    }
  }

  private static Process launch(List<String> command, Map<String, String> environment, String name)
      throws IOException {
    ProcessBuilder builder =
        new ProcessBuilder(command)
            .redirectErrorStream(true)
            .redirectOutput(Path.of("target", "scale-" + name + ".log").toFile());
    builder.environment().putAll(environment);
    return builder.start();
  }

  private static void run(Object... command) throws Exception {
    Process process =
        new ProcessBuilder(Arrays.stream(command).map(String::valueOf).toList())
            .redirectErrorStream(true)
            .start();
    String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    if (!process.waitFor(30, TimeUnit.SECONDS) || process.exitValue() != 0) {
      throw new IllegalStateException(Arrays.toString(command) + " failed: " + output);
    }
  }

  private static void awaitPort(int port, Process process, String name) throws Exception {
    long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
    while (true) {
      try (Socket socket = new Socket("127.0.0.1", port)) {
        return;
      } catch (IOException notYet) {
        if (!process.isAlive() || System.nanoTime() > deadline) {
          throw new IllegalStateException(
              name + " did not start; see target/scale-" + name + ".log");
        }
        Thread.sleep(100);
      }
    }
  }

  private static String executable(String name) {
    for (String directory : List.of("/usr/sbin", "/usr/local/sbin", "/usr/bin")) {
      Path candidate = Path.of(directory, name);
      if (Files.isExecutable(candidate)) {
        return candidate.toString();
      }
    }
    return null;
  }

  private static int freePort() {
    try (ServerSocket free = new ServerSocket(0)) {
      return free.getLocalPort();
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }

  @Override
  public void close() throws Exception {
    stop(balancer);
    for (ApplicationProcess instance : instances) {
      instance.close();
    }
    stop(pooler);
    if (work != null) {
      try (var files = Files.walk(work)) {
        files.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
      }
    }
  }

  private static void stop(Process process) throws InterruptedException {
    if (process != null && process.isAlive()) {
      process.destroy();
      if (!process.waitFor(10, TimeUnit.SECONDS)) {
        process.destroyForcibly();
      }
    }
  }
}
