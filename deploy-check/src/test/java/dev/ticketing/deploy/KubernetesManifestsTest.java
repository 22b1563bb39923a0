package dev.ticketing.deploy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.fabric8.kubernetes.api.model.ConfigMap;
import io.fabric8.kubernetes.api.model.Container;
import io.fabric8.kubernetes.api.model.EnvFromSource;
import io.fabric8.kubernetes.api.model.EnvVar;
import io.fabric8.kubernetes.api.model.IntOrString;
import io.fabric8.kubernetes.api.model.PodSpec;
import io.fabric8.kubernetes.api.model.Probe;
import io.fabric8.kubernetes.api.model.Secret;
import io.fabric8.kubernetes.api.model.Service;
import io.fabric8.kubernetes.api.model.TopologySpreadConstraint;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import io.fabric8.kubernetes.api.model.autoscaling.v2.HorizontalPodAutoscaler;
import io.fabric8.kubernetes.api.model.autoscaling.v2.MetricSpec;
import io.fabric8.kubernetes.api.model.gatewayapi.v1.Gateway;
import io.fabric8.kubernetes.api.model.gatewayapi.v1.HTTPBackendRef;
import io.fabric8.kubernetes.api.model.gatewayapi.v1.HTTPRoute;
import io.fabric8.kubernetes.api.model.gatewayapi.v1.HTTPRouteRule;
import io.fabric8.kubernetes.api.model.gatewayapi.v1.Listener;
import io.fabric8.kubernetes.api.model.networking.v1.NetworkPolicy;
import io.fabric8.kubernetes.api.model.networking.v1.NetworkPolicyIngressRule;
import io.fabric8.kubernetes.api.model.networking.v1.NetworkPolicyPeer;
import io.fabric8.kubernetes.api.model.policy.v1.PodDisruptionBudget;
import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * deploy/kubernetes, checked with no cluster: each overlay rendered by {@code kubectl kustomize},
 * every document read with a typed model that knows all its fields, and what must agree with the
 * application agrees: the probes are the server's health paths on its HTTP port, every environment
 * variable is a documented setting, the pooler's mode is the one the pooled JDBC URL is written
 * for, the browser UI is sticky by cookie, and no secret value is in the repository.
 */
class KubernetesManifestsTest {
  private static final Path ROOT = Path.of("..").toAbsolutePath().normalize();
  private static final String APP = "ticketing";
  private static final String CLUSTER = "ticketing-db";
  private static final String POOLER = "ticketing-db-pooler";

  /** MicroProfile Health's path for each kind of check. */
  private static final Map<String, String> HEALTH_PATHS =
      Map.of(
          "Liveness", "/health/live", "Readiness", "/health/ready", "Startup", "/health/started");

  @ParameterizedTest
  @ValueSource(strings = {"local", "production"})
  void everyDocumentRendersAndItsModelKnowsEveryField(String overlay) throws Exception {
    RenderedManifests rendered = RenderedManifests.render(ROOT, overlay);
    List<String> unknown = new ArrayList<>();
    for (Object document : rendered.documents) {
      String name =
          document.getClass().getSimpleName() + " " + RenderedManifests.nameOf(document) + ": ";
      UnknownFields.in(document).forEach(field -> unknown.add(name + field));
    }
    assertThat(unknown).as("%s: fields that the typed models do not know", overlay).isEmpty();
    assertThat(rendered.all(Deployment.class)).hasSize(1);
    assertThat(rendered.all(CloudNativePg.Cluster.class)).hasSize(1);
    assertThat(rendered.all(CloudNativePg.Pooler.class)).hasSize(1);
    assertThat(rendered.all(Gateway.class)).hasSize(1);
  }

