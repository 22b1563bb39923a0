package dev.ticketing.ui.views;

import dev.ticketing.booking.BookingRejectedException;
import dev.ticketing.booking.InvalidQuantityException;
import dev.ticketing.booking.NotEnoughTicketsException;
import java.util.function.UnaryOperator;

/**
 * Every sentence the screens say about the outcome of a booking or a failed page, in one place, in
 * the visitor's words: what happened, whether anything was booked, what to do next.
 */
final class OutcomeWording {
  static final String BOOKED = "Booked! Your tickets are confirmed.";
  static final String NOTHING_CHOSEN = "Choose how many tickets you want";
  static final String NO_CONCERT = "No concert is on sale right now. Please come back later.";
  static final String UNKNOWN_CONCERT =
      "There is no concert at this address. It may have been taken off sale.";
  static final String UNREACHABLE =
      "The ticket office cannot be reached right now. Please reload the page in a moment.";
  static final String NO_LONGER_ON_SALE =
      "Some of these tickets are no longer on sale. Nothing was booked; the list below is up to"
          + " date.";
  static final String BUSY =
      "The ticket office is very busy right now. Nothing was booked; please try again.";
  static final String FAILED =
      "Sorry, something went wrong on our side and nothing was booked. Please try again in a"
          + " moment.";
  static final String NO_TICKETS_YET = "No tickets are on sale for this concert yet.";
  static final String NO_BOOKINGS_YET = "You have not booked any tickets in this browser yet.";

  private OutcomeWording() {}

  /**
   * Why a booking was refused.
   *
   * @param tierName the name people know a tier by, from its code
   */
  static String refusal(BookingRejectedException refused, UnaryOperator<String> tierName) {
    return switch (refused.reason()) {
      case NOT_ENOUGH_TICKETS -> notEnough((NotEnoughTicketsException) refused, tierName);
      case INVALID_QUANTITY ->
          "You can book at most "
              + ((InvalidQuantityException) refused).maxPerTier()
              + " tickets of each tier in one order.";
      case UNKNOWN_TIER -> NO_LONGER_ON_SALE;
      case INVALID_ORDER -> "Choose at least one ticket. Nothing was booked.";
      case UNKNOWN_BOOKING -> "This booking no longer exists.";
      case HOLD_EXPIRED ->
          "Your hold ran out before it was paid, and the tickets went back on sale. Nothing was"
              + " charged. Please book again.";
      case ALREADY_PAID -> "This booking is paid already. You were not charged again.";
      case BOOKING_CANCELLED -> "This booking was cancelled.";
      case PAYMENT_DECLINED ->
          "Your card was declined and nothing was charged. Your tickets are still held: try"
              + " another card.";
      case INVALID_CARD -> "This card number is not valid. Please check it.";
      case PAYMENT_TIMEOUT ->
          "The payment service did not answer in time and nothing was charged. Your tickets are"
              + " still held: please try again.";
      case IDEMPOTENCY_KEY_REUSED, IDEMPOTENCY_KEY_IN_USE -> BUSY;
    };
  }

  private static String notEnough(NotEnoughTicketsException shortOf, UnaryOperator<String> names) {
    String name = names.apply(shortOf.tier());
    String left =
        shortOf.available() == 0
            ? "but " + name + " is sold out."
            : "only " + shortOf.available() + " " + name + " tickets are left now.";
    return "Not enough "
        + name
        + " tickets: you asked for "
        + shortOf.requested()
        + ", "
        + left
        + " Nothing was booked. We kept your other choices; please check them and book again.";
  }

  /** The note next to a tier's quantity when it was over the per-order limit. */
  static String overLimit(int maxPerTier) {
    return "At most " + maxPerTier + " per order";
  }

  /** The running total under the tiers: "Total: 3 tickets, $30.00". */
  static String total(int tickets, String money) {
    return tickets == 0
        ? NOTHING_CHOSEN
        : "Total: " + tickets + (tickets == 1 ? " ticket, " : " tickets, ") + money;
  }
}
