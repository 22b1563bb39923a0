package dev.ticketing.web.booking;

import dev.ticketing.catalog.TierCode;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** One line of {@link BookingRequest}: a tier and how many of its tickets. */
@Schema(name = "BookingItemRequest", description = "A tier and how many of its tickets")
public class BookingItemRequest {
  @Schema(description = "The tier's code", example = "GA")
  @NotBlank
  @Size(max = TierCode.MAX_LENGTH)
  public String tier;

  @NotNull
  @Min(1)
  public Integer quantity;
}
