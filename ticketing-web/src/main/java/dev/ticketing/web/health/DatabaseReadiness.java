package dev.ticketing.web.health;

import dev.ticketing.database.SchemaMigration;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.eclipse.microprofile.config.ConfigProvider;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

/**
 * Ready to take bookings: the database answers, every migration is applied, and its settings make a
 * commit durable (unless {@code ticketing.db.allow-unsafe-commits} says losing bookings is fine).
 */
@Readiness
@ApplicationScoped
public class DatabaseReadiness implements HealthCheck {

  @Inject private SchemaMigration schema;

  /**
   * Read with this class's own loader: Payara's health service creates and calls the check on a
   * thread whose context class loader does not see this module's defaults.
   */
  private int timeoutSeconds;

  @PostConstruct
  void configure() {
    timeoutSeconds =
        ConfigProvider.getConfig(DatabaseReadiness.class.getClassLoader())
            .getValue("ticketing.health.db-timeout-seconds", Integer.class);
  }

  @Override
  public HealthCheckResponse call() {
    boolean answers = schema.databaseAnswers(timeoutSeconds);
    boolean migrated = schema.isMigrated();
    String unsafe = schema.unsafeCommits();
    var response =
        HealthCheckResponse.named("database")
            .status(answers && migrated && unsafe == null)
            .withData("reachable", answers)
            .withData("migrated", migrated);
    Boolean durable = schema.commitsAreDurable();
    if (durable != null) {
      response.withData("durableCommits", durable);
    }
    if (schema.problem() != null) {
      response.withData("problem", schema.problem());
    } else if (unsafe != null) {
      response.withData("problem", unsafe);
    }
    return response.build();
  }
}