  @Test
  void aMisspeltFieldIsFoundInAKubernetesKindAndInTheOperatorsKind() throws IOException {
    RenderedManifests misspelt =
        RenderedManifests.read(
            "test",
            """
            apiVersion: apps/v1
            kind: Deployment
            metadata: {name: ticketing}
            spec:
              template:
                spec:
                  containers:
                    - name: ticketing
                      readinesProbe: {httpGet: {path: /health/ready, port: http}}
            ---
            apiVersion: postgresql.cnpg.io/v1
            kind: Cluster
            metadata: {name: ticketing-db}
            spec:
              instance: 3
              postgresql: {synchronous: {method: any, number: 1, durability: required}}
            """);
    assertThat(UnknownFields.in(misspelt.documents.get(0)))
        .containsExactly("spec.template.spec.containers[0].readinesProbe");
    assertThat(UnknownFields.in(misspelt.documents.get(1)))
        .containsExactlyInAnyOrder("spec.instance", "spec.postgresql.synchronous.durability");
  }

  @Test
  void withoutKubectlTheTestSaysSoPlainly() {
    assertThatThrownBy(
            () -> RenderedManifests.render(ROOT, "local", "/nonexistent/kubectl-is-not-here"))
        .isInstanceOf(AssertionError.class)
        .hasMessageStartingWith("kubectl is missing");
  }

  @ParameterizedTest
  @ValueSource(strings = {"local", "production"})
  void theProbesAreTheServersHealthPathsOnItsHttpPort(String overlay) throws Exception {
    RenderedManifests rendered = RenderedManifests.render(ROOT, overlay);
    Container app = appContainer(rendered);
    int port =
        app.getPorts().stream()
            .filter(p -> "http".equals(p.getName()))
            .findFirst()
            .orElseThrow()
            .getContainerPort();

    // the port the server listens on: the image's (Dockerfile) and the setting's
    String dockerfile = Files.readString(ROOT.resolve("Dockerfile"));
    assertThat(dockerfile).containsPattern("(?m)^EXPOSE " + port + "$");
    assertThat(settings(rendered)).containsEntry("TICKETING_HTTP_PORT", String.valueOf(port));

    Set<String> served = servedHealthPaths();
    assertThat(served).as("health checks of ticketing-web").contains("/health/ready");
    assertProbe(app.getStartupProbe(), "/health/live", port, served);
    assertProbe(app.getReadinessProbe(), "/health/ready", port, served);
    assertProbe(app.getLivenessProbe(), "/health/live", port, served);
    // readiness waits for the warm-up: it is one of the readiness checks
    assertThat(
            Files.readString(
                ROOT.resolve(
                    "ticketing-web/src/main/java/dev/ticketing/web/health/WarmUpReadiness.java")))
        .contains("@Readiness");
    // the startup probe gives the server longer than it takes to boot (12-21 s measured)
    Probe startup = app.getStartupProbe();
    assertThat(startup.getPeriodSeconds() * startup.getFailureThreshold()).isGreaterThan(60);

    // a pod leaving goes on serving while it is taken out of the Service, then finishes
    List<String> preStop = app.getLifecycle().getPreStop().getExec().getCommand();
    Matcher sleep = Pattern.compile("sleep (\\d+)").matcher(String.join(" ", preStop));
    assertThat(sleep.find()).as("preStop pauses: %s", preStop).isTrue();
    assertThat(podSpec(rendered).getTerminationGracePeriodSeconds())
        .isGreaterThan(Long.parseLong(sleep.group(1)) + 25);

    Service service = rendered.one(Service.class, APP);
    assertThat(service.getSpec().getSelector()).isEqualTo(podLabels(rendered));
    assertThat(service.getSpec().getPorts())
        .singleElement()
        .satisfies(
            p -> {
              assertThat(p.getTargetPort()).isEqualTo(new IntOrString("http"));
              assertThat(p.getPort()).isEqualTo(port);
            });
  }

