package dev.ticketing.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The container files, checked without a Docker engine (none runs on the build machines): the
 * compose file is valid for Compose itself ({@code docker-compose config}, Debian's package), and
 * both files keep the promises the README makes (same Payara Micro version as the build, non-root,
 * health checks, the database before the application).
 */
class DeploymentFilesTest {
  private static final Path ROOT = Path.of("..").toAbsolutePath().normalize();

  @Test
  void composeFileIsValidAndStartsTheApplicationAfterAHealthyDatabase() throws Exception {
    String resolved = composeConfig();
    assertThat(resolved).contains("condition: service_healthy");
    assertThat(resolved).containsPattern("(?s)db:.*healthcheck:.*pg_isready");
    assertThat(resolved).containsPattern("(?s)volumes:.*ticketing-db:");
    assertThat(resolved).containsPattern("image: postgres:(1[5-9]|[2-9][0-9])");
  }

  @Test
  void composeFileRunsTwoInstancesBehindHaproxyPooledByPgbouncerInTransactionMode()
      throws Exception {
    String resolved = composeConfig();
    for (String instance : new String[] {"app1", "app2"}) {
      assertThat(resolved)
          .as(instance)
          .containsPattern(
              "(?s)\\n  "
                  + instance
                  + ":\\n.*?TICKETING_DB_URL: jdbc:postgresql://pgbouncer:6432/ticketing\\?prepareThreshold=0");
    }
    // The migration (session advisory lock) and LISTEN need sessions of their own: not pooled.
    assertThat(resolved)
        .contains("TICKETING_DB_MIGRATION_URL: jdbc:postgresql://db:5432/ticketing")
        .contains("TICKETING_DB_LISTEN_URL: jdbc:postgresql://db:5432/ticketing")
        .contains("dockerfile: deploy/pgbouncer/Dockerfile")
        .contains("image: haproxy:2.6")
        .contains("/deploy/haproxy.cfg:/usr/local/etc/haproxy/haproxy.cfg:ro")
        .contains("TICKETING_INSTANCE_1: app1:8080")
        .contains("TICKETING_INSTANCE_2: app2:8080");
    assertThat(Files.readString(ROOT.resolve("deploy/pgbouncer.ini")))
        .containsPattern("(?m)^pool_mode = transaction$");
    assertThat(Files.readString(ROOT.resolve("deploy/pgbouncer/Dockerfile")))
        .contains("FROM debian:")
        .containsPattern("(?m)^USER postgres$");
  }

  @Test
  void dockerfileRunsTheBuildsPayaraMicroVersionAsNonRootWithAHealthCheck() throws IOException {
    String dockerfile = Files.readString(ROOT.resolve("Dockerfile"));
    Matcher pinned =
        Pattern.compile("<payara-micro.version>([^<]+)</payara-micro.version>")
            .matcher(Files.readString(ROOT.resolve("pom.xml")));
    assertThat(pinned.find()).isTrue();

    assertThat(dockerfile).contains("FROM payara/micro:" + pinned.group(1));
    assertThat(dockerfile).containsPattern("(?m)^USER payara$");
    assertThat(dockerfile).containsPattern("(?m)^HEALTHCHECK .*").contains("/health/ready");
    assertThat(dockerfile).contains("TICKETING_DB_URL").contains("TICKETING_HTTP_PORT");
    // No Hazelcast data grid on *:6900: the image runs the same pre-boot commands as the jar.
    assertThat(dockerfile)
        .contains("COPY --chown=payara:payara ticketing-web/src/main/payara/payara-micro.preboot")
        .containsPattern("ENTRYPOINT .*--prebootcommandfile \\S*payara-micro\\.preboot");
  }

  /** {@code docker-compose config}: the compose file, checked and resolved by Compose itself. */
  private static String composeConfig() throws Exception {
    Path compose = ROOT.resolve("docker-compose.yml");
    Process lint;
    try {
      lint =
          new ProcessBuilder("docker-compose", "-f", compose.toString(), "config")
              .redirectErrorStream(true)
              .start();
    } catch (IOException notInstalled) {
      throw new AssertionError(
          "docker-compose is needed to lint docker-compose.yml: apt-get install -y docker-compose",
          notInstalled);
    }
    String resolved = new String(lint.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(lint.waitFor(60, TimeUnit.SECONDS)).isTrue();
    assertThat(lint.exitValue()).as(resolved).isZero();
    return resolved;
  }
}
