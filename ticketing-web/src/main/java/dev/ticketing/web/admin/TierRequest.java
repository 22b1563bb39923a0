package dev.ticketing.web.admin;

import dev.ticketing.admin.TierDraft;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Body of {@code POST /api/admin/concerts/{id}/tiers}. */
@Schema(name = "TierRequest", description = "A new tier of a concert")
public class TierRequest {
  @Schema(description = "Its code in the API: upper case letters, digits, _", example = "BALCONY")
  @NotNull
  @Pattern(
      regexp = "[A-Z][A-Z0-9_]{0,31}",
      message = "must be 1 to 32 of A-Z, 0-9, _ (a letter first)")
  public String code;

  @Schema(description = "Its name as people say it", example = "Balcony")
  @NotBlank
  @Size(max = 100)
  @Pattern(regexp = "[^\\p{Cntrl}]*", message = "must not contain control characters")
  public String displayName;

  @Schema(description = "Price of one ticket in minor units (cents)", example = "4500")
  @NotNull
  @Min(0)
  @Max(100_000_000)
  public Long price;

  @Schema(description = "ISO 4217 currency; one per concert", example = "USD")
  @NotNull
  @Pattern(regexp = "[A-Z]{3}", message = "must be an ISO 4217 code such as USD")
  public String currency;

  @Schema(description = "How many tickets", example = "300")
  @NotNull
  @Min(0)
  @Max(1_000_000)
  public Integer capacity;

  TierDraft draft() {
    return new TierDraft(code, displayName.strip(), price, currency, capacity);
  }
}