  @ParameterizedTest
  @ValueSource(strings = {"local", "production"})
  void everyEnvironmentVariableIsADocumentedSettingAndNoneHoldsASecret(String overlay)
      throws Exception {
    RenderedManifests rendered = RenderedManifests.render(ROOT, overlay);
    Set<String> documented = documentedEnvironment();
    Container app = appContainer(rendered);
    Map<String, String> settings = settings(rendered);
    Set<String> names = new TreeSet<>(settings.keySet());
    for (EnvVar variable : app.getEnv()) {
      names.add(variable.getName());
      assertThat(variable.getValue())
          .as("%s: %s is taken from a Secret, never written here", overlay, variable.getName())
          .isNull();
      assertThat(variable.getValueFrom().getSecretKeyRef())
          .as("%s: %s", overlay, variable.getName())
          .isNotNull();
    }
    Set<String> undocumented = new TreeSet<>(names);
    undocumented.removeAll(documented);
    assertThat(undocumented)
        .as("%s: variables missing from the README's configuration table", overlay)
        .isEmpty();
    assertThat(settings.keySet())
        .as("%s: the ConfigMap holds no secret", overlay)
        .noneMatch(name -> name.contains("PASSWORD") || name.contains("SECRET"));
    assertThat(names)
        .contains(
            "TICKETING_DB_PASSWORD",
            "TICKETING_DB_MIGRATION_PASSWORD",
            "TICKETING_AUTH_KEY_ENCRYPTION_SECRET");
  }

  @ParameterizedTest
  @ValueSource(strings = {"local", "production"})
  void noSecretIsWrittenInTheRepositoryAndEveryOneReferredToIsMadeByTheScript(String overlay)
      throws Exception {
    RenderedManifests rendered = RenderedManifests.render(ROOT, overlay);
    for (Secret secret : rendered.all(Secret.class)) {
      assertThat(secret.getData()).as("Secret %s", secret.getMetadata().getName()).isNullOrEmpty();
      assertThat(secret.getStringData())
          .as("Secret %s", secret.getMetadata().getName())
          .isNullOrEmpty();
    }
    String script = Files.readString(ROOT.resolve("deploy/kubernetes/create-secrets.sh"));
    Set<String> referred = new TreeSet<>();
    for (EnvVar variable : appContainer(rendered).getEnv()) {
      referred.add(variable.getValueFrom().getSecretKeyRef().getName());
    }
    CloudNativePg.Cluster cluster = rendered.one(CloudNativePg.Cluster.class, CLUSTER);
    referred.add(cluster.spec.bootstrap.initdb.secret.name);
    cluster.spec.managed.roles.forEach(role -> referred.add(role.passwordSecret.name));
    rendered
        .one(Gateway.class, APP)
        .getSpec()
        .getListeners()
        .forEach(
            listener -> {
              if (listener.getTls() != null) {
                listener.getTls().getCertificateRefs().forEach(ref -> referred.add(ref.getName()));
              }
            });
    for (String name : referred) {
      assertThat(script).as("create-secrets.sh makes %s", name).contains(name);
    }
  }

