package dev.ticketing.waitlist;

import jakarta.enterprise.context.ApplicationScoped;

/**
 * Hook (a) of the waiting list: "those in line in a waiting room come first". A tier's waiting list
 * opens only when the tier is sold out <em>and</em> no waiting room still has people in line for
 * its concert; {@link Waitlist#join} asks this before letting anyone join.
 *
 * <p>On its own branch the waiting list stands without a waiting room, so this answers {@code
 * false}. Once the waiting room (issue 25) is merged, answer whether its queue for the concert
 * still has people who have not had their turn (for example {@code
 * waitingRoom.queueLength(concertId) > 0}).
 */
@ApplicationScoped
public class WaitlistGate {

  /** Whether a waiting room still has people in line for the concert (none exists yet: false). */
  public boolean roomStillQueuing(long concertId) {
    return false;
  }
}
