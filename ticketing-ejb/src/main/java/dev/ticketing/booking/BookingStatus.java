package dev.ticketing.booking;

/**
 * Where a booking stands. {@code HELD} until paid ({@code CONFIRMED}), until its hold runs out
 * ({@code EXPIRED}, tickets back on sale) or until cancelled ({@code CANCELLED}, tickets back on
 * sale, a payment refunded). The database allows the same transitions and no others.
 *
 * <p>{@code KEPT} is not a buyer's booking: it holds freed tickets for a tier's waiting list until
 * they are offered (V13, {@code dev.ticketing.waitlist.WaitlistOffers}); nobody owns, pays or
 * cancels it, and the listings of bookings leave it out.
 */
public enum BookingStatus {
  HELD,
  CONFIRMED,
  EXPIRED,
  CANCELLED,
  KEPT;

  /** Whether the booking owns its tickets: held or paid. */
  public boolean ownsTickets() {
    return this == HELD || this == CONFIRMED;
  }
}