  @ParameterizedTest
  @ValueSource(strings = {"local", "production"})
  void thePoolerIsInTransactionModeAsThePooledUrlIsWrittenForAndSessionsGoToThePrimary(
      String overlay) throws Exception {
    RenderedManifests rendered = RenderedManifests.render(ROOT, overlay);
    Map<String, String> settings = settings(rendered);
    CloudNativePg.Pooler pooler = rendered.one(CloudNativePg.Pooler.class, POOLER);
    CloudNativePg.Cluster cluster = rendered.one(CloudNativePg.Cluster.class, CLUSTER);
    assertThat(pooler.spec.cluster.name).isEqualTo(CLUSTER);
    assertThat(pooler.spec.type).isEqualTo("rw");
    assertThat(pooler.spec.pgbouncer.poolMode).isEqualTo("transaction");

    String database = cluster.spec.bootstrap.initdb.database;
    URI pooled = jdbc(settings.get("TICKETING_DB_URL"));
    assertThat(pooled.getHost()).isEqualTo(POOLER);
    assertThat(pooled.getPath()).isEqualTo("/" + database);
    // transaction pooling: a server connection changes hands after each transaction, so no
    // server-side prepared statement may outlive one
    assertThat(pooled.getQuery()).contains("prepareThreshold=0");
    // Flyway's session lock and LISTEN need sessions of their own: the primary, not the pooler
    for (String direct : List.of("TICKETING_DB_MIGRATION_URL", "TICKETING_DB_LISTEN_URL")) {
      URI url = jdbc(settings.get(direct));
      assertThat(url.getHost()).as(direct).isEqualTo(CLUSTER + "-rw");
      assertThat(url.getPath()).as(direct).isEqualTo("/" + database);
    }
    if (settings.containsKey("TICKETING_DB_READ_URL")) {
      URI replicas = jdbc(settings.get("TICKETING_DB_READ_URL"));
      assertThat(replicas.getHost()).isEqualTo(CLUSTER + "-ro");
      assertThat(replicas.getPath()).isEqualTo("/" + database);
    }

    // the roles the settings name are the ones the operator makes, with the Secrets used here
    Map<String, String> passwordSecretOf = new HashMap<>();
    passwordSecretOf.put(
        cluster.spec.bootstrap.initdb.owner, cluster.spec.bootstrap.initdb.secret.name);
    cluster.spec.managed.roles.stream()
        .filter(role -> Boolean.TRUE.equals(role.login))
        .forEach(role -> passwordSecretOf.put(role.name, role.passwordSecret.name));
    Map<String, String> secretOf = new HashMap<>();
    appContainer(rendered)
        .getEnv()
        .forEach(v -> secretOf.put(v.getName(), v.getValueFrom().getSecretKeyRef().getName()));
    assertThat(secretOf.get("TICKETING_DB_PASSWORD"))
        .isEqualTo(passwordSecretOf.get(settings.get("TICKETING_DB_USER")));
    assertThat(secretOf.get("TICKETING_DB_MIGRATION_PASSWORD"))
        .isEqualTo(passwordSecretOf.get(settings.get("TICKETING_DB_MIGRATION_USER")));
  }

  @ParameterizedTest
  @ValueSource(strings = {"local", "production"})
  void theBrowserUiIsStickyByCookieTheApiGoesAnywhereAndTlsIsFromASecret(String overlay)
      throws Exception {
    RenderedManifests rendered = RenderedManifests.render(ROOT, overlay);
    Gateway gateway = rendered.one(Gateway.class, APP);
    Listener https =
        gateway.getSpec().getListeners().stream()
            .filter(l -> "HTTPS".equals(l.getProtocol()))
            .findFirst()
            .orElseThrow();
    assertThat(https.getTls().getMode()).isEqualTo("Terminate");
    assertThat(https.getTls().getCertificateRefs())
        .singleElement()
        .satisfies(ref -> assertThat(ref.getKind()).isEqualTo("Secret"));

    HTTPRoute route = rendered.one(HTTPRoute.class, APP);
    assertThat(route.getSpec().getParentRefs())
        .singleElement()
        .satisfies(
            parent -> {
              assertThat(parent.getName()).isEqualTo(APP);
              assertThat(parent.getSectionName()).isEqualTo(https.getName());
            });
    HTTPRouteRule ui = ruleFor(route, "/");
    HTTPRouteRule api = ruleFor(route, "/api");
    assertThat(ui.getSessionPersistence())
        .as("the UI's rule keeps a browser on its pod")
        .isNotNull();
    assertThat(ui.getSessionPersistence().getType()).isEqualTo("Cookie");
    assertThat(ui.getSessionPersistence().getSessionName()).isNotBlank();
    assertThat(api.getSessionPersistence()).as("the API goes to any pod").isNull();
    int port = appContainer(rendered).getPorts().get(0).getContainerPort();
    for (HTTPRouteRule rule : List.of(ui, api)) {
      assertThat(rule.getBackendRefs())
          .extracting(HTTPBackendRef::getName, HTTPBackendRef::getPort)
          .containsExactly(org.assertj.core.groups.Tuple.tuple(APP, port));
    }

    // plain HTTP only redirects to HTTPS
    HTTPRoute plain =
        rendered.all(HTTPRoute.class).stream()
            .filter(r -> "http".equals(r.getSpec().getParentRefs().get(0).getSectionName()))
            .findFirst()
            .orElseThrow();
    assertThat(plain.getSpec().getRules())
        .allSatisfy(
            rule -> {
              assertThat(rule.getBackendRefs()).isNullOrEmpty();
              assertThat(rule.getFilters())
                  .singleElement()
                  .satisfies(
                      f -> assertThat(f.getRequestRedirect().getScheme()).isEqualTo("https"));
            });
  }

