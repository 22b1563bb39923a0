package dev.ticketing.catalog;

import jakarta.ejb.Stateless;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Reads concerts and tiers with what is left of each. Takes no locks. */
@Stateless
@TransactionAttribute(TransactionAttributeType.SUPPORTS)
public class Catalog {

  @PersistenceContext(unitName = "ticketing")
  private EntityManager em;

  /** The concert that the seed-compatible API ({@code /api/tickets}, {@code /api/book}) sells. */
  public Concert defaultConcert() {
    return em.createNamedQuery(Concert.FIRST, Concert.class)
        .setMaxResults(1)
        .getResultStream()
        .findFirst()
        .orElseThrow(() -> new UnknownConcertException(null));
  }

  /** The given concert, or the default one when {@code concertId} is null. */
  public Concert concert(Long concertId) {
    if (concertId == null) {
      return defaultConcert();
    }
    Concert concert = em.find(Concert.class, concertId);
    if (concert == null) {
      throw new UnknownConcertException(concertId);
    }
    return concert;
  }

  public List<Concert> concerts() {
    return em.createNamedQuery(Concert.ALL, Concert.class).getResultList();
  }

  /** Every tier of the concert in display order, each with its unsold count. */
  public List<TierAvailability> availability(Concert concert) {
    List<TicketTier> tiers =
        em.createNamedQuery(TicketTier.OF_CONCERT, TicketTier.class)
            .setParameter("concertId", concert.getId())
            .getResultList();
    Map<Long, Integer> unsold = new HashMap<>();
    @SuppressWarnings("unchecked")
    List<Object[]> rows =
        em.createNativeQuery(
                "SELECT k.tier_id, count(*) FROM ticket k JOIN ticket_tier t ON t.id = k.tier_id"
                    + " WHERE t.concert_id = ?1 AND k.booking_id IS NULL GROUP BY k.tier_id")
            .setParameter(1, concert.getId())
            .getResultList();
    for (Object[] row : rows) {
      unsold.put(((Number) row[0]).longValue(), ((Number) row[1]).intValue());
    }
    return tiers.stream()
        .map(tier -> new TierAvailability(tier, unsold.getOrDefault(tier.getId(), 0)))
        .toList();
  }
}
