package dev.ticketing.web.waitlist;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** An organiser opening or closing a tier's waiting list. */
@Schema(name = "WaitlistSettingsRequest", description = "Open or close a tier's waiting list")
public class WaitlistSettingsRequest {
  @Schema(description = "false closes the list: nobody joins; those waiting keep their places")
  @NotNull
  public Boolean open;

  @Schema(description = "How long an offer is held, minutes (absent: unchanged)", example = "10")
  @Min(1)
  @Max(1440)
  public Integer offerMinutes;
}