  @ParameterizedTest
  @ValueSource(strings = {"local", "production"})
  void aConfirmedBookingSurvivesTheLossOfThePrimary(String overlay) throws Exception {
    RenderedManifests rendered = RenderedManifests.render(ROOT, overlay);
    CloudNativePg.ClusterSpec spec = rendered.one(CloudNativePg.Cluster.class, CLUSTER).spec;
    assertThat(spec.instances).isEqualTo(3);
    assertThat(spec.postgresql.synchronous.number).isGreaterThanOrEqualTo(1);
    assertThat(spec.postgresql.synchronous.dataDurability).isEqualTo("required");
    assertThat(spec.postgresql.synchronous.failoverQuorum).isTrue();
    assertThat(spec.postgresql.parameters).doesNotContainKey("synchronous_commit");
    assertThat(spec.affinity.enablePodAntiAffinity).isTrue();
    assertThat(spec.affinity.topologyKey)
        .isIn("kubernetes.io/hostname", "topology.kubernetes.io/zone");
  }

  @Test
  void productionBacksTheDatabaseUpWhereItsSettingSays() throws Exception {
    RenderedManifests rendered = RenderedManifests.render(ROOT, "production");
    Map<String, String> backup = rendered.one(ConfigMap.class, "ticketing-backup").getData();
    CloudNativePg.Backup configured =
        rendered.one(CloudNativePg.Cluster.class, CLUSTER).spec.backup;
    assertThat(configured.barmanObjectStore.destinationPath)
        .isEqualTo(backup.get("BACKUP_DESTINATION_PATH"))
        .startsWith("s3://");
    assertThat(configured.retentionPolicy).isEqualTo(backup.get("BACKUP_RETENTION"));
    assertThat(configured.barmanObjectStore.s3Credentials.secretAccessKey.name).isNotBlank();
    CloudNativePg.ScheduledBackup daily =
        rendered.one(CloudNativePg.ScheduledBackup.class, "ticketing-db-daily");
    assertThat(daily.spec.cluster.name).isEqualTo(CLUSTER);
    assertThat(daily.spec.schedule)
        .isEqualTo(backup.get("BACKUP_SCHEDULE"))
        .matches("(\\S+ ){5}\\S+");
    assertThat(rendered.one(CloudNativePg.Pooler.class, POOLER).spec.instances)
        .isGreaterThanOrEqualTo(2);
  }

