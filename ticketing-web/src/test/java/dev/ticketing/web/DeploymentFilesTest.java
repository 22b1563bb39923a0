package dev.ticketing.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
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

  @Test
  void composeTakesThePasswordsAndTheKeySecretFromTheEnvironmentAndRefusesToStartWithoutThem()
      throws Exception {
    String resolved = composeConfig();
    for (String instance : new String[] {"app1", "app2"}) {
      assertThat(resolved)
          .as(instance)
          .containsPattern(
              "(?s)\\n  " + instance + ":\\n.*?TICKETING_DB_PASSWORD: " + RUNTIME_PASSWORD + "\\n")
          .containsPattern(
              "(?s)\\n  "
                  + instance
                  + ":\\n.*?TICKETING_DB_MIGRATION_PASSWORD: "
                  + OWNER_PASSWORD
                  + "\\n");
    }
    assertThat(resolved)
        .contains("POSTGRES_PASSWORD: " + OWNER_PASSWORD)
        // the pooler writes its user list from it at start; the database's first start makes the
        // runtime role with it
        .containsPattern("(?s)\\n  pgbouncer:\\n.*?TICKETING_DB_PASSWORD: " + RUNTIME_PASSWORD)
        .containsPattern("(?s)\\n  db:\\n.*?TICKETING_DB_PASSWORD: " + RUNTIME_PASSWORD);

    for (String unset : PASSWORDS.keySet()) {
      Map<String, String> environment = new HashMap<>(PASSWORDS);
      environment.remove(unset);
      Result refused = compose(environment);
      assertThat(refused.exitCode()).as(refused.output()).isNotZero();
      assertThat(refused.output()).contains(unset);
    }
  }

  @Test
  void noPasswordIsWrittenInTheImagesTheComposeFileOrTheTopology() throws IOException {
    // The pooler's user list is generated at start from TICKETING_DB_PASSWORD, never committed.
    assertThat(ROOT.resolve("deploy/pgbouncer-userlist.txt")).doesNotExist();
    Pattern literal =
        Pattern.compile(
            "(?i)(password\\w*[:=]-?\\s*(?![\"']?\\$)[\"']?\\w"
                + "|password\\s+'[^']*'"
                + "|\"ticketing_app\"\\s+\"[^\"]*\")");
    for (String file :
        new String[] {
          "docker-compose.yml",
          "Dockerfile",
          "deploy/topology.sh",
          "deploy/haproxy.cfg",
          "deploy/pgbouncer.ini",
          "deploy/pgbouncer/Dockerfile",
          "deploy/pgbouncer/pgbouncer.ini",
          "deploy/pgbouncer/write-userlist.sh",
          "db/scripts/docker-app-role.sh"
        }) {
      Path path = ROOT.resolve(file);
      assertThat(path).as(file).exists();
      String[] lines = Files.readString(path).split("\n");
      for (int n = 0; n < lines.length; n++) {
        assertThat(literal.matcher(lines[n]).find())
            .as("%s:%d has a password in it: %s", file, n + 1, lines[n])
            .isFalse();
      }
    }
    // The image's environment names the roles, never their passwords.
    assertThat(Files.readString(ROOT.resolve("Dockerfile"))).doesNotContain("PASSWORD=");
  }

  private static final String RUNTIME_PASSWORD = "runtime-from-the-environment";
  private static final String OWNER_PASSWORD = "owner-from-the-environment";
  private static final Map<String, String> PASSWORDS =
      Map.of(
          "TICKETING_DB_PASSWORD", RUNTIME_PASSWORD,
          "TICKETING_DB_MIGRATION_PASSWORD", OWNER_PASSWORD,
          "TICKETING_AUTH_KEY_ENCRYPTION_SECRET", "signing-keys-secret-from-the-environment");

  private record Result(int exitCode, String output) {}

  /**
   * {@code docker-compose config}: the compose file, checked and resolved by Compose itself, with
   * the passwords a deployment sets in the environment.
   */
  private static String composeConfig() throws Exception {
    Result lint = compose(PASSWORDS);
    assertThat(lint.exitCode()).as(lint.output()).isZero();
    return lint.output();
  }

  private static Result compose(Map<String, String> passwords) throws Exception {
    Path compose = ROOT.resolve("docker-compose.yml");
    ProcessBuilder builder =
        new ProcessBuilder("docker-compose", "-f", compose.toString(), "config")
            .redirectErrorStream(true);
    builder.environment().keySet().removeIf(name -> name.startsWith("TICKETING_"));
    builder.environment().putAll(passwords);
    Process lint;
    try {
      lint = builder.start();
    } catch (IOException notInstalled) {
      throw new AssertionError(
          "docker-compose is needed to lint docker-compose.yml: apt-get install -y docker-compose",
          notInstalled);
    }
    String output = new String(lint.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(lint.waitFor(60, TimeUnit.SECONDS)).isTrue();
    return new Result(lint.exitValue(), output);
  }
}
