package dev.ticketing.admin;

import dev.ticketing.account.Roles;
import dev.ticketing.booking.BookingReader;
import dev.ticketing.booking.BookingService;
import dev.ticketing.booking.BookingSummary;
import dev.ticketing.catalog.CatalogEdited;
import dev.ticketing.catalog.Concert;
import dev.ticketing.catalog.TicketTier;
import dev.ticketing.catalog.UnknownConcertException;
import dev.ticketing.stock.TicketStock;
import jakarta.annotation.security.DeclareRoles;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * The organisers' side: concerts, tiers, sale windows, what sold, and the bookings of a concert.
 * Every change is written to the audit log in its own transaction, and the catalogue (what the
 * public reads) shows it as soon as it is committed.
 *
 * <p>Organisers are one team: each manages every concert.
 */
@Stateless
@DeclareRoles({Roles.ORGANISER, Roles.CUSTOMER, Roles.DOOR})
@RolesAllowed(Roles.ORGANISER)
public class ConcertAdmin {
  @PersistenceContext(unitName = "ticketing")
  private EntityManager em;

  @Inject private TicketStock stock;

  @Inject private BookingReader bookings;

  @Inject private BookingService bookingService;

  @Inject private AuditLog audit;

  @Inject private SalesReader sales;

  @Inject private SalesSnapshots snapshots;

  @Inject private Event<CatalogEdited> edited;

  /** Every concert, published or not, by start time. */
  public List<ConcertDetails> concerts() {
    return em
        .createQuery("SELECT c FROM Concert c ORDER BY c.startsAt, c.id", Concert.class)
        .getResultList()
        .stream()
        .map(this::details)
        .toList();
  }

  /**
   * @throws OrganiserRefusedException if there is no such concert
   */
  public ConcertDetails concert(long id) {
    return details(find(id, false));
  }

  /** Creates a concert, not published: the public sees it once it is published. */
  public ConcertDetails create(ConcertDraft draft) {
    draft.check();
    Concert concert = new Concert(draft.name(), draft.venue(), draft.startsAt());
    describe(concert, draft);
    em.persist(concert);
    em.flush();
    changed(concert.getId(), "concert.create", draft.facts());
    return details(concert);
  }

  /** Changes what a concert is, when it is sold and what one buyer may book of it. */
  public ConcertDetails update(long id, ConcertDraft draft) {
    draft.check();
    Concert concert = find(id, true);
    describe(concert, draft);
    changed(id, "concert.update", draft.facts());
    return details(concert);
  }

  /** Puts the concert on the public side (its sale opens by its window) or takes it off. */
  public ConcertDetails publish(long id, boolean published) {
    Concert concert = find(id, true);
    concert.setPublished(published);
    changed(id, published ? "concert.publish" : "concert.unpublish", Map.of());
    return details(concert);
  }

  /**
   * Adds a tier to the concert, shown after the others; its tickets exist at once.
   *
   * @throws OrganiserRefusedException if the concert has a tier of that code, or its tiers are
   *     priced in another currency
   */
  public TierSales addTier(long concertId, TierDraft draft) {
    Concert concert = find(concertId, true);
    List<TicketTier> tiers = tiersOf(concertId);
    if (tiers.stream().anyMatch(t -> t.getCode().equals(draft.code()))) {
      throw new OrganiserRefusedException(
          OrganiserRefusedException.Reason.TIER_CODE_TAKEN,
          "code",
          "The concert has a tier " + draft.code() + " already");
    }
    checkCurrency(tiers, null, draft.currency());
    TicketTier tier =
        new TicketTier(
            concert,
            draft.code(),
            draft.displayName(),
            draft.priceMinor(),
            draft.currency(),
            draft.capacity(),
            tiers.size() + 1);
    em.persist(tier);
    flush();
    Map<String, Object> facts = new LinkedHashMap<>();
    facts.put("tier", draft.code());
    facts.put("displayName", draft.displayName());
    facts.put("priceMinor", draft.priceMinor());
    facts.put("currency", draft.currency());
    facts.put("capacity", draft.capacity());
    changed(concertId, "tier.create", facts);
    return salesOf(concertId, tier.getId());
  }

