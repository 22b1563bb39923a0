package dev.ticketing.web.booking;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Body of {@code POST /api/bookings}: several tiers, booked all or nothing. */
@Schema(name = "BookingRequest", description = "Several tiers of one concert, all or nothing")
public class BookingRequest {
  /** The concert; the default concert when absent. */
  @Schema(description = "The concert; the default concert when absent", example = "1")
  @Min(1)
  public Long concertId;

  /** One entry per tier. */
  @Schema(description = "One entry per tier, each tier at most once")
  @NotEmpty
  @Size(max = 20)
  public List<@Valid @NotNull BookingItemRequest> items;

  /** Who books, as the client names them (optional). */
  @Schema(description = "Who books, as the client names them", example = "ada")
  @Size(min = 1, max = 200)
  @Pattern(regexp = "[^\\p{Cntrl}]*", message = "must not contain control characters")
  public String userId;
}
