package dev.ticketing.booking;

import dev.ticketing.catalog.TicketTier;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

/** One tier of a booking: how many tickets, at the unit price in force when it was booked. */
@Entity
@Table(name = "booking_item")
public class BookingItem {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @ManyToOne(optional = false)
  @JoinColumn(name = "booking_id", nullable = false)
  private Booking booking;

  @ManyToOne(optional = false)
  @JoinColumn(name = "tier_id", nullable = false)
  private TicketTier tier;

  @Column(nullable = false)
  private int quantity;

  /** The tier's price when the booking was made: later price changes do not alter it. */
  @Column(name = "unit_price_minor", nullable = false)
  private long unitPriceMinor;

  protected BookingItem() {}

  BookingItem(Booking booking, TicketTier tier, int quantity) {
    this.booking = booking;
    this.tier = tier;
    this.quantity = quantity;
    this.unitPriceMinor = tier.getPriceMinor();
  }

  /** Unit price times quantity, in minor units. */
  public long lineTotalMinor() {
    return unitPriceMinor * quantity;
  }

  public TicketTier getTier() {
    return tier;
  }

  public int getQuantity() {
    return quantity;
  }

  public long getUnitPriceMinor() {
    return unitPriceMinor;
  }
}
