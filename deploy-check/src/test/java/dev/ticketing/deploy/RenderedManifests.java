package dev.ticketing.deploy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import io.fabric8.kubernetes.api.model.ConfigMap;
import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.api.model.Namespace;
import io.fabric8.kubernetes.api.model.Secret;
import io.fabric8.kubernetes.api.model.Service;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import io.fabric8.kubernetes.api.model.autoscaling.v2.HorizontalPodAutoscaler;
import io.fabric8.kubernetes.api.model.gatewayapi.v1.Gateway;
import io.fabric8.kubernetes.api.model.gatewayapi.v1.GatewayClass;
import io.fabric8.kubernetes.api.model.gatewayapi.v1.HTTPRoute;
import io.fabric8.kubernetes.api.model.networking.v1.NetworkPolicy;
import io.fabric8.kubernetes.api.model.policy.v1.PodDisruptionBudget;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.TimeUnit;

/**
 * An overlay of deploy/kubernetes as {@code kubectl kustomize} renders it, each document read into
 * the typed model of its kind: fabric8's for Kubernetes' own kinds and Gateway API's, {@link
 * CloudNativePg} for the operator's. A kind with no model here fails the reading.
 */
final class RenderedManifests {
  static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());

  /** apiVersion/kind → the model that reads it. */
  private static final Map<String, Class<?>> MODELS =
      Map.ofEntries(
          Map.entry("v1/Namespace", Namespace.class),
          Map.entry("v1/ConfigMap", ConfigMap.class),
          Map.entry("v1/Secret", Secret.class),
          Map.entry("v1/Service", Service.class),
          Map.entry("apps/v1/Deployment", Deployment.class),
          Map.entry("policy/v1/PodDisruptionBudget", PodDisruptionBudget.class),
          Map.entry("autoscaling/v2/HorizontalPodAutoscaler", HorizontalPodAutoscaler.class),
          Map.entry("networking.k8s.io/v1/NetworkPolicy", NetworkPolicy.class),
          Map.entry("gateway.networking.k8s.io/v1/GatewayClass", GatewayClass.class),
          Map.entry("gateway.networking.k8s.io/v1/Gateway", Gateway.class),
          Map.entry("gateway.networking.k8s.io/v1/HTTPRoute", HTTPRoute.class),
          Map.entry("postgresql.cnpg.io/v1/Cluster", CloudNativePg.Cluster.class),
          Map.entry("postgresql.cnpg.io/v1/Pooler", CloudNativePg.Pooler.class),
          Map.entry("postgresql.cnpg.io/v1/ScheduledBackup", CloudNativePg.ScheduledBackup.class));

  final String overlay;
  final List<Object> documents;

  private RenderedManifests(String overlay, List<Object> documents) {
    this.overlay = overlay;
    this.documents = documents;
  }

  /** Renders {@code deploy/kubernetes/overlays/<overlay>} and reads every document. */
  static RenderedManifests render(Path root, String overlay) throws Exception {
    return render(root, overlay, "kubectl");
  }

  /** The same with the given kubectl command. */
  static RenderedManifests render(Path root, String overlay, String kubectl) throws Exception {
    Path directory = root.resolve("deploy/kubernetes/overlays").resolve(overlay);
    return read(overlay, kustomize(kubectl, directory));
  }

  static RenderedManifests read(String overlay, String yaml) throws IOException {
    List<Object> documents = new ArrayList<>();
    try (MappingIterator<JsonNode> nodes = YAML.readerFor(JsonNode.class).readValues(yaml)) {
      while (nodes.hasNext()) {
        JsonNode node = nodes.next();
        if (node == null || node.isEmpty()) {
          continue;
        }
        String kind = node.path("apiVersion").asText() + "/" + node.path("kind").asText();
        Class<?> model = MODELS.get(kind);
        if (model == null) {
          throw new AssertionError(
              overlay + ": no typed model for " + kind + " (add one to RenderedManifests)");
        }
        documents.add(YAML.treeToValue(node, model));
      }
    }
    return new RenderedManifests(overlay, documents);
  }

  <T> List<T> all(Class<T> kind) {
    return documents.stream().filter(kind::isInstance).map(kind::cast).toList();
  }

  /** The one document of this kind and name. */
  <T> T one(Class<T> kind, String name) {
    List<T> named = all(kind).stream().filter(d -> name.equals(nameOf(d))).toList();
    if (named.size() != 1) {
      throw new AssertionError(
          overlay + ": expected one " + kind.getSimpleName() + " " + name + ", found " + named);
    }
    return named.get(0);
  }

  static String nameOf(Object document) {
    if (document instanceof HasMetadata resource) {
      return resource.getMetadata().getName();
    }
    if (document instanceof CloudNativePg.Cluster cluster) {
      return cluster.metadata.getName();
    }
    if (document instanceof CloudNativePg.Pooler pooler) {
      return pooler.metadata.getName();
    }
    if (document instanceof CloudNativePg.ScheduledBackup backup) {
      return backup.metadata.getName();
    }
    throw new IllegalArgumentException(Objects.toString(document));
  }

  /**
   * {@code kubectl kustomize DIRECTORY}: offline, no cluster needed. Fails, saying so plainly, when
   * kubectl is not installed.
   */
  private static String kustomize(String command, Path directory) throws Exception {
    Process kubectl;
    try {
      kubectl =
          new ProcessBuilder(command, "kustomize", directory.toString())
              .redirectErrorStream(true)
              .start();
    } catch (IOException notInstalled) {
      throw new AssertionError(
          "kubectl is missing: it renders deploy/kubernetes (kubectl kustomize, no cluster needed)."
              + " Install kubectl 1.27 or newer (kustomize 5); .ci/run installs it.",
          notInstalled);
    }
    String output = new String(kubectl.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    if (!kubectl.waitFor(120, TimeUnit.SECONDS)) {
      kubectl.destroyForcibly();
      throw new AssertionError("kubectl kustomize " + directory + " did not end within 120 s");
    }
    if (kubectl.exitValue() != 0) {
      throw new AssertionError("kubectl kustomize " + directory + " failed:\n" + output);
    }
    return output;
  }
}
