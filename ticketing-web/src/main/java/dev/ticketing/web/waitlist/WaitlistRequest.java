package dev.ticketing.web.waitlist;

import dev.ticketing.catalog.TierCode;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Joining a tier's waiting list. */
@Schema(name = "WaitlistRequest", description = "A sold-out tier to wait for, and how many tickets")
public class WaitlistRequest {
  @Schema(description = "The tier's code", example = "VIP")
  @NotBlank
  @Size(max = TierCode.MAX_LENGTH)
  public String tier;

  @Schema(description = "Tickets wanted, 1 to 50 (and within the concert's limit per account)")
  @NotNull
  @Min(1)
  public Integer quantity;

  @Schema(
      description =
          "Whether an offer of fewer tickets than asked is welcome; if not, the entry waits until"
              + " its whole quantity can be offered (keeping its place)")
  public boolean acceptFewer;
}
