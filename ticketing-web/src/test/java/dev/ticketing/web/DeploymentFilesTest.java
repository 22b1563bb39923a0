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

    assertThat(resolved).contains("condition: service_healthy");
    assertThat(resolved).containsPattern("(?s)db:.*healthcheck:.*pg_isready");
    assertThat(resolved).containsPattern("(?s)volumes:.*ticketing-db:");
    assertThat(resolved).contains("TICKETING_DB_URL: jdbc:postgresql://db:5432/ticketing");
    assertThat(resolved).containsPattern("image: postgres:(1[5-9]|[2-9][0-9])");
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
}
