package dev.ticketing.web;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ticketing.web.support.Api;
import dev.ticketing.web.support.ApiDocument;
import dev.ticketing.web.support.Deployments;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.parser.OpenAPIV3Parser;
import io.swagger.v3.parser.core.models.ParseOptions;
import io.swagger.v3.parser.core.models.SwaggerParseResult;
import jakarta.json.JsonObject;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import java.lang.reflect.Method;
import java.net.URL;
import java.net.http.HttpRequest;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The OpenAPI document that the running server serves: valid, complete, and true. */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class OpenApiIT {

  /** Every JAX-RS resource class of the API. */
  private static final Set<Class<?>> RESOURCES =
      Set.of(
          dev.ticketing.web.catalog.CatalogResource.class,
          dev.ticketing.web.booking.BookingResource.class,
          dev.ticketing.web.auth.AuthResource.class,
          dev.ticketing.web.admin.AdminResource.class,
          dev.ticketing.web.admin.DoorAccountResource.class,
          dev.ticketing.web.checkin.CheckInResource.class,
          dev.ticketing.web.admin.MailOutboxResource.class,
          dev.ticketing.web.admin.WaitingRoomResource.class,
          dev.ticketing.web.queue.QueueResource.class,
          dev.ticketing.web.waitlist.WaitlistResource.class,
          dev.ticketing.web.waitlist.AdminWaitlistResource.class);

  @Deployment(testable = false)
  static WebArchive deployment() {
    return Deployments.ticketingWar();
  }

  @ArquillianResource private URL base;
  private Api api;

  @BeforeEach
  void client() {
    api = new Api(base);
  }

  private OpenAPI parse(String document) {
    ParseOptions options = new ParseOptions();
    options.setResolve(true);
    SwaggerParseResult result = new OpenAPIV3Parser().readContents(document, null, options);
    assertThat(result.getMessages()).as("validation messages").isEmpty();
    assertThat(result.getOpenAPI()).isNotNull();
    return result.getOpenAPI();
  }

  private OpenAPI document() {
    Api.Reply yaml = api.get(api.serverUri("/openapi"));
    assertThat(yaml.status()).isEqualTo(200);
    return parse(yaml.body());
  }

  @Test
  void theDocumentIsValidOpenApiInYamlAndJson() {
    OpenAPI fromYaml = document();
    Api.Reply json =
        api.send(
            HttpRequest.newBuilder(api.serverUri("/openapi"))
                .header("Accept", "application/json")
                .GET());
    assertThat(json.status()).isEqualTo(200);
    assertThat(json.contentType()).startsWith("application/json");
    OpenAPI fromJson = parse(json.body());
    assertThat(fromJson.getPaths().keySet()).isEqualTo(fromYaml.getPaths().keySet());

    assertThat(fromYaml.getInfo().getTitle()).isNotBlank();
    assertThat(fromYaml.getInfo().getVersion()).matches("\\d+\\.\\d+\\.\\d+.*");
    assertThat(fromYaml.getInfo().getLicense().getName()).isNotBlank();
    assertThat(fromYaml.getServers()).isNotEmpty();
    // Relative to the document, with the context root: right from any host name.
    assertThat(fromYaml.getServers().get(0).getUrl())
        .isEqualTo(base.getPath().replaceAll("/$", ""));
  }

  @Test
  void theServedDocumentIsTheCommittedOneFromWhichClientsAreGenerated() throws Exception {
    Api.Reply served = api.get(api.serverUri("/openapi?format=json"));
    assertThat(served.status()).isEqualTo(200);
    JsonObject document = ApiDocument.asCommitted(ApiDocument.parse(served.body()));
    java.nio.file.Path written = java.nio.file.Path.of("target", "openapi", "openapi.json");
    Files.createDirectories(written.getParent());
    Files.writeString(written, ApiDocument.stableText(document));

    assertThat(ApiDocument.sameApi(document, ApiDocument.snapshot()))
        .as(
            "The served OpenAPI document differs from the committed %s, which clients are"
                + " generated from. If the change is meant, refresh it:%n  cp %s %s%nand review"
                + " the diff (git diff) before committing it.",
            ApiDocument.SNAPSHOT, written.toAbsolutePath(), ApiDocument.SNAPSHOT.toAbsolutePath())
        .isTrue();
  }

  @Test
  void everyExampleAndDefaultOfTheServedDocumentIsValidAgainstItsSchema() {
    JsonObject document = ApiDocument.parse(api.get(api.serverUri("/openapi?format=json")).body());
    List<String> checked = new ArrayList<>();

    assertThat(ApiDocument.invalidExamples(document, checked)).isEmpty();
    assertThat(checked).as("examples found").hasSizeGreaterThan(50);
  }

  @Test
  void theDocumentNamesItsContactAndLicenceAndEveryOperationHasAnIdAndATag() {
    OpenAPI document = document();
    assertThat(document.getInfo().getContact().getName()).isNotBlank();
    assertThat(document.getInfo().getContact().getEmail()).isNotBlank();
    assertThat(document.getInfo().getLicense().getUrl()).isNotBlank();
    Set<String> ids = new TreeSet<>();
    document
        .getPaths()
        .forEach(
            (path, item) ->
                item.readOperationsMap()
                    .forEach(
                        (method, operation) -> {
                          String name = method + " " + path;
                          assertThat(operation.getOperationId()).as(name).matches("[a-z][A-Za-z]+");
                          assertThat(ids.add(operation.getOperationId())).as(name).isTrue();
                          assertThat(operation.getTags()).as(name).hasSize(1);
                          if (path.startsWith("/api/admin")) {
                            assertThat(operation.getResponses())
                                .as(name)
                                .containsKeys("401", "403");
                          }
                          if (path.contains("{")) {
                            assertThat(operation.getResponses()).as(name).containsKey("404");
                          }
                        }));
  }

  @Test
  void everyServedOperationIsDocumentedAndEveryDocumentedOneIsServed() {
    OpenAPI document = document();
    Set<String> documented = new TreeSet<>();
    document
        .getPaths()
        .forEach(
            (path, item) ->
                item.readOperationsMap()
                    .keySet()
                    .forEach(method -> documented.add(method + " " + path)));

    Set<String> served = new TreeSet<>();
    for (Class<?> resource : RESOURCES) {
      String classPath = resource.getAnnotation(Path.class).value();
      for (Method method : resource.getDeclaredMethods()) {
        String verb = verb(method);
        if (verb != null) {
          Path path = method.getAnnotation(Path.class);
          served.add(verb + " " + join("/api", classPath, path == null ? "" : path.value()));
        }
      }
    }
    assertThat(documented).isEqualTo(served);

    // Every documented operation answers, with something other than "no such route".
    for (String operation : documented) {
      String[] parts = operation.split(" ", 2);
      String path =
          parts[1]
              .replace(
                  "{id}",
                  parts[1].startsWith("/api/bookings")
                      ? "00000000-0000-4000-8000-000000000000"
                      : "1")
              .replace("{bookingId}", "00000000-0000-4000-8000-000000000000")
              .replace("{ticket}", "q1.1.1.1.not-a-ticket")
              .replace("{tier}", "GA");
      HttpRequest.Builder request = HttpRequest.newBuilder(api.uri(path));
      if (!parts[0].equals("GET")) {
        request
            .header("Content-Type", "application/json")
            .method(parts[0], HttpRequest.BodyPublishers.ofString("{}"));
      }
      Api.Reply reply = api.send(request);
      assertThat(reply.status()).as(operation).isNotIn(405, 500);
      if (reply.status() == 404) {
        assertThat(reply.json().getString("type")).as(operation).doesNotEndWith(":not-found");
      }
    }
  }

  @Test
  void everyErrorResponseIsDocumentedAsProblemJsonAndRequestsCarryTheirConstraints() {
    OpenAPI document = document();
    for (Map.Entry<String, PathItem> path : document.getPaths().entrySet()) {
      for (Map.Entry<PathItem.HttpMethod, Operation> operation :
          path.getValue().readOperationsMap().entrySet()) {
        String name = operation.getKey() + " " + path.getKey();
        assertThat(operation.getValue().getSummary()).as(name).isNotBlank();
        assertThat(operation.getValue().getTags()).as(name).isNotEmpty();
        for (Map.Entry<String, ApiResponse> response :
            operation.getValue().getResponses().entrySet()) {
          if (response.getKey().startsWith("4") || response.getKey().startsWith("5")) {
            ApiResponse declared = response.getValue();
            if (declared.get$ref() != null) { // a shared response of components.responses
              String shared = declared.get$ref().substring(declared.get$ref().lastIndexOf('/') + 1);
              declared = document.getComponents().getResponses().get(shared);
              assertThat(declared).as(name + " " + response.getKey() + " -> " + shared).isNotNull();
            }
            var problem = declared.getContent().get("application/problem+json");
            assertThat(problem).as(name + " " + response.getKey()).isNotNull();
            assertThat(problem.getSchema().get$ref()).endsWith("/Problem");
          }
        }
      }
    }
    var schemas = document.getComponents().getSchemas();
    var book = schemas.get("BookRequest");
    assertThat(book.getRequired()).containsExactlyInAnyOrder("tier", "quantity");
    var quantity = (io.swagger.v3.oas.models.media.Schema<?>) book.getProperties().get("quantity");
    assertThat(quantity.getType()).isEqualTo("integer");
    assertThat(quantity.getMinimum()).isEqualByComparingTo("1");
    assertThat(quantity.getMaximum()).isEqualByComparingTo("10");
    var several = schemas.get("BookingRequest");
    assertThat(several.getRequired()).containsExactly("items");
    var items = (io.swagger.v3.oas.models.media.Schema<?>) several.getProperties().get("items");
    assertThat(items.getMinItems()).isEqualTo(1);
    assertThat(items.getItems().get$ref()).endsWith("/BookingItemRequest");
    assertThat(schemas.get("TierView").getProperties())
        .containsKeys("id", "name", "price", "quantityAvailable");
    assertThat(schemas.get("Problem").getRequired()).contains("type", "title", "status", "detail");
  }

  private static String verb(Method method) {
    if (method.isAnnotationPresent(GET.class)) {
      return "GET";
    }
    if (method.isAnnotationPresent(POST.class)) {
      return "POST";
    }
    if (method.isAnnotationPresent(PUT.class)) {
      return "PUT";
    }
    if (method.isAnnotationPresent(jakarta.ws.rs.PATCH.class)) {
      return "PATCH";
    }
    if (method.isAnnotationPresent(DELETE.class)) {
      return "DELETE";
    }
    return null;
  }

  private static String join(String... parts) {
    String joined = String.join("/", parts).replaceAll("/+", "/");
    return joined.length() > 1 && joined.endsWith("/")
        ? joined.substring(0, joined.length() - 1)
        : joined;
  }
}