  @ParameterizedTest
  @ValueSource(strings = {"local", "production"})
  void onlyTheGatewayReachesTheApplicationAndOnlyTheApplicationReachesTheDatabase(String overlay)
      throws Exception {
    RenderedManifests rendered = RenderedManifests.render(ROOT, overlay);
    Map<String, String> appLabels = podLabels(rendered);

    List<NetworkPolicyIngressRule> toApp = ingressTo(rendered, appLabels);
    assertThat(toApp).as("who may reach the application").isNotEmpty();
    for (NetworkPolicyIngressRule rule : toApp) {
      assertThat(rule.getFrom())
          .allSatisfy(
              peer -> {
                assertThat(peer.getIpBlock()).isNull();
                assertThat(peer.getPodSelector()).isNull();
                assertThat(peer.getNamespaceSelector().getMatchLabels()).isNotEmpty();
              });
    }

    List<NetworkPolicyIngressRule> toPooler =
        ingressTo(rendered, Map.of("cnpg.io/poolerName", POOLER));
    assertThat(toPooler).isNotEmpty();
    assertThat(toPooler.stream().flatMap(r -> r.getFrom().stream()))
        .as("only the application reaches the pooler")
        .allSatisfy(
            peer -> assertThat(peer.getPodSelector().getMatchLabels()).isEqualTo(appLabels));

    List<NetworkPolicyIngressRule> toDatabase =
        ingressTo(rendered, Map.of("cnpg.io/cluster", CLUSTER));
    assertThat(toDatabase).isNotEmpty();
    Set<Map<String, String>> pods = new java.util.HashSet<>();
    for (NetworkPolicyPeer peer : toDatabase.stream().flatMap(r -> r.getFrom().stream()).toList()) {
      assertThat(peer.getIpBlock()).isNull();
      if (peer.getPodSelector() != null) {
        pods.add(peer.getPodSelector().getMatchLabels());
      } else {
        assertThat(peer.getNamespaceSelector().getMatchLabels())
            .as("the operator's namespace")
            .containsEntry("kubernetes.io/metadata.name", "cnpg-system");
      }
    }
    assertThat(pods)
        .as("the application, the pooler, the instances themselves")
        .containsExactlyInAnyOrder(
            appLabels, Map.of("cnpg.io/poolerName", POOLER), Map.of("cnpg.io/cluster", CLUSTER));
  }

  @ParameterizedTest
  @ValueSource(strings = {"local", "production"})
  void podsAreSpreadBudgetedAutoscaledOnCpuAndSized(String overlay) throws Exception {
    RenderedManifests rendered = RenderedManifests.render(ROOT, overlay);
    Deployment deployment = rendered.one(Deployment.class, APP);
    Map<String, String> labels = podLabels(rendered);
    assertThat(deployment.getSpec().getStrategy().getRollingUpdate().getMaxUnavailable())
        .isEqualTo(new IntOrString(0));

    List<TopologySpreadConstraint> spread = podSpec(rendered).getTopologySpreadConstraints();
    assertThat(spread)
        .extracting(TopologySpreadConstraint::getTopologyKey)
        .doesNotHaveDuplicates()
        .contains("kubernetes.io/hostname");
    assertThat(spread)
        .allSatisfy(c -> assertThat(c.getLabelSelector().getMatchLabels()).isEqualTo(labels));

    PodDisruptionBudget budget = rendered.one(PodDisruptionBudget.class, APP);
    assertThat(budget.getSpec().getSelector().getMatchLabels()).isEqualTo(labels);

    HorizontalPodAutoscaler autoscaler = rendered.one(HorizontalPodAutoscaler.class, APP);
    assertThat(autoscaler.getSpec().getScaleTargetRef().getName()).isEqualTo(APP);
    assertThat(autoscaler.getSpec().getScaleTargetRef().getKind()).isEqualTo("Deployment");
    assertThat(autoscaler.getSpec().getMinReplicas()).isGreaterThanOrEqualTo(2);
    assertThat(autoscaler.getSpec().getMetrics())
        .extracting(MetricSpec::getResource)
        .singleElement()
        .satisfies(
            cpu -> {
              assertThat(cpu.getName()).isEqualTo("cpu");
              assertThat(cpu.getTarget().getType()).isEqualTo("Utilization");
            });

    var resources = appContainer(rendered).getResources();
    assertThat(resources.getRequests()).containsKeys("cpu", "memory");
    assertThat(resources.getLimits()).containsKeys("cpu", "memory");
    // the heap is a share of the container's memory, not a fixed size past it
    assertThat(settings(rendered).get("JVM_ARGS")).contains("MaxRAMPercentage");
  }

  // --- helpers ---

  private static void assertProbe(Probe probe, String path, int port, Set<String> served) {
    assertThat(probe).as(path).isNotNull();
    assertThat(probe.getHttpGet().getPath()).isEqualTo(path);
    assertThat(served).as("paths the server serves").contains(path);
    IntOrString target = probe.getHttpGet().getPort();
    assertThat(target.getIntVal() != null ? target.getIntVal() : port)
        .as("probe port of %s", path)
        .isEqualTo(port);
    if (target.getStrVal() != null) {
      assertThat(target.getStrVal()).isEqualTo("http");
    }
  }

