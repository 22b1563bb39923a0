package dev.ticketing.booking;

import java.util.List;

/**
 * What a visitor asks to book: tiers of one concert, each with a quantity.
 *
 * @param concertId the concert, or null for the default concert
 * @param items one entry per tier, each tier at most once
 * @param userRef who books, as the client names them (optional, no accounts yet)
 */
public record BookingRequest(Long concertId, List<Line> items, String userRef) {

  /** One tier and how many tickets of it. */
  public record Line(String tier, int quantity) {}

  public BookingRequest {
    items = items == null ? List.of() : List.copyOf(items);
  }

  /** A booking of a single tier of the default concert (the original API's shape). */
  public static BookingRequest single(String tier, int quantity, String userRef) {
    return new BookingRequest(null, List.of(new Line(tier, quantity)), userRef);
  }
}
