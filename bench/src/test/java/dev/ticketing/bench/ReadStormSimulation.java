package dev.ticketing.bench;

import static io.gatling.javaapi.core.CoreDsl.exec;
import static io.gatling.javaapi.core.CoreDsl.jsonPath;
import static io.gatling.javaapi.http.HttpDsl.http;
import static io.gatling.javaapi.http.HttpDsl.status;

import io.gatling.javaapi.core.Simulation;

/**
 * Everyone refreshing: {@code GET} of one path ({@code bench.path}), nothing else. Run on {@code
 * /api/tickets} (availability of the default concert, counted in the database) and on {@code
 * /health/live} (no database, no business code: the HTTP floor of this server on this machine) at
 * the same load, the ratio of the two rates is what availability costs above serving HTTP at all.
 */
public class ReadStormSimulation extends Simulation {
  {
    BenchLoad load = BenchLoad.fromSystemProperties();
    String path = System.getProperty("bench.path", "/api/tickets");
    var read = http("GET " + path).get(path).check(status().is(200));
    if (path.startsWith("/api/")) {
      read = read.check(jsonPath("$[*].quantityAvailable").exists());
    }
    setUp(load.apply("read storm " + path, exec(read))).protocols(load.protocol());
  }
}