  /**
   * The MicroProfile Health paths ticketing-web serves: {@code /health/ready} if one of its checks
   * is a {@code @Readiness} check, and so on.
   */
  private static Set<String> servedHealthPaths() throws IOException {
    Set<String> served = new TreeSet<>();
    try (Stream<Path> files =
        Files.walk(ROOT.resolve("ticketing-web/src/main/java/dev/ticketing/web/health"))) {
      for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
        String source = Files.readString(file);
        HEALTH_PATHS.forEach(
            (annotation, path) -> {
              if (source.contains("@" + annotation + "\n")) {
                served.add(path);
              }
            });
      }
    }
    return served;
  }

  /** The environment variables of the README's configuration table. */
  private static Set<String> documentedEnvironment() throws IOException {
    String readme = Files.readString(ROOT.resolve("README.md"));
    String table = readme.substring(readme.indexOf("## Configuration"));
    table = table.substring(0, table.indexOf("\n## ", 1));
    Set<String> names = new TreeSet<>();
    Matcher row = Pattern.compile("(?m)^\\| [^|]+ \\| `([A-Z][A-Z0-9_]*)` \\|").matcher(table);
    while (row.find()) {
      names.add(row.group(1));
    }
    assertThat(names).as("rows of the README's configuration table").hasSizeGreaterThan(20);
    return names;
  }

  private static HTTPRouteRule ruleFor(HTTPRoute route, String prefix) {
    return route.getSpec().getRules().stream()
        .filter(
            rule ->
                rule.getMatches().stream()
                    .anyMatch(
                        m ->
                            "PathPrefix".equals(m.getPath().getType())
                                && prefix.equals(m.getPath().getValue())))
        .findFirst()
        .orElseThrow(() -> new AssertionError("no rule for " + prefix));
  }

  private static List<NetworkPolicyIngressRule> ingressTo(
      RenderedManifests rendered, Map<String, String> podLabels) {
    List<NetworkPolicyIngressRule> rules = new ArrayList<>();
    for (NetworkPolicy policy : rendered.all(NetworkPolicy.class)) {
      Map<String, String> selects = policy.getSpec().getPodSelector().getMatchLabels();
      if (selects != null && podLabels.entrySet().containsAll(selects.entrySet())) {
        assertThat(policy.getSpec().getPolicyTypes()).contains("Ingress");
        rules.addAll(policy.getSpec().getIngress());
      }
    }
    return rules;
  }

  private static PodSpec podSpec(RenderedManifests rendered) {
    return rendered.one(Deployment.class, APP).getSpec().getTemplate().getSpec();
  }

  private static Map<String, String> podLabels(RenderedManifests rendered) {
    Map<String, String> selector =
        rendered.one(Deployment.class, APP).getSpec().getSelector().getMatchLabels();
    assertThat(
            rendered.one(Deployment.class, APP).getSpec().getTemplate().getMetadata().getLabels())
        .containsAllEntriesOf(selector);
    return selector;
  }

  private static Container appContainer(RenderedManifests rendered) {
    return podSpec(rendered).getContainers().stream()
        .filter(c -> APP.equals(c.getName()))
        .findFirst()
        .orElseThrow();
  }

  /** The settings the application gets from ConfigMaps (envFrom), by variable. */
  private static Map<String, String> settings(RenderedManifests rendered) {
    Map<String, String> settings = new HashMap<>();
    for (EnvFromSource source : appContainer(rendered).getEnvFrom()) {
      assertThat(source.getSecretRef()).as("whole Secrets as environment").isNull();
      settings.putAll(rendered.one(ConfigMap.class, source.getConfigMapRef().getName()).getData());
    }
    return settings;
  }

  private static URI jdbc(String url) {
    assertThat(url).startsWith("jdbc:postgresql://");
    return URI.create(url.substring("jdbc:".length()));
  }
}
