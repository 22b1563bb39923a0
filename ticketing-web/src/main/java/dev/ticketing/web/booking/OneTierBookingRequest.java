package dev.ticketing.web.booking;

import dev.ticketing.catalog.TierCode;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Body of {@code POST /api/book}: one tier of the default concert (the original API). */
@Schema(name = "BookRequest", description = "One tier of the default concert")
public class OneTierBookingRequest {
  /** The tier's code, e.g. {@code VIP}. */
  @Schema(description = "The tier's code, as `name` in GET /api/tickets", example = "VIP")
  @NotBlank
  @Size(max = TierCode.MAX_LENGTH)
  public String tier;

  /** How many tickets; at most the per-order limit. */
  @NotNull
  @Min(1)
  public Integer quantity;

  /** Who books, as the client names them (optional). */
  @Schema(description = "Who books, as the client names them", example = "ada")
  @Size(min = 1, max = 200)
  @Pattern(regexp = "[^\\p{Cntrl}]*", message = "must not contain control characters")
  public String userId;
}
