package dev.ticketing.bench;

import io.gatling.javaapi.core.Simulation;
import java.util.TreeMap;
import java.util.concurrent.ThreadLocalRandom;

/**
 * The release minute: everyone books the one hot tier. Each user reads the concert's availability,
 * books 1 to 4 tickets of {@code bench.hotTier} of concert {@code bench.hotConcert}, and reads the
 * booking back. The tier is sized so that the run does not sell it out: every {@code 409} is then a
 * false "sold out", which {@code bench/run.sh} counts from the database.
 */
public class RushSimulation extends Simulation {
  /** The most tickets a user books at once ({@code -Dbench.mostTickets}, 4 by default). */
  private static final int MOST_TICKETS = Integer.getInteger("bench.mostTickets", 4);

  private final BookingOutcomes outcomes = new BookingOutcomes();

  {
    BenchLoad load = BenchLoad.fromSystemProperties();
    long concert = Long.getLong("bench.hotConcert");
    String tier = System.getProperty("bench.hotTier", "HOT");
    setUp(
            load.apply(
                "rush",
                BookingJourney.of(
                    "rush",
                    session -> {
                      TreeMap<String, Integer> quantities = new TreeMap<>();
                      quantities.put(tier, ThreadLocalRandom.current().nextInt(MOST_TICKETS) + 1);
                      return new BookingJourney.Order(concert, quantities);
                    },
                    outcomes)))
        .protocols(load.protocol());
  }

  @Override
  public void after() {
    outcomes.writeIfAsked();
  }
}
