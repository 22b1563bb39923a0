package dev.ticketing.booking.hold;

import dev.ticketing.account.Accounts;
import dev.ticketing.booking.Booking;
import dev.ticketing.booking.BookingItem;
import dev.ticketing.booking.BookingOrder;
import dev.ticketing.booking.BookingStatus;
import dev.ticketing.booking.BookingSummary;
import dev.ticketing.booking.idempotency.IdempotencyKeys;
import dev.ticketing.booking.idempotency.IdempotentRequest;
import dev.ticketing.booking.refusal.NotEnoughTicketsException;
import dev.ticketing.booking.refusal.PurchaseLimitException;
import dev.ticketing.booking.refusal.SaleWindowException;
import dev.ticketing.booking.refusal.UnknownTierException;
import dev.ticketing.catalog.Catalog;
import dev.ticketing.catalog.ConcertAvailability;
import dev.ticketing.catalog.PurchaseLimits;
import dev.ticketing.catalog.TicketTier;
import dev.ticketing.catalog.TierAvailability;
import dev.ticketing.stock.ClaimMode;
import dev.ticketing.stock.TicketStock;
import dev.ticketing.stock.TicketsSold;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * One attempt at a booking, in a transaction of its own: the booking transaction. {@link BoxOffice}
 * runs it once with {@link ClaimMode#SKIP_LOCKED} and, only if that comes up short while others
 * hold the missing rows, once more with {@link ClaimMode#WAIT}.
 *
 * <p><b>Stock design.</b> Every ticket is a row of table {@code ticket}; a sold ticket points at
 * its booking. Booking {@code q} tickets of a tier claims {@code q} unsold rows ({@link
 * TicketStock#claim}): concurrent bookers of one tier take different rows instead of queueing on
 * one hot counter row, whose throughput falls as waiters pile up (docs/design.md).
 *
 * <p><b>No false "sold out".</b> {@code SKIP LOCKED} passes over rows that an unfinished booking is
 * claiming; that booking may still roll back. So when the fast claim comes up short while more rows
 * are unsold than it found, it throws {@link StockContendedException} and the booking is tried
 * again with a claim that <em>waits</em> for those row locks and so sees the final outcome. Only
 * that second answer may say "not enough tickets".
 *
 * <p><b>Lock order.</b> A booking of a concert with a limit of tickets per account first locks its
 * owner's account row ({@link PurchaseLimitCheck}), then claims. Tiers are claimed in ascending
 * tier id ({@link BookingOrder#inLockOrder}), and within a tier rows are locked in ascending ticket
 * id. Fast claims never wait for a lock; waiting claims all wait in that one order. No cycle, so no
 * deadlock, including for several-tier bookings that list tiers in opposite orders.
 *
 * <p><b>Short locks, few round trips.</b> The booking, its items and the first tier's claim are one
 * statement ({@link BookingInsert}); after the last claim only the commit follows (with the
 * deferred check that every item owns its tickets). Nothing slow happens while a lock is held.
 */
@Stateless
public class BookingAttempt {

  @PersistenceContext(unitName = "ticketing")
  private EntityManager em;

  @Inject private Catalog catalog;

  @Inject private TicketStock stock;

  @Inject private Event<TicketsSold> ticketsSold;

  @Inject private IdempotencyKeys keys;

  @Inject private Accounts accounts;

  @Inject
  @ConfigProperty(name = "ticketing.booking.hold-seconds")
  private long holdSeconds;

  /**
   * Holds every line of a validated order, or nothing, and commits before returning. The booking is
   * {@link BookingStatus#HELD} for {@code ticketing.booking.hold-seconds}.
   *
   * @param concert the catalogue's copy of the booking's concert: which tiers, at which prices (the
   *     database still checks that they exist; the stock is decided by locked rows)
   * @param key the request's idempotency key, or null: it records the booking in this transaction
   * @param completesKey whether the booking is the request's whole answer (else payment follows)
   * @throws StockContendedException if {@code mode} skipped locked rows and they may still come
   *     free
   * @throws NotEnoughTicketsException if a tier has too few tickets, counting every unsold row
   * @throws UnknownTierException if the concert has no tier of a requested code
   * @throws PurchaseLimitException if the owner would hold more tickets of the concert than its
   *     limit per account
   */
  @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
  public BookingSummary claim(
      ConcertAvailability concert,
      NewBooking newBooking,
      ClaimMode mode,
      IdempotentRequest key,
      boolean completesKey) {
    SaleWindowException.check(concert);
    BookingOrder order = newBooking.order();
    Map<String, TierAvailability> tiers = tiersByCode(concert, order);
    List<BookingOrder.Line> lines =
        order.inLockOrder(
            tiers.values().stream()
                .collect(Collectors.toMap(TierAvailability::code, TierAvailability::id)));

    // The booking and its items go in with the first tier's claim, in one statement: the ticket
    // rows claimed point at the item, and a commit-time trigger checks that each item got its
    // tickets. Further tiers are claimed after it, in lock order.
    Booking booking = newBooking(newBooking, concert, lines, tiers);
    PurchaseLimits limits = concert.limits();
    if (limits.countsTicketsOf(newBooking.owner())) {
      PurchaseLimitCheck.enforce(em, limits.maxTicketsPerAccount(), booking);
    }
    for (BookingOrder.Line line : lines) {
      TierAvailability tier = tiers.get(line.tier());
      int claimed =
          line == lines.get(0)
              ? BookingInsert.run(em, booking, mode, stock.floor(tier.id(), mode))
              : stock.claim(tier.id(), line.quantity(), booking.getId(), mode);
      if (claimed < line.quantity()) {
        int unsold = claimed + stock.unsold(tier.id());
        if (mode == ClaimMode.SKIP_LOCKED && unsold >= line.quantity()) {
          // Enough rows are unsold, but others are claiming them right now: wait and see.
          throw new StockContendedException();
        }
        // Final: either this attempt waited for every claim on the tier and holds all that is
        // left, or even counting rows that others are claiming there are too few.
        int left = mode == ClaimMode.WAIT ? claimed : unsold;
        throw new NotEnoughTicketsException(tier.code(), line.quantity(), left);
      }
    }
    if (key != null && completesKey) {
      keys.complete(key, booking.getId(), 201);
    } else if (key != null) {
      keys.recordBooking(key, booking.getId());
    }
    return held(concert, booking, lines, tiers, newBooking.owner());
  }

  /**
   * Holds several bookings of one line each, all of the same tier, in one statement ({@link
   * BookingInsert#runBatch}) and one transaction. All or nothing: if the tier's free rows do not
   * cover them all (sold out, or rows that others are claiming right now), nothing is held and
   * {@link StockContendedException} is thrown, after which each is tried alone: only that attempt
   * may answer "not enough tickets". No booking in a batch is counted against a purchase limit
   * ({@link BoxOffice} makes those alone).
   *
   * @return the held bookings, committed, in the order of {@code bookings}
   * @throws StockContendedException if the free rows fell short
   */
  @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
  public List<BookingSummary> claimTogether(
      ConcertAvailability concert, TierAvailability tier, List<NewBooking> bookings) {
    SaleWindowException.check(concert);
    Map<String, TierAvailability> tiers = Map.of(tier.code(), tier);
    List<Booking> rows = new ArrayList<>();
    int wanted = 0;
    for (NewBooking booking : bookings) {
      rows.add(newBooking(booking, concert, booking.order().lines(), tiers));
      wanted += booking.singleQuantity();
    }
    long floor = stock.floor(tier.id(), ClaimMode.SKIP_LOCKED);
    if (BookingInsert.runBatch(em, rows, tier.id(), floor) < wanted) {
      throw new StockContendedException(); // rolled back: each is tried alone
    }
    List<BookingSummary> summaries = new ArrayList<>();
    for (int i = 0; i < bookings.size(); i++) {
      NewBooking booking = bookings.get(i);
      summaries.add(held(concert, rows.get(i), booking.order().lines(), tiers, booking.owner()));
    }
    return summaries;
  }

  /** A new booking of the lines, not yet inserted: its items at the tiers' prices now. */
  private Booking newBooking(
      NewBooking newBooking,
      ConcertAvailability concert,
      List<BookingOrder.Line> lines,
      Map<String, TierAvailability> tiers) {
    String currency = tiers.get(lines.get(0).tier()).currency();
    String owner = newBooking.owner();
    Booking booking =
        new Booking(
            newBooking.id(),
            concert.id(),
            newBooking.order().userRef(),
            currency,
            Duration.ofSeconds(holdSeconds));
    for (BookingOrder.Line line : lines) {
      TierAvailability tier = tiers.get(line.tier());
      booking.add(new BookingItem(booking, tier.id(), line.quantity(), tier.priceMinor()));
    }
    if (owner != null) {
      booking.ownedBy(accounts.idOf(owner));
    }
    return booking;
  }

  /**
   * A booking whose tickets are claimed, as its answer; the catalogue's counts and the live screens
   * hear of it after commit (transactional observers).
   */
  private BookingSummary held(
      ConcertAvailability concert,
      Booking booking,
      List<BookingOrder.Line> lines,
      Map<String, TierAvailability> tiers,
      String owner) {
    ticketsSold.fire(
        new TicketsSold(
            concert.id(),
            booking.getId(),
            lines.stream()
                .collect(Collectors.toMap(BookingOrder.Line::tier, BookingOrder.Line::quantity))));
    return new BookingSummary(
        booking.getId(),
        concert.id(),
        concert.name(),
        booking.userRef(),
        booking.getStatus(),
        booking.getCreatedAt(),
        booking.getExpiresAt(),
        lines.stream()
            .map(
                line -> {
                  TierAvailability tier = tiers.get(line.tier());
                  return new BookingSummary.Item(
                      tier.code(), tier.displayName(), line.quantity(), tier.priceMinor());
                })
            .toList(),
        booking.getTotalMinor(),
        booking.getCurrency(),
        owner);
  }

  /**
   * The tiers of the order, from the catalogue's copy of the concert. A code the copy does not know
   * is looked up in the database (one indexed read, not a recount) before it is called unknown: a
   * tier added a moment ago books at once, and the copy is marked to be read again.
   */
  private Map<String, TierAvailability> tiersByCode(
      ConcertAvailability concert, BookingOrder order) {
    Map<String, TierAvailability> tiers = new HashMap<>();
    concert.tiers().forEach(tier -> tiers.put(tier.code(), tier));
    List<String> missing =
        order.lines().stream()
            .map(BookingOrder.Line::tier)
            .filter(c -> !tiers.containsKey(c))
            .toList();
    if (!missing.isEmpty()) {
      for (TicketTier tier :
          em.createNamedQuery(TicketTier.BY_CODES, TicketTier.class)
              .setParameter("concertId", concert.id())
              .setParameter("codes", missing)
              .getResultList()) {
        // The count is not needed to book: the claim decides.
        tiers.put(tier.getCode(), tier.withAvailable(0));
      }
      for (String code : missing) {
        if (!tiers.containsKey(code)) {
          throw new UnknownTierException(code);
        }
      }
      catalog.markStale(concert.id()); // the copy is behind: a tier was added since it was read
    }
    return tiers;
  }
}
