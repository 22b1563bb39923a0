package dev.ticketing.booking;

import dev.ticketing.catalog.Catalog;
import dev.ticketing.catalog.Concert;
import dev.ticketing.catalog.TicketTier;
import jakarta.annotation.Resource;
import jakarta.ejb.ApplicationException;
import jakarta.ejb.SessionContext;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Books tickets. The whole booking transaction lives in this class.
 *
 * <p><b>Stock design.</b> Every ticket is a row of table {@code ticket}; a sold ticket points at
 * its booking. Booking {@code q} tickets of a tier claims {@code q} unsold rows with {@code SELECT
 * ... FOR UPDATE SKIP LOCKED}: concurrent bookers of one tier take different rows instead of
 * queueing on one hot counter row, whose throughput falls as waiters pile up (see README).
 *
 * <p><b>No false "sold out".</b> {@code SKIP LOCKED} passes over rows that an unfinished booking is
 * claiming; that booking may still roll back. So when the fast claim comes up short while more rows
 * are unsold than it found, the booking is retried once in a new transaction that <em>waits</em>
 * for those row locks ({@code FOR UPDATE} without {@code SKIP LOCKED}) and so sees the final
 * outcome. Only that second answer may say "not enough tickets".
 *
 * <p><b>Lock order.</b> Tiers are claimed in ascending tier id, and within a tier rows are locked
 * in ascending ticket id. Fast claims never wait for a lock; waiting claims all wait in that one
 * order. No cycle, so no deadlock, including for several-tier bookings that list tiers in opposite
 * orders.
 *
 * <p><b>Short locks.</b> The booking and its items are inserted before any ticket row is locked;
 * after the claim only the commit follows (with the deferred check that every item owns its
 * tickets). Nothing slow happens while a lock is held.
 */
@Stateless
public class BookingService {
  /** The form of every tier code, as the database's CHECK constraint on ticket_tier.code. */
  private static final Pattern TIER_CODE = Pattern.compile("[A-Z][A-Z0-9_]{0,31}");

  @PersistenceContext(unitName = "ticketing")
  private EntityManager em;

  @Inject private Catalog catalog;

  @Inject
  @ConfigProperty(name = "ticketing.booking.max-per-tier", defaultValue = "10")
  private int maxPerTier;

  @Resource private SessionContext context;

  @Inject private Event<TicketsSold> ticketsSold;

  /**
   * Books every line of the request, atomically: all tiers or none. Guarantees: never more tickets
   * sold than exist; a refusal for lack of tickets is only given after every concurrent claim on
   * the tier has finished; a refused or failed booking changes nothing.
   *
   * @return the confirmed booking, committed
   * @throws NotEnoughTicketsException if a tier has fewer tickets left than requested
   * @throws UnknownTierException if the concert has no tier of a requested name
   * @throws InvalidQuantityException if a quantity is below 1 or above the per-order limit
   * @throws InvalidBookingException if there are no lines or a tier is listed twice
   * @throws dev.ticketing.catalog.UnknownConcertException if the concert does not exist
   */
  @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
  public Booking book(BookingRequest request) {
    validate(request);
    BookingService self = context.getBusinessObject(BookingService.class);
    try {
      return self.claim(request, ClaimMode.SKIP_LOCKED);
    } catch (StockContendedException contended) {
      return self.claim(request, ClaimMode.WAIT);
    }
  }

  /** The booking with this id, with its items. */
  @TransactionAttribute(TransactionAttributeType.SUPPORTS)
  public Optional<Booking> find(UUID id) {
    return Optional.ofNullable(em.find(Booking.class, id));
  }

  /** The per-order limit for one tier. */
  public int maxPerTier() {
    return maxPerTier;
  }

