package dev.ticketing.booking;

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

  @Column(name = "tier_id", nullable = false)
  private long tierId;

  @Column(nullable = false)
  private int quantity;

  /** The tier's price when the booking was made: later price changes do not alter it. */
  @Column(name = "unit_price_minor", nullable = false)
  private long unitPriceMinor;

  protected BookingItem() {}

  /**
   * @param unitPriceMinor the tier's price now, which the booking keeps whatever the tier's price
   *     becomes
   */
  public BookingItem(Booking booking, long tierId, int quantity, long unitPriceMinor) {
    this.booking = booking;
    this.tierId = tierId;
    this.quantity = quantity;
    this.unitPriceMinor = unitPriceMinor;
  }

  public long getTierId() {
    return tierId;
  }

  public int getQuantity() {
    return quantity;
  }

  public long unitPriceMinor() {
    return unitPriceMinor;
  }

  /** Unit price times quantity, in minor units. */
  public long lineTotalMinor() {
    return unitPriceMinor * quantity;
  }
}