  /**
   * Changes a tier: its name, its price for bookings from now on, its capacity, its position.
   *
   * @throws OrganiserRefusedException if there is no such tier, the capacity would drop below what
   *     is sold or held, or the currency differs from the concert's other tiers
   */
  public TierSales changeTier(long tierId, TierChange change) {
    TicketTier tier =
        lockedForEdit("ticket_tier", tierId) ? em.find(TicketTier.class, tierId) : null;
    if (tier == null) {
      throw new OrganiserRefusedException(
          OrganiserRefusedException.Reason.UNKNOWN_TIER, null, "There is no tier " + tierId);
    }
    long concertId = tier.getConcert().getId();
    List<TicketTier> tiers = tiersOf(concertId);
    Map<String, Object> facts = new LinkedHashMap<>();
    facts.put("tier", tier.getCode());
    if (change.displayName() != null) {
      tier.setDisplayName(change.displayName());
      facts.put("displayName", change.displayName());
    }
    if (change.priceMinor() != null || change.currency() != null) {
      String currency = change.currency() != null ? change.currency() : tier.getCurrency();
      checkCurrency(tiers, tier, currency);
      long price =
          change.priceMinor() != null ? change.priceMinor() : tier.withAvailable(0).priceMinor();
      tier.setPrice(price, currency);
      facts.put("priceMinor", price);
      facts.put("currency", currency);
    }
    if (change.capacity() != null && change.capacity() != tier.getCapacity()) {
      facts.put("capacityBefore", tier.getCapacity());
      tier.setCapacity(change.capacity());
      facts.put("capacity", change.capacity());
    }
    if (change.position() != null) {
      move(tiers, tier, change.position());
      facts.put("position", change.position());
    }
    flush();
    changed(concertId, "tier.update", facts);
    return salesOf(concertId, tierId);
  }

  /** What the concert sold: per tier, revenue, bookings per minute over the last minutes. */
  public SalesReport sales(long concertId) {
    return sales.report(concert(concertId));
  }

  /**
   * The concert's latest bookings, newest first; with a {@code query}, those whose reference starts
   * with it or whose customer's email contains it.
   */
  public List<BookingSummary> bookings(long concertId, String query, int limit) {
    find(concertId, false);
    return bookings.ofConcert(concertId, query, limit);
  }

  /**
   * Cancels a booking of the concert for its customer: its tickets go back on sale, a payment is
   * refunded. Cancelling it again changes nothing.
   */
  public BookingSummary cancelBooking(long concertId, UUID bookingId) {
    List<BookingSummary> found = bookings.findAll(List.of(bookingId));
    if (found.isEmpty() || found.get(0).concertId() != concertId) {
      throw new OrganiserRefusedException(
          OrganiserRefusedException.Reason.UNKNOWN_BOOKING,
          null,
          "Concert " + concertId + " has no booking " + bookingId);
    }
    BookingSummary cancelled = bookingService.cancelForCustomer(bookingId);
    audit.record(concertId, "booking.cancel", Map.of("booking", bookingId.toString()));
    return cancelled;
  }

  /** The latest changes organisers made to the concert, newest first. */
  public List<AuditEntry> audit(long concertId, int limit) {
    find(concertId, false);
    return audit.of(concertId, limit);
  }

  /**
   * Locks a concert's or tier's row against other organisers' edits, without stalling bookings:
   * {@code FOR NO KEY UPDATE} conflicts with another edit but not with the {@code FOR KEY SHARE}
   * that every booking's foreign-key check takes on its concert and tier, where JPA's {@code
   * PESSIMISTIC_WRITE} ({@code FOR UPDATE}) made every booking of the concert wait for the edit.
   *
   * @return whether the row exists
   */
  private boolean lockedForEdit(String table, long id) {
    return !em.createNativeQuery("SELECT id FROM " + table + " WHERE id = ?1 FOR NO KEY UPDATE")
        .setParameter(1, id)
        .getResultList()
        .isEmpty();
  }

  private Concert find(long id, boolean lock) {
    Concert concert = !lock || lockedForEdit("concert", id) ? em.find(Concert.class, id) : null;
    if (concert == null) {
      throw new OrganiserRefusedException(
          OrganiserRefusedException.Reason.UNKNOWN_CONCERT, null, "There is no concert " + id);
    }
    return concert;
  }

  private List<TicketTier> tiersOf(long concertId) {
    return em.createNamedQuery(TicketTier.OF_CONCERT, TicketTier.class)
        .setParameter("concertId", concertId)
        .getResultList();
  }

