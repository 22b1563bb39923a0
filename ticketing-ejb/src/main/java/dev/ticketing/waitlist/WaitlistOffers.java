package dev.ticketing.waitlist;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Makes the offers: one transaction, on one instance at a time ({@code pg_try_advisory_xact_lock}),
 * that
 *
 * <ol>
 *   <li>settles offers that ended: paid → CONVERTED, ran out or cancelled → LAPSED (their tickets
 *       went to the pool, or back on sale, with the transaction that ended them);
 *   <li>for every tier with tickets kept for its list (the pool: bookings of status KEPT), or with
 *       WAITING entries and unsold tickets (a join that raced a return), goes through the WAITING
 *       entries in the order they joined: an entry gets an ordinary HELD booking of what it asked
 *       for, or of what there is if it accepts fewer, within its concert's limit per account;
 *       otherwise it keeps its place and the next entry is tried. The booking, the tickets moved to
 *       it from the pool (or unsold), and the entry marked OFFERED are one transaction;
 *   <li>puts the pool of a tier that nobody waits for any more back on public sale, and that of a
 *       concert whose sale has closed (nothing more is sold, so nothing is offered).
 * </ol>
 *
 * A concert that is not published (its organisers took it off sale) gets no offers meanwhile: its
 * pool stays kept, and the offers come when it is published again.
 *
 * <p>A ticket is offered once: it moves from the pool to exactly one booking under its row lock. No
 * entry is skipped: entries are read in order under their row locks, and the advisory lock keeps a
 * second assigner out.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.REQUIRES_NEW)
public class WaitlistOffers {
  /** The advisory lock key of the assigner (any constant shared by every instance). */
  static final long LOCK = 0x7761_6974_6c73_7427L;

  @PersistenceContext(unitName = "ticketing")
  private EntityManager em;

  @Inject private Event<WaitlistOffered> offered;

  @Inject
  @ConfigProperty(name = "ticketing.waitlist.offer-minutes")
  private int defaultOfferMinutes;

  /** What one run did: offers made, concerts whose counts changed; null if another instance ran. */
  public record Outcome(List<WaitlistOffered> offers, Set<Long> concerts, int released) {}

  private record Entry(long id, long account, int quantity, boolean acceptFewer) {}

  private record TierFacts(
      long concertId,
      String code,
      long priceMinor,
      String currency,
      Integer limit,
      int minutes,
      boolean published,
      boolean saleOver) {}

  public Outcome assign() {
    Boolean locked =
        (Boolean)
            em.createNativeQuery("SELECT pg_try_advisory_xact_lock(?1)")
                .setParameter(1, LOCK)
                .getSingleResult();
    if (!Boolean.TRUE.equals(locked)) {
      return null;
    }
    em.createNativeQuery(
            "UPDATE waitlist_entry e SET state = CASE WHEN b.status = 'CONFIRMED' THEN"
                + " 'CONVERTED' ELSE 'LAPSED' END, ended_at = now() FROM booking b"
                + " WHERE e.state = 'OFFERED' AND b.id = e.booking_id AND b.status <> 'HELD'")
        .executeUpdate();
    @SuppressWarnings("unchecked")
    List<Number> tiers =
        em.createNativeQuery(
                "SELECT i.tier_id FROM booking b JOIN booking_item i ON i.booking_id = b.id"
                    + " WHERE b.status = 'KEPT' UNION SELECT w.tier_id FROM (SELECT DISTINCT"
                    + " tier_id FROM waitlist_entry WHERE state = 'WAITING') w WHERE EXISTS"
                    + " (SELECT 1 FROM ticket k WHERE k.tier_id = w.tier_id AND k.booking_id IS"
                    + " NULL) AND EXISTS (SELECT 1 FROM ticket_tier t JOIN concert c ON c.id ="
                    + " t.concert_id WHERE t.id = w.tier_id AND c.published AND"
                    + " (c.sales_close_at IS NULL OR c.sales_close_at > now())) ORDER BY 1")
            .getResultList();
    List<WaitlistOffered> offers = new ArrayList<>();
    Set<Long> concerts = new HashSet<>();
    int released = 0;
    for (Number tier : tiers) {
      released += assignTier(tier.longValue(), offers, concerts);
    }
    return new Outcome(offers, concerts, released);
  }

