package dev.ticketing.web.openapi;

import dev.ticketing.booking.idempotency.IdempotentRequest;
import dev.ticketing.web.booking.BookingItemRequest;
import dev.ticketing.web.booking.BookingRequest;
import dev.ticketing.web.booking.BookingResource;
import dev.ticketing.web.booking.BookingView;
import dev.ticketing.web.booking.IdempotencyKeyHeader;
import dev.ticketing.web.booking.OneTierBookingRequest;
import dev.ticketing.web.booking.PaymentRequest;
import dev.ticketing.web.catalog.ConcertView;
import dev.ticketing.web.catalog.TierView;
import jakarta.servlet.ServletContextEvent;
import jakarta.servlet.ServletContextListener;
import jakarta.servlet.annotation.WebListener;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import org.eclipse.microprofile.config.ConfigProvider;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.Components;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.parameters.Parameter;
import org.eclipse.microprofile.openapi.models.tags.Tag;

/**
 * Completes the OpenAPI document generated from the annotations: the schemas of the API's types
 * built from their Java definitions and Bean Validation constraints ({@link SchemaGenerator}), the
 * per-order limit in force ({@code ticketing.booking.max-per-tier}) as the maximum of every {@code
 * quantity}, the shared refusals ({@link ProblemResponses}), examples of their schema's type
 * ({@link TypedExamples}), and the version of this build. Registered by {@code mp.openapi.filter}.
 */
public class ApiDocumentFilter implements OASFilter {

  /** The types that the API reads and writes; operations refer to them by schema name. */
  static final List<Class<?>> MODELS =
      List.of(
          OneTierBookingRequest.class,
          BookingRequest.class,
          BookingItemRequest.class,
          BookingView.class,
          PaymentRequest.class,
          TierView.class,
          ConcertView.class,
          dev.ticketing.web.auth.Credentials.class,
          dev.ticketing.web.auth.TokenView.class,
          dev.ticketing.web.auth.AccountView.class,
          dev.ticketing.web.auth.JwkSetView.class,
          dev.ticketing.web.admin.ConcertRequest.class,
          dev.ticketing.web.admin.TierRequest.class,
          dev.ticketing.web.admin.TierPatchRequest.class,
          dev.ticketing.web.admin.AdminConcertView.class,
          dev.ticketing.web.admin.SalesView.class,
          dev.ticketing.admin.AuditEntry.class,
          dev.ticketing.web.checkin.CheckInRequest.class,
          dev.ticketing.web.checkin.CheckInView.class,
          dev.ticketing.web.checkin.GateSyncView.class,
          dev.ticketing.web.checkin.ScanUpload.class,
          dev.ticketing.web.checkin.ScanUploadView.class,
          dev.ticketing.web.checkin.DoorReportView.class,
          dev.ticketing.web.admin.OutboxMailView.class,
          dev.ticketing.web.queue.QueueView.class,
          dev.ticketing.web.queue.JoinRequest.class,
          dev.ticketing.web.admin.WaitingRoomRequest.class,
          dev.ticketing.web.admin.WaitingRoomView.class,
          dev.ticketing.web.waitlist.WaitlistRequest.class,
          dev.ticketing.web.waitlist.WaitlistEntryView.class,
          dev.ticketing.web.waitlist.WaitlistTierView.class,
          dev.ticketing.web.waitlist.WaitlistSettingsRequest.class,
          ProblemDocument.class);

  @Override
  public void filterOpenAPI(OpenAPI openAPI) {
    openAPI.getInfo().setVersion(buildVersion());
    Map<String, Schema> schemas = new SchemaGenerator().generate(MODELS);
    // The filter runs on a thread of Payara's OpenAPI service, whose context class loader is not
    // the application's: ask for the application's configuration, where the EJB module that
    // enforces the limit gives its default.
    int maxPerTier =
        ConfigProvider.getConfig(ApiDocumentFilter.class.getClassLoader())
            .getValue("ticketing.booking.max-per-tier", Integer.class);
    for (Schema schema : schemas.values()) {
      Schema quantity = schema.getProperties().get("quantity");
      if (quantity != null && quantity.getMinimum() != null) { // a request field, not a view
        quantity.setMaximum(BigDecimal.valueOf(maxPerTier));
      }
    }
    if (openAPI.getComponents() == null) {
      openAPI.setComponents(OASFactory.createComponents());
    }
    Map<String, Schema> all = new LinkedHashMap<>(schemas);
    all.put("TierList", list("TierView"));
    all.put("ConcertList", list("ConcertView"));
    all.put("BookingList", list("BookingView"));
    all.put("AdminConcertList", list("AdminConcertView"));
    all.put("AuditList", list("AuditEntry"));
    all.put("AccountViewList", list("AccountView"));
    all.put("OutboxMailList", list("OutboxMail"));
    // Written here: an inline binary schema in an annotation comes out of the server mangled.
    all.put(
        "PdfDocument",
        OASFactory.createSchema()
            .type(Schema.SchemaType.STRING)
            .format("binary")
            .description("A PDF document"));
    all.put("WaitlistEntryList", list("WaitlistEntryView"));
    all.put("WaitlistTierList", list("WaitlistTierView"));
    openAPI.getComponents().setSchemas(all);
    ProblemResponses.addTo(openAPI.getComponents());
    addSharedParameters(openAPI.getComponents());
    TypedExamples.apply(openAPI);
    openAPI.setTags(distinct(openAPI.getTags()));
    dropPayaraEndpoints(openAPI);
    if (ContextPath.value != null) {
      // The generated server names the host as the server saw it and leaves out the context root;
      // a URL relative to the document is right from any host, and "Try it out" stays same-origin.
      openAPI.setServers(
          List.of(
              OASFactory.createServer()
                  .url(ContextPath.value.isEmpty() ? "/" : ContextPath.value)
                  .description("This server")));
    }
  }

