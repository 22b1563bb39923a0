package dev.ticketing.web.admin;

import dev.ticketing.admin.ConcertDraft;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.OffsetDateTime;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Body of {@code POST /api/admin/concerts} and {@code PUT /api/admin/concerts/{id}}. */
@Schema(name = "ConcertRequest", description = "A concert as its organiser describes it")
public class ConcertRequest {
  @Schema(description = "Its name", example = "Summer Night")
  @NotBlank
  @Size(max = 200)
  @Pattern(regexp = "[^\\p{Cntrl}]*", message = "must not contain control characters")
  public String name;

  @Schema(description = "Where it takes place", example = "City Arena")
  @NotBlank
  @Size(max = 200)
  @Pattern(regexp = "[^\\p{Cntrl}]*", message = "must not contain control characters")
  public String venue;

  @Schema(description = "When it starts", example = "2027-07-01T20:00:00Z")
  @NotNull
  public OffsetDateTime startsAt;

  @Schema(description = "What it is, for the public", example = "An evening of strings")
  @Size(max = 4000)
  public String description;

  @Schema(
      description = "When the public can start booking; absent: as soon as it is published",
      example = "2027-05-01T10:00:00Z")
  public OffsetDateTime salesOpenAt;

  @Schema(
      description = "When booking stops; absent: when sold out",
      example = "2027-07-01T18:00:00Z")
  public OffsetDateTime salesCloseAt;

  ConcertDraft draft() {
    return new ConcertDraft(
        name.strip(),
        venue.strip(),
        startsAt,
        description == null || description.isBlank() ? null : description.strip(),
        salesOpenAt,
        salesCloseAt);
  }
}
