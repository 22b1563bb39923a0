package dev.ticketing.web.openapi;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * The shape of every error body, for the OpenAPI document only; the bodies themselves are built by
 * {@link dev.ticketing.web.problem.Problem}.
 */
@Schema(
    name = "Problem",
    description =
        "RFC 9457 problem details. Extension members depend on the type: `tier`, `requested`,"
            + " `available` (not-enough-tickets), `maxPerTier` (invalid-quantity), `limit`, `remaining`"
            + " (purchase-limit), `errors` (invalid fields), `correlationId` (internal-error, service-unavailable).")
public class ProblemDocument {
  @Schema(
      required = true,
      description = "Identifies the kind of problem",
      example = "urn:ticketing:problem:not-enough-tickets")
  public String type;

  @Schema(required = true, example = "Not enough tickets")
  public String title;

  @Schema(required = true, example = "409")
  public int status;

  @Schema(required = true, example = "Only 3 VIP tickets are left; 5 requested")
  public String detail;

  @Schema(description = "The request path", example = "/api/book")
  public String instance;

  @Schema(description = "Tier concerned", example = "VIP")
  public String tier;

  @Schema(description = "Tickets asked for", example = "5")
  public Integer requested;

  @Schema(description = "Tickets left when the booking was refused", example = "3")
  public Integer available;

  @Schema(description = "Per-order limit of one tier", example = "10")
  public Integer maxPerTier;

  @Schema(description = "The concert's most tickets per account", example = "6")
  public Integer limit;

  @Schema(description = "How many more tickets of the concert the account may book", example = "0")
  public Integer remaining;

  @Schema(description = "Correlation id, also in the server log")
  public String correlationId;

  @Schema(description = "The invalid fields of the request")
  public List<FieldErrorDocument> errors;

  /** One invalid field. */
  @Schema(name = "FieldError")
  public static class FieldErrorDocument {
    @Schema(required = true, example = "items[0].quantity")
    public String field;

    @Schema(required = true, example = "must be greater than or equal to 1")
    public String message;
  }
}
