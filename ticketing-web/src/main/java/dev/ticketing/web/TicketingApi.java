package dev.ticketing.web;

import dev.ticketing.account.Roles;
import jakarta.annotation.security.DeclareRoles;
import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.Components;
import org.eclipse.microprofile.openapi.annotations.OpenAPIDefinition;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.enums.SecuritySchemeType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.info.Contact;
import org.eclipse.microprofile.openapi.annotations.info.Info;
import org.eclipse.microprofile.openapi.annotations.info.License;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityScheme;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The JSON API, under {@code /api}. Resources and providers are discovered. */
@ApplicationPath("/api")
@OpenAPIDefinition(
    info =
        @Info(
            title = "Concert ticketing API",
            version = "from the build",
            description =
                "Book concert tickets: see every tier with its price and what is left, hold one"
                    + " tier or several at once (all or nothing), then pay within the hold time"
                    + " or cancel. The system never oversells and never answers \"sold out\""
                    + " while tickets remain. Every POST takes an `Idempotency-Key` header, so a"
                    + " retry never books or pays twice.\n\n"
                    + "Prices are integers in minor units (cents) of the tier's ISO 4217"
                    + " currency. Every error is an RFC 9457 `application/problem+json`"
                    + " document. Request bodies are JSON; unknown properties are ignored,"
                    + " quantities must be JSON integers.",
            contact = @Contact(name = "The ticketing team", email = "api@ticketing.example"),
            license =
                @License(name = "Apache-2.0", url = "https://www.apache.org/licenses/LICENSE-2.0")),
    components =
        @Components(
            securitySchemes =
                @SecurityScheme(
                    securitySchemeName = TicketingApi.BEARER,
                    type = SecuritySchemeType.HTTP,
                    scheme = "bearer",
                    bearerFormat = "JWT",
                    description =
                        "A token from `POST /api/auth/token`. Needed for `/api/admin` (organisers),"
                            + " `GET /api/bookings` and `/api/auth/me`; optional elsewhere: a"
                            + " booking made with it is the customer's only."),
            responses = {
              @APIResponse(
                  name = "Booked",
                  responseCode = "201",
                  description = "Booked, paid and committed",
                  headers = {
                    @Header(
                        name = "Location",
                        description = "The booking's address",
                        schema = @Schema(type = SchemaType.STRING)),
                    @Header(
                        name = "Idempotent-Replayed",
                        description = "`true` when this answers a repeat of an earlier request",
                        schema = @Schema(type = SchemaType.BOOLEAN))
                  },
                  content =
                      @Content(
                          mediaType = "application/json",
                          schema = @Schema(ref = "BookingView"),
                          examples =
                              @ExampleObject(
                                  name = "confirmed",
                                  value = TicketingApi.BOOKING_EXAMPLE))),
              @APIResponse(
                  name = "Booking",
                  responseCode = "200",
                  description = "The booking as it is now",
                  content =
                      @Content(
                          mediaType = "application/json",
                          schema = @Schema(ref = "BookingView"),
                          examples =
                              @ExampleObject(
                                  name = "confirmed",
                                  value = TicketingApi.BOOKING_EXAMPLE))),
              @APIResponse(
                  name = "Held",
                  responseCode = "201",
                  description =
                      "Held and committed: the tickets are the buyer's until `expiresAt`; pay at"
                          + " `links.payment`",
                  headers = {
                    @Header(
                        name = "Location",
                        description = "The booking's address",
                        schema = @Schema(type = SchemaType.STRING)),
                    @Header(
                        name = "Idempotent-Replayed",
                        description = "`true` when this answers a repeat of an earlier request",
                        schema = @Schema(type = SchemaType.BOOLEAN))
                  },
                  content =
                      @Content(
                          mediaType = "application/json",
                          schema = @Schema(ref = "BookingView"),
                          examples =
                              @ExampleObject(name = "held", value = TicketingApi.HELD_EXAMPLE)))
            }),
    tags = {
      @Tag(name = "Catalogue", description = "Concerts, tiers, prices and what is left"),
      @Tag(name = "Bookings", description = "Holding, paying, cancelling and reading bookings"),
      @Tag(name = "Waiting lists", description = "Waiting for a sold-out tier: offers as holds"),
      @Tag(name = "Accounts", description = "Registering, getting a bearer token"),
      @Tag(
          name = "Organisers",
          description = "Concerts, tiers, sales and bookings, for organisers"),
      @Tag(name = "Door", description = "Checking tickets in at the door, online and offline")
    })
@DeclareRoles({Roles.ORGANISER, Roles.CUSTOMER, Roles.DOOR})
public class TicketingApi extends Application {
  /** The media type of every error body (RFC 9457). */
  public static final String PROBLEM = "application/problem+json";

  /** The name of the bearer token security scheme in the OpenAPI document. */
  public static final String BEARER = "bearer";

  private static final String EXAMPLE_ID = "0b7e2f0e-5d4c-4a8e-9a51-3c1f6f0c2a17";
  private static final String EXAMPLE_SELF = "http://localhost:8080/api/bookings/" + EXAMPLE_ID;

  /** A confirmed booking as the API returns it, for the document's examples. */
  public static final String BOOKING_EXAMPLE =
      "{\"bookingId\":\""
          + EXAMPLE_ID
          + "\",\"status\":\"CONFIRMED\","
          + "\"concertId\":1,\"userId\":\"ada\",\"createdAt\":\"2027-06-01T09:00:00.123Z\","
          + "\"items\":[{\"tier\":\"VIP\",\"quantity\":2,\"price\":10000}],"
          + "\"total\":20000,\"currency\":\"USD\","
          + "\"links\":{\"self\":\""
          + EXAMPLE_SELF
          + "\",\"cancel\":\""
          + EXAMPLE_SELF
          + "/cancel\"}}";

  /** A held booking as the API returns it, for the document's examples. */
  public static final String HELD_EXAMPLE =
      "{\"bookingId\":\""
          + EXAMPLE_ID
          + "\",\"status\":\"HELD\","
          + "\"concertId\":1,\"userId\":\"ada\",\"createdAt\":\"2027-06-01T09:00:00.123Z\","
          + "\"expiresAt\":\"2027-06-01T09:10:00.123Z\","
          + "\"items\":[{\"tier\":\"VIP\",\"quantity\":2,\"price\":10000}],"
          + "\"total\":20000,\"currency\":\"USD\","
          + "\"links\":{\"self\":\""
          + EXAMPLE_SELF
          + "\",\"payment\":\""
          + EXAMPLE_SELF
          + "/payment\",\"cancel\":\""
          + EXAMPLE_SELF
          + "/cancel\"}}";

  /**
   * Jersey's own Bean Validation off: the resources are CDI beans, whose constrained parameters
   * Hibernate Validator's CDI interceptor validates anyway (the same {@code
   * ConstraintViolationException}, the same 400), so with Jersey's on every request body was
   * validated twice (docs/performance-history.md has what it cost).
   */
  @Override
  public Map<String, Object> getProperties() {
    return Map.of("jersey.config.beanValidation.disable.server", true);
  }
}
