package dev.ticketing.waitingroom;

import jakarta.ejb.ApplicationException;

/** The ticket is not one of the room's (forged, altered, or for another concert). */
@ApplicationException(rollback = true)
public class UnknownQueueTicketException extends RuntimeException {
  public UnknownQueueTicketException() {
    super("There is no such place in this concert's waiting room");
  }
}
