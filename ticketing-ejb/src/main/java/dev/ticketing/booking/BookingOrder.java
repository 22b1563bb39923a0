package dev.ticketing.booking;

import dev.ticketing.booking.refusal.InvalidBookingException;
import dev.ticketing.booking.refusal.InvalidQuantityException;
import dev.ticketing.booking.refusal.UnknownTierException;
import dev.ticketing.catalog.TierCode;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What a visitor asks to book: tiers of one concert, each with a quantity.
 *
 * @param concertId the concert, or null for the default concert
 * @param lines one entry per tier, each tier at most once
 * @param userRef who books, as the client names them (optional, no accounts yet)
 * @param admission the admission from the concert's waiting room, or null (ignored when the concert
 *     has no active room)
 */
public record BookingOrder(Long concertId, List<Line> lines, String userRef, String admission) {

  /** One tier and how many tickets of it. */
  public record Line(String tier, int quantity) {}

  public BookingOrder {
    lines = lines == null ? List.of() : List.copyOf(lines);
  }

  /** An order without an admission. */
  public BookingOrder(Long concertId, List<Line> lines, String userRef) {
    this(concertId, lines, userRef, null);
  }

  /** The same order, with the admission presented for it. */
  public BookingOrder withAdmission(String admission) {
    return new BookingOrder(concertId, lines, userRef, admission);
  }

  /** A booking of a single tier of the default concert (the original API's shape). */
  public static BookingOrder single(String tier, int quantity, String userRef) {
    return new BookingOrder(null, List.of(new Line(tier, quantity)), userRef);
  }

  /**
   * Checks what can be checked without the database: at least one line, each tier once and well
   * formed, each quantity from 1 to {@code maxPerTier}.
   *
   * @throws InvalidBookingException if there are no lines, a line has no tier, or a tier is twice
   * @throws UnknownTierException if a tier code is of a form that no tier can have
   * @throws InvalidQuantityException if a quantity is below 1 or above {@code maxPerTier}
   */
  public void validate(int maxPerTier) {
    if (lines.isEmpty()) {
      throw new InvalidBookingException("items", "A booking needs at least one tier and quantity");
    }
    Set<String> seen = new HashSet<>();
    for (Line line : lines) {
      if (line.tier() == null || line.tier().isBlank()) {
        throw new InvalidBookingException("tier", "Every line needs a tier");
      }
      if (!TierCode.isWellFormed(line.tier())) {
        throw new UnknownTierException(line.tier()); // no such code can exist: spare the database
      }
      if (!seen.add(line.tier())) {
        throw new InvalidBookingException(
            "items", "Tier " + line.tier() + " is listed twice; give its total quantity once");
      }
      if (line.quantity() < 1 || line.quantity() > maxPerTier) {
        throw new InvalidQuantityException(line.tier(), line.quantity(), maxPerTier);
      }
    }
  }

  /**
   * The lines in the one order in which every booking locks stock: ascending tier id. Two bookings
   * that list the same tiers in opposite orders then wait for each other in the same order, never
   * in a cycle.
   *
   * @param tierIds the id of every tier of this order, by code
   */
  public List<Line> inLockOrder(Map<String, Long> tierIds) {
    return lines.stream().sorted(Comparator.comparing(line -> tierIds.get(line.tier()))).toList();
  }
}
