package dev.ticketing.catalog;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;

/**
 * A class of tickets for one concert (VIP, FRONT_ROW, GA...) with its price and capacity. The stock
 * itself is one {@code ticket} row per ticket, created by the database from {@code capacity}; see
 * {@link dev.ticketing.booking.BookingAttempt} for how it is claimed.
 */
@Entity
@Table(name = "ticket_tier")
@NamedQuery(
    name = TicketTier.OF_CONCERT,
    query = "SELECT t FROM TicketTier t WHERE t.concert.id = :concertId ORDER BY t.sortOrder, t.id")
@NamedQuery(
    name = TicketTier.BY_CODES,
    query = "SELECT t FROM TicketTier t WHERE t.concert.id = :concertId AND t.code IN :codes")
public class TicketTier {
  public static final String OF_CONCERT = "TicketTier.ofConcert";
  public static final String BY_CODES = "TicketTier.byCodes";

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "concert_id", nullable = false)
  private Concert concert;

  /** The tier's name in the API: upper case, stable ({@code FRONT_ROW}). */
  @Column(nullable = false)
  private String code;

  /** The tier's name as people say it ({@code Front Row}). */
  @Column(name = "display_name", nullable = false)
  private String displayName;

  /** Price of one ticket in minor units of {@link #currency} (cents for USD). */
  @Column(name = "price_minor", nullable = false)
  private long priceMinor;

  @Column(nullable = false, length = 3)
  private String currency;

  @Column(nullable = false)
  private int capacity;

  @Column(name = "sort_order", nullable = false)
  private int sortOrder;

  protected TicketTier() {}

  public Long getId() {
    return id;
  }

  public String getCode() {
    return code;
  }

  /**
   * This tier as the modules outside the EJB module see it, with {@code available} tickets left.
   */
  public TierAvailability withAvailable(int available) {
    return new TierAvailability(id, code, displayName, priceMinor, currency, capacity, available);
  }
}
