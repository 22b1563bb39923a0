package dev.ticketing.catalog;

import jakarta.ejb.ApplicationException;

/** The concert asked for does not exist (or there is no concert at all). */
@ApplicationException(rollback = true)
public class UnknownConcertException extends RuntimeException {
  private final Long concertId;

  public UnknownConcertException(Long concertId) {
    super(concertId == null ? "No concert is on sale" : "No concert with id " + concertId);
    this.concertId = concertId;
  }

  public Long concertId() {
    return concertId;
  }
}
