package dev.ticketing.waitingroom;

import jakarta.ejb.ApplicationException;

/** The concert has no active waiting room to join (off, not open yet, or the sale is over). */
@ApplicationException(rollback = true)
public class NoWaitingRoomException extends RuntimeException {
  private final long concertId;

  public NoWaitingRoomException(long concertId, String why) {
    super(why);
    this.concertId = concertId;
  }

  public long concertId() {
    return concertId;
  }
}
