package dev.ticketing.ui.views;

import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.router.RouterLink;
import dev.ticketing.booking.BookingOrder;
import dev.ticketing.booking.BookingSummary;
import dev.ticketing.booking.refusal.BookingRejectedException;
import dev.ticketing.booking.refusal.InvalidQuantityException;
import dev.ticketing.catalog.ConcertAvailability;
import dev.ticketing.catalog.TierAvailability;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The tiers of the booking screen, a {@link TierCard} each, with what is left kept current ({@link
 * #showCounts}), and the order the visitor's choices add up to: its total and its lines. Every
 * change of a choice (typed, or lowered because fewer are left) is told to the screen.
 */
final class TierCards extends FlexLayout {
  private final Map<String, TierCard> cards = new LinkedHashMap<>();
  private final Runnable onChange;
  private Locale locale = Locale.US;

  /**
   * @param onChange told whenever a choice or what is left changed
   */
  TierCards(Runnable onChange) {
    this.onChange = onChange;
    setId("tiers");
    addClassName("tiers");
    setFlexWrap(FlexLayout.FlexWrap.WRAP);
  }

  /** A card for each of the concert's tiers, nothing chosen yet. */
  void show(ConcertAvailability concert, int maxPerTier, Locale locale) {
    this.locale = locale;
    removeAllCards();
    // The concert's limit per account, when lower, bounds every tier's choice too.
    Integer perAccount = concert.limits().maxTicketsPerAccount();
    boolean accountBound = perAccount != null && perAccount < maxPerTier;
    int most = accountBound ? perAccount : maxPerTier;
    String per = accountBound ? " per account" : " per order";
    for (TierAvailability tier : concert.tiers()) {
      TierCard card = new TierCard(tier, most, per, locale, onChange);
      cards.put(tier.code(), card);
      add(card);
    }
    if (cards.isEmpty()) {
      add(new Paragraph(OutcomeWording.NO_TICKETS_YET));
    }
  }

  /** No concert to book here: no cards, a way to the concerts on sale instead. */
  void showNoConcert() {
    removeAllCards();
    add(new RouterLink("See the concerts on sale", ConcertsView.class));
  }

  private void removeAllCards() {
    removeAll();
    cards.clear();
  }

  /**
   * Whether the two show the same cards: a tier card shows its name and price besides what is left,
   * and a change to any of these builds new cards.
   */
  static boolean sameCards(ConcertAvailability one, ConcertAvailability other) {
    return cardFaces(one).equals(cardFaces(other));
  }

  private static List<String> cardFaces(ConcertAvailability concert) {
    return concert.tiers().stream()
        .map(t -> String.join("|", t.code(), t.displayName(), t.priceMinor() + t.currency()))
        .toList();
  }

  /** New counts, pushed after someone (anyone) booked, or read again after a refusal. */
  void showCounts(Map<String, Integer> counts) {
    counts.forEach(
        (code, available) -> {
          TierCard card = cards.get(code);
          if (card != null) {
            card.setAvailable(available);
          }
        });
    onChange.run();
  }

  // --- the order the choices add up to ---------------------------------------------------------

  /** The running total in words: "Total: 3 tickets, $30.00". */
  String totalInWords() {
    long sum = 0;
    int tickets = 0;
    String currency = null;
    for (TierCard card : cards.values()) {
      tickets += card.quantity();
      sum += card.quantity() * card.priceMinor();
      currency = currency == null ? card.currency() : currency;
    }
    return OutcomeWording.total(tickets, tickets == 0 ? "" : Formats.money(sum, currency, locale));
  }

  /** Whether the choice can be booked as it is: some tickets, every quantity within its limits. */
  boolean isBookable() {
    int tickets = 0;
    boolean valid = true;
    for (TierCard card : cards.values()) {
      tickets += card.quantity();
      valid &= card.isValid();
    }
    return valid && tickets > 0;
  }

  /** The order's lines, a tier each with tickets chosen; none while any quantity does not fit. */
  List<BookingOrder.Line> orderLines() {
    List<BookingOrder.Line> lines = new ArrayList<>();
    for (TierCard card : cards.values()) {
      if (!card.isValid()) {
        return List.of();
      }
      if (card.quantity() > 0) {
        lines.add(new BookingOrder.Line(card.code(), card.quantity()));
      }
    }
    return lines;
  }

  /** Every choice back to none (the tickets were held). */
  void clearChoices() {
    cards.values().forEach(TierCard::clear);
  }

  /** The choice of a hold that ran out, put back so that one click on Book holds it again. */
  void chooseAgain(List<BookingSummary.Item> items) {
    clearChoices();
    for (BookingSummary.Item item : items) {
      TierCard card = cards.get(item.tier());
      if (card != null) {
        card.restore(item.quantity());
      }
    }
  }

  /**
   * A refusal of the order in words, naming tiers as their cards do; a quantity over the per-order
   * limit is also marked on its card.
   */
  String refusal(BookingRejectedException refused) {
    if (refused instanceof InvalidQuantityException overLimit) {
      TierCard card = cards.get(overLimit.tier());
      if (card != null) {
        card.showError(OutcomeWording.overLimit(overLimit.maxPerTier()));
      }
    }
    return OutcomeWording.refusal(
        refused, code -> cards.containsKey(code) ? cards.get(code).displayName() : code);
  }
}
