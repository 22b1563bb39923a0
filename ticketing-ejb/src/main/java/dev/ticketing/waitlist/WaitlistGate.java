package dev.ticketing.waitlist;

import dev.ticketing.waitingroom.WaitingLine;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/**
 * "Those in line in a waiting room come first": a tier's waiting list opens only when the tier is
 * sold out <em>and</em> the concert's waiting room, if one is on, has no one left in line (people
 * told {@code SOLD_OUT} there get returned tickets first). {@link Waitlist#join} asks this before
 * letting anyone join.
 */
@ApplicationScoped
public class WaitlistGate {
  @Inject private WaitingLine line;

  /** Whether the concert's waiting room is on and still has people in line. */
  public boolean roomStillQueuing(long concertId) {
    return line.stillQueuing(concertId);
  }
}
