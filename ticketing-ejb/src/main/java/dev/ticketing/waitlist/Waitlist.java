package dev.ticketing.waitlist;

import dev.ticketing.account.Caller;
import dev.ticketing.account.Roles;
import dev.ticketing.admin.AuditLog;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.sql.Timestamp;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The waiting lists as people and organisers use them: join, see one's place, leave; per tier
 * length, offers and sales, closed or open. Offers themselves are made by {@link WaitlistOffers}.
 *
 * <p>A list opens when its tier is sold out: no unsold ticket (held tickets count as taken) and no
 * waiting room still queuing for the concert ({@link WaitlistGate}); it takes nobody once the
 * concert's sale has closed. Joining again while one's entry waits or holds an offer answers that
 * entry, unchanged. A concert that is not published is unknown here, as in the catalogue, except to
 * organisers.
 */
@Stateless
public class Waitlist {
  /** At most this many tickets per entry (a concert's limit per account may allow fewer). */
  public static final int MAX_QUANTITY = 50;

  @PersistenceContext(unitName = "ticketing")
  private EntityManager em;

  @Inject private Caller caller;

  @Inject private WaitlistGate gate;

  @Inject private AuditLog audit;

  @Inject
  @ConfigProperty(name = "ticketing.waitlist.offer-minutes")
  private int defaultOfferMinutes;

  /** The outcome of a join: the entry, and whether this request made it. */
  public record Joined(WaitlistEntry entry, boolean created) {}

  private record Tier(
      long id, String code, Integer maxPerAccount, boolean closed, boolean saleOver) {}

  /**
   * Puts the caller on the tier's list.
   *
   * @throws WaitlistException 401 without a logged-in caller
   * @throws WaitlistException 404 unknown concert or tier, 400 bad quantity, 409 not open (tickets
   *     left, a waiting room still queuing, or the sale closed), 409 closed by the organisers
   */
  public Joined join(long concertId, String tierCode, int quantity, boolean acceptFewer) {
    long account = account();
    Tier tier = tier(concertId, tierCode);
    int most =
        tier.maxPerAccount() == null ? MAX_QUANTITY : Math.min(MAX_QUANTITY, tier.maxPerAccount());
    if (quantity < 1 || quantity > most) {
      throw new WaitlistException(
          400,
          "invalid-quantity",
          "Invalid quantity",
          "quantity must be between 1 and " + most + " for this concert");
    }
    WaitlistEntry existing = active(account, tier);
    if (existing != null) {
      return new Joined(existing, false);
    }
    if (tier.closed()) {
      throw WaitlistException.closed(tier.code());
    }
    if (tier.saleOver()) {
      throw WaitlistException.notOpen(tier.code(), "the sale has closed: nothing more is sold");
    }
    if (gate.roomStillQueuing(concertId)) {
      throw WaitlistException.notOpen(
          tier.code(), "people are still in line in the waiting room, and they come first");
    }
    Number unsold =
        (Number)
            em.createNativeQuery(
                    "SELECT count(*) FROM ticket WHERE tier_id = ?1 AND booking_id IS NULL")
                .setParameter(1, tier.id())
                .getSingleResult();
    if (unsold.intValue() > 0) {
      throw WaitlistException.notOpen(
          tier.code(),
          unsold + " ticket(s) can still be booked; the list opens when it is sold out");
    }
    int inserted =
        em.createNativeQuery(
                "INSERT INTO waitlist_entry (tier_id, account_id, quantity, accept_fewer)"
                    + " VALUES (?1, ?2, ?3, ?4) ON CONFLICT (tier_id, account_id)"
                    + " WHERE state IN ('WAITING', 'OFFERED') DO NOTHING")
            .setParameter(1, tier.id())
            .setParameter(2, account)
            .setParameter(3, quantity)
            .setParameter(4, acceptFewer)
            .executeUpdate();
    // A parallel join of the same account made it first: that entry is the one.
    WaitlistEntry entry = active(account, tier);
    return new Joined(entry, inserted > 0);
  }

  /** The caller's entries of the concert (not those left), newest first. */
  public List<WaitlistEntry> mine(long concertId) {
    long account = account();
    concertExists(concertId);
    return entriesOf(account, concertId);
  }

  /**
   * The entries of the account with this email (not those left), newest first: for a screen told on
   * a thread that is not its request's, which knows whose screen it is.
   */
  public List<WaitlistEntry> entriesOf(String email, long concertId) {
    Long account = accountOf(email);
    return account == null ? List.of() : entriesOf(account, concertId);
  }

