package dev.ticketing.booking.refusal;

import java.util.Map;

/**
 * The concert's waiting room is on, and the booking came without a valid admission: none, one for
 * another concert or person, one that has ended, or a forged one. Nothing was booked.
 */
public class AdmissionRequiredException extends BookingRejectedException {
  private final long concertId;

  public AdmissionRequiredException(long concertId, String why) {
    super(why);
    this.concertId = concertId;
  }

  /** The concert whose waiting room to join. */
  public long concertId() {
    return concertId;
  }

  @Override
  public Reason reason() {
    return Reason.ADMISSION_REQUIRED;
  }

  @Override
  public Map<String, Object> facts() {
    return Map.of("concertId", concertId);
  }
}