  /**
   * Offers the tier's pool (and unsold tickets) to its WAITING entries; returns tickets released.
   */
  private int assignTier(long tierId, List<WaitlistOffered> offers, Set<Long> concerts) {
    TierFacts tier = facts(tierId);
    if (tier.saleOver()) { // nothing more is sold: nothing offered, the pool goes back
      int released = releasePool(tierId, tier.concertId());
      if (released > 0) {
        concerts.add(tier.concertId());
      }
      return released;
    }
    if (!tier.published()) {
      return 0; // kept until its organisers publish it again
    }
    @SuppressWarnings("unchecked")
    List<Number> kept =
        em.createNativeQuery(
                "SELECT k.id FROM ticket k JOIN booking b ON b.id = k.booking_id"
                    + " WHERE k.tier_id = ?1 AND b.status = 'KEPT' ORDER BY k.id FOR UPDATE OF k")
            .setParameter(1, tierId)
            .getResultList();
    Deque<Long> pool = new ArrayDeque<>();
    kept.forEach(id -> pool.add(id.longValue()));
    if (!pool.isEmpty()) {
      concerts.add(tier.concertId());
    }
    @SuppressWarnings("unchecked")
    List<Object[]> rows =
        em.createNativeQuery(
                "SELECT id, account_id, quantity, accept_fewer FROM waitlist_entry"
                    + " WHERE tier_id = ?1 AND state = 'WAITING' ORDER BY id FOR UPDATE")
            .setParameter(1, tierId)
            .getResultList();
    int waiting = rows.size();
    boolean publicLeft = true;
    for (Object[] row : rows) {
      Entry entry =
          new Entry(
              ((Number) row[0]).longValue(),
              ((Number) row[1]).longValue(),
              ((Number) row[2]).intValue(),
              (Boolean) row[3]);
      int room = entry.quantity();
      if (tier.limit() != null) {
        room = Math.min(room, tier.limit() - taken(entry.account(), tier.concertId()));
      }
      if (room <= 0 || (room < entry.quantity() && !entry.acceptFewer())) {
        continue; // the account's limit leaves no room for what it asked: it keeps its place
      }
      if (pool.size() < room && publicLeft) {
        pool.addAll(unsold(tierId, room - pool.size()));
        publicLeft = pool.size() >= room;
      }
      int n = Math.min(room, pool.size());
      if (n == 0 || (n < entry.quantity() && !entry.acceptFewer())) {
        continue; // cannot be filled whole: keeps its place, the next entry may want fewer
      }
      List<Long> tickets = new ArrayList<>();
      for (int i = 0; i < n; i++) {
        tickets.add(pool.poll());
      }
      offers.add(offer(entry, tierId, tier, tickets));
      concerts.add(tier.concertId());
      waiting--;
    }
    tidyPool(tierId, tier.concertId());
    if (waiting > 0) {
      return 0; // the rest stays kept for those still waiting
    }
    return releasePool(tierId, tier.concertId());
  }

  private WaitlistOffered offer(Entry entry, long tierId, TierFacts tier, List<Long> tickets) {
    UUID booking = UUID.randomUUID();
    int n = tickets.size();
    Object[] made =
        (Object[])
            em.createNativeQuery(
                    "INSERT INTO booking (id, concert_id, owner_id, status, created_at, expires_at,"
                        + " total_minor, currency) VALUES (CAST(?1 AS uuid), ?2, ?3, 'HELD', now(),"
                        + " now() + make_interval(mins => ?4), ?5, ?6)"
                        + " RETURNING expires_at, (SELECT email FROM account WHERE id = ?3)")
                .setParameter(1, booking.toString())
                .setParameter(2, tier.concertId())
                .setParameter(3, entry.account())
                .setParameter(4, tier.minutes())
                .setParameter(5, n * tier.priceMinor())
                .setParameter(6, tier.currency())
                .getSingleResult();
    em.createNativeQuery(
            "INSERT INTO booking_item (booking_id, tier_id, quantity, unit_price_minor)"
                + " VALUES (CAST(?1 AS uuid), ?2, ?3, ?4)")
        .setParameter(1, booking.toString())
        .setParameter(2, tierId)
        .setParameter(3, n)
        .setParameter(4, tier.priceMinor())
        .executeUpdate();
    int moved =
        em.createNativeQuery(
                "UPDATE ticket SET booking_id = CAST(?1 AS uuid)"
                    + " WHERE id = ANY (CAST(CAST(?2 AS text) AS bigint[]))")
            .setParameter(1, booking.toString())
            .setParameter(2, array(tickets))
            .executeUpdate();
    if (moved != n) {
      throw new IllegalStateException("offer " + booking + " moved " + moved + " of " + n);
    }
    em.createNativeQuery(
            "UPDATE waitlist_entry SET state = 'OFFERED', booking_id = CAST(?2 AS uuid),"
                + " offered_quantity = ?3, offered_at = now() WHERE id = ?1")
        .setParameter(1, entry.id())
        .setParameter(2, booking.toString())
        .setParameter(3, n)
        .executeUpdate();
    WaitlistOffered event =
        new WaitlistOffered(
            booking,
            entry.account(),
            (String) made[1],
            tier.concertId(),
            tierId,
            tier.code(),
            n,
            n * tier.priceMinor(),
            tier.currency(),
            Waitlist.time(made[0]));
    offered.fire(event);
    em.createNativeQuery("SELECT pg_notify(?1, ?2)")
        .setParameter(1, WaitlistAssigner.CHANNEL)
        .setParameter(2, event.toNotice())
        .getResultList();
    return event;
  }