  private List<WaitlistEntry> entriesOf(long account, long concertId) {
    return entries(
        "e.account_id = ?1 AND t.concert_id = ?2 AND e.state <> 'LEFT' ORDER BY e.id DESC",
        account,
        concertId);
  }

  /**
   * Takes the caller's waiting entry off the tier's list (an offer already made stays a booking).
   *
   * @return whether an entry was waiting
   */
  public boolean leave(long concertId, String tierCode) {
    long account = account();
    Tier tier = tier(concertId, tierCode);
    int left =
        em.createNativeQuery(
                "UPDATE waitlist_entry SET state = 'LEFT', ended_at = now() WHERE tier_id = ?1"
                    + " AND account_id = ?2 AND state = 'WAITING'")
            .setParameter(1, tier.id())
            .setParameter(2, account)
            .executeUpdate();
    if (left > 0) {
      wakeAssigner(tier.id()); // tickets kept for the list may now go back on sale
    }
    return left > 0;
  }

  /** Every tier of the concert with its list's figures, in the concert's tier order. */
  @RolesAllowed(Roles.ORGANISER)
  public List<WaitlistTierSummary> summary(long concertId) {
    concertExists(concertId);
    @SuppressWarnings("unchecked")
    List<Object[]> rows =
        em.createNativeQuery(
                "SELECT t.code, NOT coalesce(w.closed, false),"
                    + " (SELECT count(*) FROM waitlist_entry e WHERE e.tier_id = t.id AND e.state ="
                    + " 'WAITING'),"
                    + " (SELECT coalesce(sum(e.quantity), 0) FROM waitlist_entry e WHERE e.tier_id ="
                    + " t.id AND e.state = 'WAITING'),"
                    + " (SELECT count(*) FROM waitlist_entry e WHERE e.tier_id = t.id AND e.state ="
                    + " 'OFFERED'),"
                    + " (SELECT count(*) FROM waitlist_entry e WHERE e.tier_id = t.id AND e.state ="
                    + " 'CONVERTED'),"
                    + " (SELECT count(*) FROM waitlist_entry e WHERE e.tier_id = t.id AND e.state ="
                    + " 'LAPSED'),"
                    + " (SELECT count(*) FROM ticket k JOIN booking b ON b.id = k.booking_id"
                    + " WHERE k.tier_id = t.id AND b.status = 'KEPT'),"
                    + " w.offer_minutes"
                    + " FROM ticket_tier t LEFT JOIN waitlist_tier w ON w.tier_id = t.id"
                    + " WHERE t.concert_id = ?1 ORDER BY t.sort_order, t.id")
            .setParameter(1, concertId)
            .getResultList();
    List<WaitlistTierSummary> tiers = new ArrayList<>();
    for (Object[] row : rows) {
      tiers.add(
          new WaitlistTierSummary(
              (String) row[0],
              (Boolean) row[1],
              num(row[2]),
              num(row[3]),
              num(row[4]),
              num(row[5]),
              num(row[6]),
              num(row[7]),
              row[8] == null ? defaultOfferMinutes : num(row[8])));
    }
    return tiers;
  }

  /**
   * Opens or closes a tier's list, and sets how long its offers are held (null: unchanged). A
   * closed list takes nobody new; those already waiting keep their places and still get offers. The
   * change is in the concert's audit trail ({@code waitlist.update}).
   */
  @RolesAllowed(Roles.ORGANISER)
  public WaitlistTierSummary configure(
      long concertId, String tierCode, boolean open, Integer offerMinutes) {
    Tier tier = tier(concertId, tierCode);
    if (offerMinutes != null && (offerMinutes < 1 || offerMinutes > 1440)) {
      throw new WaitlistException(
          400, "invalid-request", "Invalid request", "offerMinutes must be between 1 and 1440");
    }
    em.createNativeQuery(
            "INSERT INTO waitlist_tier (tier_id, closed, offer_minutes) VALUES (?1, ?2, CAST(CAST(?3 AS text) AS integer))"
                + " ON CONFLICT (tier_id) DO UPDATE SET closed = EXCLUDED.closed,"
                + " offer_minutes = coalesce(EXCLUDED.offer_minutes, waitlist_tier.offer_minutes)")
        .setParameter(1, tier.id())
        .setParameter(2, !open)
        .setParameter(3, offerMinutes == null ? null : offerMinutes.toString())
        .executeUpdate();
    Map<String, Object> detail = new LinkedHashMap<>();
    detail.put("tier", tier.code());
    detail.put("open", open);
    if (offerMinutes != null) {
      detail.put("offerMinutes", offerMinutes);
    }
    audit.record(concertId, "waitlist.update", detail);
    return summary(concertId).stream()
        .filter(s -> s.tier().equals(tier.code()))
        .findFirst()
        .orElseThrow();
  }

