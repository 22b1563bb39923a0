package dev.ticketing.web.booking;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.List;

/** Body of {@code POST /api/bookings}: several tiers, booked all or nothing. */
public class BookingRequestBody {
  /** The concert; the default concert when absent. */
  @Min(1)
  public Long concertId;

  /** One entry per tier. */
  @NotEmpty
  @Size(max = 20)
  public List<@Valid @NotNull Item> items;

  /** Who books, as the client names them (optional). */
  @Size(min = 1, max = 200)
  public String userId;

  /** One tier and how many of its tickets. */
  public static class Item {
    @NotBlank
    @Size(max = 64)
    public String tier;

    @NotNull
    @Min(1)
    public Integer quantity;
  }
}