  private void validate(BookingRequest request) {
    if (request.items().isEmpty()) {
      throw new InvalidBookingException("items", "A booking needs at least one tier and quantity");
    }
    Set<String> seen = new HashSet<>();
    for (BookingRequest.Line line : request.items()) {
      if (line.tier() == null || line.tier().isBlank()) {
        throw new InvalidBookingException("tier", "Every line needs a tier");
      }
      if (!TIER_CODE.matcher(line.tier()).matches()) {
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
   * One attempt at the booking, in its own transaction. Public only so that the container can start
   * that transaction; call {@link #book} instead.
   */
  @TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
  public Booking claim(BookingRequest request, ClaimMode mode) {
    Concert concert = catalog.concert(request.concertId());
    Map<String, TicketTier> tiers = tiersByCode(concert, request);

    // The fixed lock order: ascending tier id.
    List<BookingRequest.Line> lines =
        request.items().stream()
            .sorted(Comparator.comparing(line -> tiers.get(line.tier()).getId()))
            .toList();

    // Insert the booking and its items first, while no stock is locked. The ticket rows claimed
    // below point at these rows, and a commit-time trigger checks that each item got its tickets.
    Booking booking =
        new Booking(concert, request.userRef(), tiers.values().iterator().next().getCurrency());
    for (BookingRequest.Line line : lines) {
      booking.add(new BookingItem(booking, tiers.get(line.tier()), line.quantity()));
    }
    em.persist(booking);
    em.flush();

    for (BookingRequest.Line line : lines) {
      TicketTier tier = tiers.get(line.tier());
      int claimed = claimTickets(tier, line.quantity(), booking.getId(), mode);
      if (claimed < line.quantity()) {
        int unsold = claimed + unsoldTickets(tier);
        if (mode == ClaimMode.SKIP_LOCKED && unsold >= line.quantity()) {
          // Enough rows are unsold, but others are claiming them right now: wait and see.
          throw new StockContendedException();
        }
        // Final: either this attempt waited for every claim on the tier and holds all that is
        // left, or even counting rows that others are claiming there are too few.
        int left = mode == ClaimMode.WAIT ? claimed : unsold;
        throw new NotEnoughTicketsException(tier.getCode(), line.quantity(), left);
      }
    }
    // Delivered to transactional observers after commit (live availability in the UI).
    ticketsSold.fire(
        new TicketsSold(
            concert.getId(),
            booking.getId(),
            lines.stream()
                .collect(
                    Collectors.toMap(BookingRequest.Line::tier, BookingRequest.Line::quantity))));
    return booking;
  }

  private Map<String, TicketTier> tiersByCode(Concert concert, BookingRequest request) {
    List<String> codes = request.items().stream().map(BookingRequest.Line::tier).toList();
    Map<String, TicketTier> tiers = new HashMap<>();
    em.createNamedQuery(TicketTier.BY_CODES, TicketTier.class)
        .setParameter("concertId", concert.getId())
        .setParameter("codes", codes)
        .getResultList()
        .forEach(tier -> tiers.put(tier.getCode(), tier));
    for (String code : codes) {
      if (!tiers.containsKey(code)) {
        throw new UnknownTierException(code);
      }
    }
    return tiers;
  }

  /**
   * Marks up to {@code quantity} unsold tickets of the tier as sold to the booking, taking their
   * row locks until commit.
   *
   * @return how many tickets were claimed
   */
  private int claimTickets(TicketTier tier, int quantity, UUID bookingId, ClaimMode mode) {
    return em.createNativeQuery(
            "WITH picked AS (SELECT id FROM ticket WHERE tier_id = ?1 AND booking_id IS NULL"
                + " ORDER BY id LIMIT ?2 FOR UPDATE"
                + mode.lockSuffix
                + ") UPDATE ticket SET booking_id = CAST(?3 AS uuid)"
                + " FROM picked WHERE ticket.id = picked.id")
        .setParameter(1, tier.getId())
        .setParameter(2, quantity)
        .setParameter(3, bookingId.toString())
        .executeUpdate();
  }

  /** Unsold tickets of the tier other than those this transaction claimed, locked or not. */
  private int unsoldTickets(TicketTier tier) {
    Number count =
        (Number)
            em.createNativeQuery(
                    "SELECT count(*) FROM ticket WHERE tier_id = ?1 AND booking_id IS NULL")
                .setParameter(1, tier.getId())
                .getSingleResult();
    return count.intValue();
  }

  /** How a claim treats ticket rows that another booking has locked. */
  public enum ClaimMode {
    /** Pass over them: never waits. The first attempt. */
    SKIP_LOCKED(" SKIP LOCKED"),
    /** Wait until their booking commits or rolls back. Only after a short fast attempt. */
    WAIT("");

    private final String lockSuffix;

    ClaimMode(String lockSuffix) {
      this.lockSuffix = lockSuffix;
    }
  }

  /** The fast claim found too few free rows while locked ones may still come free. */
  @ApplicationException(rollback = true)
  static class StockContendedException extends RuntimeException {
    StockContendedException() {
      super(null, null, false, false);
    }
  }
}
