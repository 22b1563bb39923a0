package dev.ticketing.bench;

import io.gatling.javaapi.core.Simulation;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.TreeMap;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Ordinary trade across the catalogue: each user picks one of the concerts {@code
 * bench.firstConcert}..{@code bench.lastConcert}, reads it, books 2 or 3 of its tiers ({@code
 * bench.tiers}) at once, 1 to 4 tickets each, and reads the booking back. Some tiers are nearly
 * sold out, so some refusals are right; {@code bench/run.sh} tells them from false ones.
 */
public class MixedSimulation extends Simulation {
  private static final int MOST_TICKETS = 4;

  private final BookingOutcomes outcomes = new BookingOutcomes();

  {
    BenchLoad load = BenchLoad.fromSystemProperties();
    long first = Long.getLong("bench.firstConcert");
    long last = Long.getLong("bench.lastConcert");
    List<String> tiers = Arrays.asList(System.getProperty("bench.tiers").split(","));
    setUp(
            load.apply(
                "mixed",
                BookingJourney.of(
                    "mixed",
                    session -> {
                      ThreadLocalRandom random = ThreadLocalRandom.current();
                      List<String> shuffled = new ArrayList<>(tiers);
                      Collections.shuffle(shuffled, random);
                      TreeMap<String, Integer> quantities = new TreeMap<>();
                      for (String tier : shuffled.subList(0, random.nextInt(2, 4))) {
                        quantities.put(tier, random.nextInt(1, MOST_TICKETS + 1));
                      }
                      return new BookingJourney.Order(random.nextLong(first, last + 1), quantities);
                    },
                    outcomes)))
        .protocols(load.protocol());
  }

  @Override
  public void after() {
    outcomes.writeIfAsked();
  }
}
