package dev.ticketing.web.health;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

/** Ready for the rush: the {@link WarmUp} has ended (or is turned off). */
@Readiness
@ApplicationScoped
public class WarmUpReadiness implements HealthCheck {
  @Inject private WarmUp warmUp;

  @Override
  public HealthCheckResponse call() {
    WarmUp.State state = warmUp.state();
    var response =
        HealthCheckResponse.named("warm-up")
            .status(state == WarmUp.State.DONE || state == WarmUp.State.OFF)
            .withData("state", state.name().toLowerCase(java.util.Locale.ROOT));
    if (!warmUp.summary().isEmpty()) {
      response.withData("summary", warmUp.summary());
    }
    return response.build();
  }
}