  private void wakeAssigner(long tierId) {
    em.createNativeQuery("SELECT pg_notify(?1, ?2)")
        .setParameter(1, WaitlistAssigner.CHANNEL)
        .setParameter(2, Long.toString(tierId))
        .getResultList();
  }

  private long account() {
    Long account = accountOf(caller.email());
    if (account == null) {
      throw new WaitlistException(
          401, "unauthorized", "Not logged in", "Joining a waiting list needs an account");
    }
    return account;
  }

  private Long accountOf(String email) {
    List<?> ids =
        email == null
            ? List.of()
            : em.createNativeQuery("SELECT id FROM account WHERE email = ?1")
                .setParameter(1, email)
                .getResultList();
    return ids.isEmpty() ? null : ((Number) ids.get(0)).longValue();
  }

  /** The concert is there for the caller: published, or the caller is an organiser. */
  private void concertExists(long concertId) {
    List<?> published =
        em.createNativeQuery("SELECT published FROM concert WHERE id = ?1")
            .setParameter(1, concertId)
            .getResultList();
    if (published.isEmpty() || !(Boolean.TRUE.equals(published.get(0)) || caller.isOrganiser())) {
      throw new WaitlistException(
          404, "unknown-concert", "Unknown concert", "There is no concert " + concertId);
    }
  }

  private Tier tier(long concertId, String code) {
    @SuppressWarnings("unchecked")
    List<Object[]> rows =
        em.createNativeQuery(
                "SELECT t.id, t.code, c.max_tickets_per_account, coalesce(w.closed, false),"
                    + " coalesce(c.sales_close_at <= now(), false), c.published"
                    + " FROM ticket_tier t JOIN concert c ON c.id = t.concert_id"
                    + " LEFT JOIN waitlist_tier w ON w.tier_id = t.id"
                    + " WHERE t.concert_id = ?1 AND t.code = ?2")
            .setParameter(1, concertId)
            .setParameter(2, code == null ? "" : code)
            .getResultList();
    if (rows.isEmpty() || !(Boolean) rows.get(0)[5]) {
      concertExists(concertId);
    }
    if (rows.isEmpty()) {
      throw WaitlistException.unknownTier(concertId, code);
    }
    Object[] row = rows.get(0);
    return new Tier(
        ((Number) row[0]).longValue(),
        (String) row[1],
        row[2] == null ? null : num(row[2]),
        (Boolean) row[3],
        (Boolean) row[4]);
  }

  private WaitlistEntry active(long account, Tier tier) {
    List<WaitlistEntry> found =
        entries(
            "e.account_id = ?1 AND e.tier_id = ?2 AND e.state IN ('WAITING', 'OFFERED')",
            account,
            tier.id());
    return found.isEmpty() ? null : found.get(0);
  }

  private List<WaitlistEntry> entries(String where, Object first, Object second) {
    @SuppressWarnings("unchecked")
    List<Object[]> rows =
        em.createNativeQuery(
                "SELECT e.id, t.code, e.quantity, e.accept_fewer, e.state,"
                    + " CASE WHEN e.state = 'WAITING' THEN (SELECT count(*) FROM waitlist_entry o"
                    + " WHERE o.tier_id = e.tier_id AND o.state = 'WAITING' AND o.id <= e.id) END,"
                    + " CAST(e.booking_id AS text), e.offered_quantity, e.joined_at"
                    + " FROM waitlist_entry e JOIN ticket_tier t ON t.id = e.tier_id WHERE "
                    + where)
            .setParameter(1, first)
            .setParameter(2, second)
            .getResultList();
    List<WaitlistEntry> entries = new ArrayList<>();
    for (Object[] row : rows) {
      entries.add(
          new WaitlistEntry(
              ((Number) row[0]).longValue(),
              (String) row[1],
              num(row[2]),
              (Boolean) row[3],
              (String) row[4],
              row[5] == null ? null : num(row[5]),
              (String) row[6],
              row[7] == null ? null : num(row[7]),
              time(row[8])));
    }
    return entries;
  }

  static int num(Object value) {
    return ((Number) value).intValue();
  }

  static OffsetDateTime time(Object value) {
    if (value instanceof OffsetDateTime time) {
      return time;
    }
    if (value instanceof Timestamp stamp) {
      return stamp.toInstant().atOffset(ZoneOffset.UTC);
    }
    return value == null ? null : OffsetDateTime.parse(value.toString());
  }
}
