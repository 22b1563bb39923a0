package dev.ticketing.web.scale;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * TLS at the edge, with the committed {@code deploy/haproxy.cfg} and a stand-in instance that sets
 * a session cookie as the application does: HTTPS answers, plain HTTP is redirected to it, cookies
 * are {@code Secure} over it, and HSTS is sent with a configured certificate only, never with the
 * self-signed one made at start. (The whole topology over HTTPS: {@link ScaleOutIT}.) Skipped
 * without HAProxy.
 */
class EdgeTlsTest {
  private final int httpPort = freePort();
  private final int tlsPort = freePort();
  private final int statsPort = freePort();
  private HttpServer instance;
  private Process haproxy;
  @TempDir Path work;

  @BeforeEach
  void startInstance() throws IOException {
    assumeTrue(Files.isExecutable(Path.of("/usr/sbin/haproxy")), "HAProxy is not installed");
    instance = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
    instance.createContext(
        "/",
        exchange -> {
          exchange.getResponseHeaders().add("Set-Cookie", "JSESSIONID=abc; Path=/; HttpOnly");
          exchange.sendResponseHeaders(200, 2);
          exchange.getResponseBody().write("ok".getBytes());
          exchange.close();
        });
    instance.start();
  }

  @AfterEach
  void stop() throws InterruptedException {
    if (haproxy != null) {
      haproxy.destroy();
      haproxy.waitFor(10, TimeUnit.SECONDS);
    }
    if (instance != null) {
      instance.stop(0);
    }
  }

  @Test
  void withTheSelfSignedCertificateHttpsAnswersHttpRedirectsCookiesAreSecureAndNoHsts()
      throws Exception {
    Path certificate = Edge.selfSignedCertificate(work);
    startHaproxy(Edge.tls(certificate, tlsPort, true));
    HttpClient client = client(certificate);

    HttpResponse<String> page = client.send(get("https", tlsPort, "/concerts/1"), body());
    assertThat(page.statusCode()).isEqualTo(200);
    List<String> cookies = page.headers().allValues("Set-Cookie");
    assertThat(cookies)
        .anyMatch(c -> c.startsWith("JSESSIONID=abc"))
        .anyMatch(c -> c.startsWith("TICKETING_INSTANCE="))
        .allMatch(c -> c.matches("(?i).*;\\s*secure(;.*|$)"));
    assertThat(page.headers().firstValue("Strict-Transport-Security")).isEmpty();

    for (String method : new String[] {"GET", "POST"}) {
      HttpResponse<String> plain =
          client.send(
              HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + httpPort + "/api/x?y=1"))
                  .method(method, HttpRequest.BodyPublishers.noBody())
                  .build(),
              body());
      assertThat(plain.statusCode()).as(method).isIn(301, 308);
      assertThat(plain.headers().firstValue("Location"))
          .hasValue("https://127.0.0.1:" + tlsPort + "/api/x?y=1");
      assertThat(plain.headers().allValues("Set-Cookie")).isEmpty();
    }
  }

  @Test
  void withAConfiguredCertificateHstsIsSentOverHttps() throws Exception {
    Path certificate = Edge.selfSignedCertificate(work); // as if given: TICKETING_TLS_CERTIFICATE
    startHaproxy(Edge.tls(certificate, tlsPort, false));

    HttpResponse<String> page =
        client(certificate).send(get("https", tlsPort, "/"), HttpResponse.BodyHandlers.ofString());
    assertThat(page.statusCode()).isEqualTo(200);
    assertThat(page.headers().firstValue("Strict-Transport-Security"))
        .hasValueSatisfying(v -> assertThat(v).startsWith("max-age="));
  }

  private void startHaproxy(Map<String, String> tls) throws Exception {
    Map<String, String> environment = new HashMap<>(tls);
    environment.put("TICKETING_LB_BIND", "127.0.0.1:" + httpPort);
    environment.put("TICKETING_LB_STATS_BIND", "127.0.0.1:" + statsPort);
    environment.put("TICKETING_INSTANCE_1", "127.0.0.1:" + instance.getAddress().getPort());
    ProcessBuilder builder =
        new ProcessBuilder(
                "/usr/sbin/haproxy", "-db", "-f", Edge.DEPLOY.resolve("haproxy.cfg").toString())
            .redirectErrorStream(true)
            .redirectOutput(work.resolve("haproxy.log").toFile());
    builder.environment().putAll(environment);
    haproxy = builder.start();
    long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
    HttpClient stats = HttpClient.newHttpClient();
    while (true) {
      // Up once its health check of the instance passed twice (deploy/haproxy.cfg).
      try (Socket probe = new Socket("127.0.0.1", tlsPort)) {
        String csv =
            stats
                .send(
                    HttpRequest.newBuilder(
                            URI.create("http://127.0.0.1:" + statsPort + "/stats;csv"))
                        .build(),
                    HttpResponse.BodyHandlers.ofString())
                .body();
        if (csv.lines().anyMatch(l -> l.startsWith("ui,app1,") && l.contains(",UP,"))) {
          return;
        }
      } catch (IOException notYet) {
        // not listening yet
      }
      if (!haproxy.isAlive() || System.nanoTime() > deadline) {
        throw new AssertionError(
            "HAProxy did not serve HTTPS: " + Files.readString(work.resolve("haproxy.log")));
      }
      Thread.sleep(100);
    }
  }

  private static HttpClient client(Path certificate) throws Exception {
    return HttpClient.newBuilder()
        .sslContext(Edge.trusting(certificate))
        .followRedirects(HttpClient.Redirect.NEVER)
        .connectTimeout(Duration.ofSeconds(2))
        .build();
  }

  private static HttpRequest get(String scheme, int port, String path) {
    return HttpRequest.newBuilder(URI.create(scheme + "://127.0.0.1:" + port + path))
        .timeout(Duration.ofSeconds(5))
        .build();
  }

  private static HttpResponse.BodyHandler<String> body() {
    return HttpResponse.BodyHandlers.ofString();
  }

  private static int freePort() {
    try (ServerSocket free = new ServerSocket(0)) {
      return free.getLocalPort();
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }
}
