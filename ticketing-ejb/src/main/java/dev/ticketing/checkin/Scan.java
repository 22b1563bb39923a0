package dev.ticketing.checkin;

import java.time.OffsetDateTime;

/**
 * A code scanned (or typed) at a gate.
 *
 * @param nonce the scan's own random id, chosen by the gate: the same nonce again is the same scan
 * @param concertId the concert the gate admits to, or null to take the code's own
 * @param offline for a scan made while the gate was offline and uploaded later: when it was made
 *     (the gate's clock) and whether the gate let the holder in; null for a scan answered online
 */
public record Scan(String code, String gate, String nonce, Long concertId, Offline offline) {

  /**
   * @param scannedAt when the gate scanned it
   * @param admitted whether the gate let the holder in on its own judgement (signature valid, not
   *     known to be revoked or let in)
   */
  public record Offline(OffsetDateTime scannedAt, boolean admitted) {}
}
