package dev.ticketing.web.health;

import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Liveness;

/**
 * The process can serve requests. A database outage does not make it dead (restarting would not
 * help); that shows in readiness.
 */
@Liveness
@ApplicationScoped
public class ApplicationLiveness implements HealthCheck {
  @Override
  public HealthCheckResponse call() {
    Runtime runtime = Runtime.getRuntime();
    long used = runtime.totalMemory() - runtime.freeMemory();
    return HealthCheckResponse.named("application")
        .up()
        .withData("heapUsedBytes", used)
        .withData("heapMaxBytes", runtime.maxMemory())
        .build();
  }
}
