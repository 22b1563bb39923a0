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
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

/**
 * A class of tickets for one concert (VIP, FRONT_ROW, GA...) with its price and capacity. The stock
 * itself is one {@code ticket} row per ticket, created by the database from {@code capacity}; see
 * {@link dev.ticketing.booking.hold.BookingAttempt} for how it is claimed.
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

  // From the identity column's own sequence, read before the insert: with IDENTITY, EclipseLink
  // asks lastval() after it, which names the last ticket the insert's trigger created instead.
  @Id
  @SequenceGenerator(
      name = "ticket_tier_id",
      sequenceName = "ticket_tier_id_seq",
      allocationSize = 1)
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "ticket_tier_id")
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

  /** A new tier of the concert, shown after {@code sortOrder - 1} others. */
  public TicketTier(
      Concert concert,
      String code,
      String displayName,
      long priceMinor,
      String currency,
      int capacity,
      int sortOrder) {
    this.concert = concert;
    this.code = code;
    this.displayName = displayName;
    this.priceMinor = priceMinor;
    this.currency = currency;
    this.capacity = capacity;
    this.sortOrder = sortOrder;
  }

  public Concert getConcert() {
    return concert;
  }

  public void setDisplayName(String displayName) {
    this.displayName = displayName;
  }

  /** The price of tickets booked from now on; bookings keep the price they were made at. */
  public void setPrice(long priceMinor, String currency) {
    this.priceMinor = priceMinor;
    this.currency = currency;
  }

  /**
   * The number of tickets the tier has in all: the database adds or removes unsold tickets to
   * match, and refuses to go below what is sold or held.
   */
  public void setCapacity(int capacity) {
    this.capacity = capacity;
  }

  public void setSortOrder(int sortOrder) {
    this.sortOrder = sortOrder;
  }

  public String getCurrency() {
    return currency;
  }

  public int getCapacity() {
    return capacity;
  }

  public int getSortOrder() {
    return sortOrder;
  }

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
