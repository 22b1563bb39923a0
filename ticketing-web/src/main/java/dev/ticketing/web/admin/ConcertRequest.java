package dev.ticketing.web.admin;

import dev.ticketing.admin.ConcertDraft;
import dev.ticketing.catalog.PurchaseLimits;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
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

  @Schema(
      description =
          "At most this many tickets of the concert per account, held and confirmed together,"
              + " across bookings and tiers; absent or null: no limit. A booking past it is"
              + " refused with 409 `purchase-limit`. Anonymous bookings are not counted: set"
              + " `accountRequired` as well to limit every buyer",
      minimum = "1",
      maximum = "" + PurchaseLimits.HIGHEST_LIMIT,
      example = "6")
  @Min(1)
  @Max(PurchaseLimits.HIGHEST_LIMIT)
  public Integer maxTicketsPerAccount;

  @Schema(
      description =
          "Whether only a logged-in account may book (release sales): an anonymous booking is"
              + " refused with 401 `account-required`; absent: false")
  public Boolean accountRequired;

  ConcertDraft draft() {
    return new ConcertDraft(
        name.strip(),
        venue.strip(),
        startsAt,
        description == null || description.isBlank() ? null : description.strip(),
        salesOpenAt,
        salesCloseAt,
        new PurchaseLimits(maxTicketsPerAccount, Boolean.TRUE.equals(accountRequired)));
  }
}
