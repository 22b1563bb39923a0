package dev.ticketing.web.booking;

import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** Body of {@code POST /api/book}: one tier of the default concert (the original API). */
public class BookRequest {
  /** The tier's code, e.g. {@code VIP}. */
  @NotBlank
  @Size(max = 64)
  public String tier;

  /** How many tickets; at most the per-order limit. */
  @NotNull
  @Min(1)
  public Integer quantity;

  /** Who books, as the client names them (optional). */
  @Size(min = 1, max = 200)
  public String userId;
}
