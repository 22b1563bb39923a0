package dev.ticketing.web.admin;

import dev.ticketing.admin.TierChange;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Body of {@code PATCH /api/admin/tiers/{id}}: the fields to change; absent ones stay. */
@Schema(
    name = "TierPatchRequest",
    description = "Changes to a tier; absent fields stay as they are")
public class TierPatchRequest {
  @Schema(description = "Its name as people say it", example = "Upper Balcony")
  @Size(min = 1, max = 100)
  @Pattern(
      regexp = "[^\\p{Cntrl}]*\\S[^\\p{Cntrl}]*",
      message = "must not be blank nor contain control characters")
  public String displayName;

  @Schema(description = "Price of tickets booked from now on, minor units", example = "5000")
  @Min(0)
  @Max(100_000_000)
  public Long price;

  @Schema(description = "ISO 4217 currency (the concert's tiers share one)", example = "USD")
  @Pattern(regexp = "[A-Z]{3}", message = "must be an ISO 4217 code such as USD")
  public String currency;

  @Schema(
      description =
          "Tickets in all: raising adds tickets; lowering removes unsold ones, refused (409) below"
              + " what is sold or held",
      example = "350")
  @Min(0)
  @Max(1_000_000)
  public Integer capacity;

  @Schema(description = "Where it shows among the concert's tiers, from 1", example = "1")
  @Min(1)
  public Integer position;

  TierChange change() {
    return new TierChange(
        displayName == null ? null : displayName.strip(), price, currency, capacity, position);
  }
}