  private static void describe(Concert concert, ConcertDraft draft) {
    concert.describe(
        draft.name(),
        draft.venue(),
        draft.startsAt(),
        draft.description(),
        draft.salesOpenAt(),
        draft.salesCloseAt());
    concert.limit(draft.limits());
  }

  /** A concert's tiers are all priced in one currency: a booking has one total. */
  private static void checkCurrency(List<TicketTier> tiers, TicketTier changed, String currency) {
    for (TicketTier other : tiers) {
      if (other != changed && !other.getCurrency().equals(currency)) {
        throw new OrganiserRefusedException(
            OrganiserRefusedException.Reason.CURRENCY_MISMATCH,
            "currency",
            "The concert's tiers are priced in " + other.getCurrency());
      }
    }
  }

  /** Puts the tier at {@code position} (from 1) and numbers the others around it. */
  private static void move(List<TicketTier> tiers, TicketTier tier, int position) {
    if (position < 1 || position > tiers.size()) {
      throw new OrganiserRefusedException(
          OrganiserRefusedException.Reason.INVALID_POSITION,
          "position",
          "The position is between 1 and " + tiers.size());
    }
    List<TicketTier> order = new ArrayList<>(tiers);
    order.remove(tier);
    order.add(position - 1, tier);
    for (int i = 0; i < order.size(); i++) {
      order.get(i).setSortOrder(i + 1);
    }
  }

  /** Sends the changes to the database now, to turn its refusals into words. */
  private void flush() {
    try {
      em.flush();
    } catch (PersistenceException e) {
      throw OrganiserRefusedException.explaining(e).orElseThrow(() -> e);
    }
  }

  private void changed(long concertId, String action, Map<String, ?> facts) {
    audit.record(concertId, action, facts);
    edited.fire(new CatalogEdited(concertId));
  }

  /**
   * The concert with what each tier sold, from a count that may be a few seconds old during a rush
   * ({@link SalesSnapshots}); capacities are as of now, and what is left moves with them.
   */
  private ConcertDetails details(Concert concert) {
    em.flush();
    long id = concert.getId();
    List<TicketTier> shownTiers = tiersOf(id);
    Set<Long> tierIds = new HashSet<>();
    shownTiers.forEach(tier -> tierIds.add(tier.getId()));
    SalesSnapshots.Count count = snapshots.of(id, tierIds, () -> count(id));
    List<TierSales> tiers = new ArrayList<>();
    int position = 0;
    for (TicketTier tier : shownTiers) {
      int left =
          count.unsold().getOrDefault(tier.getId(), 0)
              + tier.getCapacity()
              - count.capacity().get(tier.getId());
      var shown = tier.withAvailable(Math.min(tier.getCapacity(), Math.max(0, left)));
      SalesReader.TierTotals sold =
          count.totals().getOrDefault(tier.getId(), SalesReader.TierTotals.NONE);
      tiers.add(
          new TierSales(
              shown.id(),
              shown.code(),
              shown.displayName(),
              shown.priceMinor(),
              shown.currency(),
              shown.capacity(),
              ++position,
              sold.sold(),
              sold.held(),
              sold.kept(),
              shown.available(),
              sold.revenueMinor()));
    }
    var window = concert.saleWindow();
    return new ConcertDetails(
        id,
        concert.getName(),
        concert.getVenue(),
        concert.getDescription(),
        concert.getStartsAt(),
        window.opensAt(),
        window.closesAt(),
        window.published(),
        concert.purchaseLimits(),
        tiers);
  }

  /** Counts the concert's tiers now: what is left, their capacities, what their bookings hold. */
  private SalesSnapshots.Count count(long concertId) {
    long start = System.nanoTime();
    Map<Long, Integer> capacity = new HashMap<>();
    tiersOf(concertId).forEach(tier -> capacity.put(tier.getId(), tier.getCapacity()));
    Map<Long, Integer> unsold = stock.unsoldByTier(concertId);
    Map<Long, SalesReader.TierTotals> totals = sales.tierTotals(concertId);
    return new SalesSnapshots.Count(unsold, capacity, totals, start, System.nanoTime() - start);
  }

  private TierSales salesOf(long concertId, long tierId) {
    return details(find(concertId, false)).tiers().stream()
        .filter(t -> t.id() == tierId)
        .findFirst()
        .orElseThrow(() -> new UnknownConcertException(concertId));
  }
}