  /** Learns the application's context root when the web module starts. */
  @WebListener
  public static class ContextPath implements ServletContextListener {
    static volatile String value;

    @Override
    public void contextInitialized(ServletContextEvent event) {
      value = event.getServletContext().getContextPath();
    }
  }

  /**
   * Parameters that several operations take, written once; an operation refers to one with
   * {@code @Parameter(ref = "ConcertId")}.
   */
  private static void addSharedParameters(Components components) {
    components.addParameter("IdempotencyKey", idempotencyKey());
    components.addParameter("ConcertId", id("The concert's id", 1L));
    components.addParameter(
        "Admission",
        OASFactory.createParameter()
            .name(BookingResource.ADMISSION)
            .in(Parameter.In.HEADER)
            .description(
                "The admission from the concert's waiting room (`admission` of an `ADMITTED`"
                    + " place): needed while the concert's room is on, ignored otherwise")
            .schema(OASFactory.createSchema().type(Schema.SchemaType.STRING).maxLength(200)));
    components.addParameter("TierId", id("The tier's id", 4L));
    components.addParameter(
        "BookingId",
        OASFactory.createParameter()
            .name("id")
            .in(Parameter.In.PATH)
            .required(true)
            .description("The booking id (a UUID)")
            .schema(OASFactory.createSchema().type(Schema.SchemaType.STRING))
            .example("0b7e2f0e-5d4c-4a8e-9a51-3c1f6f0c2a17"));
  }

  /** A path parameter {@code id} that is a number the server gave. */
  private static Parameter id(String description, long example) {
    return OASFactory.createParameter()
        .name("id")
        .in(Parameter.In.PATH)
        .required(true)
        .description(description)
        .schema(OASFactory.createSchema().type(Schema.SchemaType.INTEGER).format("int64"))
        .example(example);
  }

  /** The {@code Idempotency-Key} header of every POST that books, pays or cancels. */
  private static Parameter idempotencyKey() {
    return OASFactory.createParameter()
        .name(IdempotencyKeyHeader.NAME)
        .in(Parameter.In.HEADER)
        .description(IdempotencyKeyHeader.DESCRIPTION)
        .schema(
            OASFactory.createSchema()
                .type(Schema.SchemaType.STRING)
                .minLength(1)
                .maxLength(IdempotentRequest.MAX_KEY_LENGTH))
        .example("7c9e6679-7425-40de-944b-e07fc1f90ae7");
  }

  private static Schema list(String item) {
    return OASFactory.createSchema()
        .type(Schema.SchemaType.ARRAY)
        .items(OASFactory.createSchema().ref(item));
  }

  /**
   * Payara adds a top-level {@code endpoints} member that is not part of OpenAPI 3.0, so that
   * validators reject the document. It is dropped where the implementation offers a setter.
   */
  private static void dropPayaraEndpoints(OpenAPI openAPI) {
    try {
      openAPI
          .getClass()
          .getMethod("setEndpoints", Map.class)
          .invoke(openAPI, new LinkedHashMap<>());
    } catch (ReflectiveOperationException notPayara) {
      // another implementation: nothing to drop
    }
  }

  /** Tags declared once on the application and again on each resource appear twice otherwise. */
  private static List<Tag> distinct(List<Tag> tags) {
    if (tags == null) {
      return null;
    }
    Map<String, Tag> byName = new LinkedHashMap<>();
    for (Tag tag : tags) {
      Tag known = byName.get(tag.getName());
      if (known == null || (known.getDescription() == null && tag.getDescription() != null)) {
        byName.put(tag.getName(), tag);
      }
    }
    return new ArrayList<>(byName.values());
  }

  private static String buildVersion() {
    try (InputStream in =
        ApiDocumentFilter.class.getResourceAsStream("/dev/ticketing/web/build.properties")) {
      Properties build = new Properties();
      if (in != null) {
        build.load(in);
      }
      return build.getProperty("version", "unknown");
    } catch (IOException e) {
      return "unknown";
    }
  }
}
