package dev.ticketing.catalog;

import dev.ticketing.stock.TicketStock;
import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Reads concerts, tiers and what is left from the database, for {@link Catalog} to keep. Takes no
 * locks. Callers outside this package read through {@link Catalog}, which asks the database only
 * when its copy may be out of date.
 */
@Stateless
@TransactionAttribute(TransactionAttributeType.SUPPORTS)
public class CatalogReader {

  @PersistenceContext(unitName = "ticketing")
  private EntityManager em;

  @Inject private TicketStock stock;

  /**
   * The concert, or the default one when {@code concertId} is null, with every tier and its count.
   *
   * @throws UnknownConcertException if there is no such concert
   */
  public ConcertAvailability concert(Long concertId) {
    return concert(concertId, null);
  }

  /**
   * The concert with every tier, as {@link #concert(Long)}, with the unsold counts given ({@link
   * ReplicaCounts}: a replica's) where they cover every tier; the primary counts otherwise (a tier
   * too new for the replica).
   *
   * @param counted unsold tickets by tier id, or null to count them here
   * @throws UnknownConcertException if there is no such concert
   */
  public ConcertAvailability concert(Long concertId, Map<Long, Integer> counted) {
    Concert concert = Concert.find(em, concertId);
    List<TicketTier> tiers = tiersOf(concert);
    Map<Long, Integer> unsold =
        counted != null
                && counted.keySet().containsAll(tiers.stream().map(TicketTier::getId).toList())
            ? counted
            : stock.unsoldByTier(concert.getId());
    return availability(concert, tiers, unsold);
  }

  /**
   * The concert as just edited, counting only the tiers not in {@code known} (a tier added): the
   * others show 0 left, for the caller to carry its own counts over. An edit then costs the
   * database two indexed reads of small tables, however many tickets its tiers have sold.
   *
   * @throws UnknownConcertException if there is no such concert
   */
  public ConcertAvailability described(long concertId, Set<Long> known) {
    Concert concert = Concert.find(em, concertId);
    List<TicketTier> tiers = tiersOf(concert);
    Map<Long, Integer> unsold = new HashMap<>();
    for (TicketTier tier : tiers) {
      if (!known.contains(tier.getId())) {
        unsold.put(tier.getId(), stock.unsold(tier.getId()));
      }
    }
    return availability(concert, tiers, unsold);
  }

  private List<TicketTier> tiersOf(Concert concert) {
    return em.createNamedQuery(TicketTier.OF_CONCERT, TicketTier.class)
        .setParameter("concertId", concert.getId())
        .getResultList();
  }

  private static ConcertAvailability availability(
      Concert concert, List<TicketTier> tiers, Map<Long, Integer> unsold) {
    return new ConcertAvailability(
        concert.getId(),
        concert.getName(),
        concert.getVenue(),
        concert.getStartsAt(),
        tiers.stream()
            .map(tier -> tier.withAvailable(unsold.getOrDefault(tier.getId(), 0)))
            .toList(),
        concert.getDescription(),
        concert.saleWindow(),
        concert.purchaseLimits());
  }

  /**
   * Sends a notice to the instances listening on {@code channel} (outside any transaction: it is
   * delivered at once).
   */
  @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
  public void announce(String channel, String payload) {
    em.createNativeQuery("SELECT pg_notify(?1, ?2)")
        .setParameter(1, channel)
        .setParameter(2, payload)
        .getSingleResult();
  }

  /** Where the write-ahead log of the database this instance writes to is now ({@code pg_lsn}). */
  @TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
  public String walPosition() {
    return (String) em.createNativeQuery("SELECT pg_current_wal_lsn()::text").getSingleResult();
  }

  /** The id of every concert by start time. */
  public List<Long> concertIds() {
    return em.createNamedQuery(Concert.ALL_IDS, Long.class).getResultList();
  }
}
