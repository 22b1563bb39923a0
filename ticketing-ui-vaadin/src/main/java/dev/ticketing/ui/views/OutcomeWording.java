package dev.ticketing.ui.views;

import dev.ticketing.booking.BookingStatus;
import dev.ticketing.booking.refusal.BookingRejectedException;
import dev.ticketing.booking.refusal.InvalidQuantityException;
import dev.ticketing.booking.refusal.NotEnoughTicketsException;
import dev.ticketing.booking.refusal.PurchaseLimitException;
import dev.ticketing.catalog.PurchaseLimits;
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

  /** The screen sends the visitor to the concert's waiting room. */
  static final String TO_THE_LINE =
      "This sale has a waiting room: taking you to your place in line…";

  static final String UNREACHABLE =
      "The ticket office cannot be reached right now. Please reload the page in a moment.";
  static final String NO_LONGER_ON_SALE =
      "Some of these tickets are no longer on sale. Nothing was booked; the list below is up to"
          + " date.";
  static final String BUSY =
      "The ticket office is very busy right now. Nothing was booked; please try again.";

  /** The booking was turned away because the ticket office is full: when to come back. */
  static String busyFor(int retryAfterSeconds) {
    return "The ticket office is very busy right now. Nothing was booked; please try again in "
        + (retryAfterSeconds <= 1 ? "a second." : retryAfterSeconds + " seconds.");
  }

  static final String FAILED =
      "Sorry, something went wrong on our side. Please press Book again in a moment: the same"
          + " choice is never held twice.";
  static final String NO_TICKETS_YET = "No tickets are on sale for this concert yet.";
  static final String NO_BOOKINGS_YET = "You have not booked any tickets yet.";
  static final String ACCOUNT_NEEDED = "Log in or register to book tickets for this concert.";

  /** The words of {@link #ACCOUNT_NEEDED} that lead to the login screen. */
  static final String ACCOUNT_NEEDED_LINK = "Log in or register";

  static final String BOOKING_GONE = "This booking no longer exists. Nothing was charged.";
  static final String WAS_CANCELLED = "This booking was cancelled: its tickets are back on sale.";
  static final String HELD = "Your tickets are held";
  static final String HELD_UNTIL_PAID =
      "Nobody else can book them while you pay. Pay before the time runs out to confirm them.";
  static final String HOLD_PENDING =
      "Pay for the tickets you hold below, or cancel the hold, before you book more.";
  static final String TEST_CARDS = "This is a test system: pay with one of these test cards.";
  static final String ENTER_CARD = "Enter a card number";
  static final String HOLD_RAN_OUT =
      "Your hold ran out before it was paid, so the tickets went back on sale. Nothing was"
          + " charged.";
  static final String BOOK_AGAIN =
      " We put your choice back above: press Book to hold the tickets again.";
  static final String HOLD_CANCELLED =
      "You cancelled your hold: the tickets are back on sale and nothing was charged.";
  static final String PAYMENT_FAILED =
      "Sorry, something went wrong on our side while paying. Please press Pay again: this"
          + " booking can never be charged twice.";
  static final String CANCEL_FAILED =
      "Sorry, something went wrong on our side and the booking may not be cancelled yet. Please"
          + " try again in a moment.";

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
      case UNKNOWN_BOOKING -> BOOKING_GONE;
      case HOLD_EXPIRED -> HOLD_RAN_OUT;
      case ALREADY_PAID -> "This booking is paid already. You were not charged again.";
      case BOOKING_CANCELLED ->
          "This booking was cancelled, so it cannot be paid. Nothing was charged.";
      case PAYMENT_DECLINED -> declined(String.valueOf(refused.facts().get("declineCode")));
      case INVALID_CARD ->
          "This card number is not valid: please check it. Nothing was charged, and your"
              + " tickets are still held.";
      case PAYMENT_TIMEOUT ->
          "The payment service did not answer in time and nothing was charged. Your tickets are"
              + " still held: please try again.";
      case IDEMPOTENCY_KEY_REUSED, IDEMPOTENCY_KEY_IN_USE -> BUSY;
      case SALE_NOT_OPEN -> "The sale has not opened yet. Nothing was booked.";
      case SALE_CLOSED -> "The sale has closed. Nothing was booked.";
      case PURCHASE_LIMIT -> overPurchaseLimit((PurchaseLimitException) refused);
      case ACCOUNT_REQUIRED -> ACCOUNT_NEEDED + " Nothing was booked.";
      case ADMISSION_REQUIRED ->
          "Your time to book has ended (or this screen was not let in by the waiting room)."
              + " Nothing was booked: please join the line again.";
    };
  }

  /**
   * The note above the tiers of a concert with purchase limits; null when there is nothing to say.
   *
   * @param loggedIn whether the visitor is logged in (then an account needed goes without saying)
   */
  static String purchaseLimits(PurchaseLimits limits, boolean loggedIn) {
    Integer max = limits.maxTicketsPerAccount();
    String login = limits.accountRequired() && !loggedIn ? ACCOUNT_NEEDED : null;
    if (max == null) {
      return login;
    }
    String most =
        "At most " + max + (max == 1 ? " ticket" : " tickets") + " per account for this concert.";
    return login == null ? most : most + " " + login;
  }

  private static String overPurchaseLimit(PurchaseLimitException limit) {
    String left =
        limit.remaining() == 0
            ? "your account holds or has bought that many already."
            : "your account may book " + limit.remaining() + " more.";
    return "At most "
        + limit.limit()
        + " tickets of this concert per account: "
        + left
        + " Nothing was booked.";
  }

  private static String declined(String declineCode) {
    String why =
        switch (declineCode) {
          case "insufficient_funds" -> "Your card was declined for insufficient funds";
          case "not_a_test_card" ->
              "This is a test system, so only the test cards listed under the card number can"
                  + " pay";
          default -> "Your card was declined";
        };
    return why + ". Nothing was charged, and your tickets are still held: try another card.";
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

  /** The countdown of a hold: "Time left to pay: 9:59". */
  static String timeLeft(String countdown) {
    return "Time left to pay: " + countdown;
  }

  /** The Pay button: "Pay $20.00". */
  static String pay(String money) {
    return "Pay " + money;
  }

  /** Where a booking stands, as My bookings labels it. */
  static String status(BookingStatus status, String heldUntil) {
    return switch (status) {
      case HELD -> "Held until " + heldUntil;
      case CONFIRMED -> "Confirmed";
      case EXPIRED -> "Expired";
      case CANCELLED -> "Cancelled";
      case KEPT -> "Kept for the waiting list";
    };
  }

  /** The question before cancelling a booking, with what cancelling does to it. */
  static String cancelQuestion(BookingStatus status, int tickets, String total) {
    String them = tickets == 1 ? "Your ticket goes" : "Your " + tickets + " tickets go";
    return status == BookingStatus.CONFIRMED
        ? them + " back on sale and your payment of " + total + " is refunded to your card."
        : them + " back on sale and nothing is charged.";
  }

  /** What cancelling did, once done. */
  static String cancelled(boolean wasPaid, String total) {
    return wasPaid
        ? "Cancelled: the tickets are back on sale and your payment of "
            + total
            + " is refunded to your card."
        : "Cancelled: the tickets are back on sale and nothing was charged.";
  }
}
