package dev.ticketing.web.health;

import dev.ticketing.database.SchemaMigration;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

/** Ready to take bookings: the database answers and every migration is applied. */
@Readiness
@ApplicationScoped
public class DatabaseReadiness implements HealthCheck {

  @Inject private SchemaMigration schema;

  @Inject
  @ConfigProperty(name = "ticketing.health.db-timeout-seconds", defaultValue = "2")
  private int timeoutSeconds;

  @Override
  public HealthCheckResponse call() {
    boolean answers = schema.databaseAnswers(timeoutSeconds);
    boolean migrated = schema.isMigrated();
    var response =
        HealthCheckResponse.named("database")
            .status(answers && migrated)
            .withData("reachable", answers)
            .withData("migrated", migrated);
    if (schema.problem() != null) {
      response.withData("problem", schema.problem());
    }
    return response.build();
  }
}