  /** Removes the pool bookings whose tickets were all offered; the others' items follow. */
  private void tidyPool(long tierId, long concertId) {
    em.createNativeQuery(
            "DELETE FROM booking_item i USING booking b WHERE b.id = i.booking_id"
                + " AND b.status = 'KEPT' AND i.tier_id = ?1"
                + " AND NOT EXISTS (SELECT 1 FROM ticket k WHERE k.booking_id = i.booking_id)")
        .setParameter(1, tierId)
        .executeUpdate();
    em.createNativeQuery(
            "UPDATE booking_item i SET quantity = c.n FROM (SELECT k.booking_id, count(*) AS n"
                + " FROM ticket k JOIN booking b ON b.id = k.booking_id WHERE b.status = 'KEPT'"
                + " AND k.tier_id = ?1 GROUP BY k.booking_id) c"
                + " WHERE i.booking_id = c.booking_id AND i.tier_id = ?1 AND i.quantity <> c.n")
        .setParameter(1, tierId)
        .executeUpdate();
    em.createNativeQuery(
            "DELETE FROM booking b WHERE b.status = 'KEPT' AND b.concert_id = ?1"
                + " AND NOT EXISTS (SELECT 1 FROM booking_item i WHERE i.booking_id = b.id)")
        .setParameter(1, concertId)
        .executeUpdate();
  }

  /** Nobody waits: the tier's pool goes back on public sale. */
  private int releasePool(long tierId, long concertId) {
    em.createNativeQuery("SELECT set_config('ticketing.waitlist_release', 'on', true)")
        .getResultList();
    int released =
        em.createNativeQuery(
                "UPDATE ticket k SET booking_id = NULL FROM booking b WHERE b.id = k.booking_id"
                    + " AND b.status = 'KEPT' AND k.tier_id = ?1")
            .setParameter(1, tierId)
            .executeUpdate();
    em.createNativeQuery("SELECT set_config('ticketing.waitlist_release', 'off', true)")
        .getResultList();
    if (released > 0) {
      tidyPool(tierId, concertId);
    }
    return released;
  }

  private List<Long> unsold(long tierId, int most) {
    @SuppressWarnings("unchecked")
    List<Number> ids =
        em.createNativeQuery(
                "SELECT id FROM ticket WHERE tier_id = ?1 AND booking_id IS NULL ORDER BY id"
                    + " LIMIT ?2 FOR UPDATE SKIP LOCKED")
            .setParameter(1, tierId)
            .setParameter(2, most)
            .getResultList();
    return ids.stream().map(Number::longValue).toList();
  }

  /** The account's tickets of the concert, as a purchase limit counts them, its row locked. */
  private int taken(long account, long concertId) {
    em.createNativeQuery("SELECT id FROM account WHERE id = ?1 FOR NO KEY UPDATE")
        .setParameter(1, account)
        .getResultList();
    return ((Number)
            em.createNativeQuery(
                    "SELECT coalesce(sum(i.quantity), 0) FROM booking b JOIN booking_item i ON"
                        + " i.booking_id = b.id WHERE b.owner_id = ?1 AND b.concert_id = ?2 AND"
                        + " (b.status = 'CONFIRMED' OR (b.status = 'HELD' AND b.expires_at >"
                        + " now()))")
                .setParameter(1, account)
                .setParameter(2, concertId)
                .getSingleResult())
        .intValue();
  }

  private TierFacts facts(long tierId) {
    Object[] row =
        (Object[])
            em.createNativeQuery(
                    "SELECT t.concert_id, t.code, t.price_minor, t.currency,"
                        + " c.max_tickets_per_account, w.offer_minutes, c.published,"
                        + " coalesce(c.sales_close_at <= now(), false) FROM ticket_tier t"
                        + " JOIN concert c ON c.id = t.concert_id"
                        + " LEFT JOIN waitlist_tier w ON w.tier_id = t.id WHERE t.id = ?1")
                .setParameter(1, tierId)
                .getSingleResult();
    return new TierFacts(
        ((Number) row[0]).longValue(),
        (String) row[1],
        ((Number) row[2]).longValue(),
        ((String) row[3]).trim(),
        row[4] == null ? null : ((Number) row[4]).intValue(),
        row[5] == null ? defaultOfferMinutes : ((Number) row[5]).intValue(),
        (Boolean) row[6],
        (Boolean) row[7]);
  }

  private static String array(List<Long> ids) {
    return ids.stream().map(String::valueOf).collect(Collectors.joining(",", "{", "}"));
  }
}
