package dev.ticketing.web.fault;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * The runnable jar as a user runs it ({@code java -jar target/ticketing-micro.jar --nocluster
 * --port P}), in a process of its own that the fault suite can kill ({@code kill -9}) and start
 * again on the same port.
 */
public final class ApplicationProcess implements AutoCloseable {
  private static final HttpClient HTTP =
      HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

  private final int port;
  private final Map<String, String> environment;
  private final Path log;
  private Process process;
  private int starts;

  public ApplicationProcess(Map<String, String> environment, String name) throws IOException {
    try (ServerSocket free = new ServerSocket(0)) {
      port = free.getLocalPort();
    }
    this.environment = environment;
    this.log = Path.of("target", "fault-" + name + ".log");
  }

  public URI uri(String path) {
    return URI.create("http://127.0.0.1:" + port + path);
  }

  public int port() {
    return port;
  }

  /** The server's process id (while it runs). */
  public long pid() {
    return process.pid();
  }

  public Path log() {
    return log;
  }

  /**
   * Starts the server and returns once the application is deployed (its API answers, whether or not
   * the database does: {@code /health/live} answers before that); its log is appended.
   */
  public ApplicationProcess start() throws Exception {
    ProcessBuilder builder =
        new ProcessBuilder(
                "java",
                "-Xmx512m",
                "-jar",
                "target/ticketing-micro.jar",
                "--nocluster",
                "--port",
                String.valueOf(port))
            .redirectErrorStream(true)
            .redirectOutput(
                starts++ == 0
                    ? ProcessBuilder.Redirect.to(log.toFile())
                    : ProcessBuilder.Redirect.appendTo(log.toFile()));
    // The warm-up before readiness (WarmUp) only where a test asks for it: elsewhere it would
    // spend the shared cores for nothing.
    builder.environment().put("TICKETING_WARM_UP_MAX_SECONDS", "0");
    builder.environment().putAll(environment);
    process = builder.start();
    await("/health/live", 200, Duration.ofMinutes(3));
    long deadline = System.nanoTime() + Duration.ofMinutes(2).toNanos();
    while (status("/api/concerts") == 404 || status("/api/concerts") == -1) {
      if (!process.isAlive() || System.nanoTime() > deadline) {
        throw new IllegalStateException("the application was not deployed; see " + log);
      }
      Thread.sleep(200);
    }
    return this;
  }

  /** Kills the process at once, as a crash does: no shutdown of any kind. */
  public void kill() throws InterruptedException {
    process.destroyForcibly();
    process.waitFor(30, TimeUnit.SECONDS);
  }

  /** Waits until {@code path} answers {@code status}; returns how long that took. */
  public Duration await(String path, int status, Duration limit) throws Exception {
    long start = System.nanoTime();
    long deadline = start + limit.toNanos();
    while (status(path) != status) {
      if (!process.isAlive()) {
        throw new IllegalStateException("the server stopped; see " + log);
      }
      if (System.nanoTime() > deadline) {
        throw new AssertionError(
            path + " did not answer " + status + " within " + limit + "; see " + log);
      }
      Thread.sleep(100);
    }
    return Duration.ofNanos(System.nanoTime() - start);
  }

  /** The status {@code path} answers now, or -1 if the server does not answer. */
  public int status(String path) {
    try {
      return HTTP.send(
              HttpRequest.newBuilder(uri(path)).timeout(Duration.ofSeconds(5)).GET().build(),
              HttpResponse.BodyHandlers.discarding())
          .statusCode();
    } catch (IOException e) {
      return -1;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return -1;
    }
  }

  public String body(String path) throws Exception {
    return HTTP.send(
            HttpRequest.newBuilder(uri(path)).timeout(Duration.ofSeconds(5)).GET().build(),
            HttpResponse.BodyHandlers.ofString())
        .body();
  }

  @Override
  public void close() throws InterruptedException {
    if (process != null && process.isAlive()) {
      process.destroy();
      if (!process.waitFor(30, TimeUnit.SECONDS)) {
        process.destroyForcibly();
      }
    }
  }
}
