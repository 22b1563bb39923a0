package dev.ticketing.account;

import dev.ticketing.database.SchemaMigrated;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * The first organiser account, from {@code ticketing.admin.email} and {@code
 * ticketing.admin.password} ({@code TICKETING_ADMIN_EMAIL}, {@code TICKETING_ADMIN_PASSWORD}),
 * created once the schema is migrated if no account has that email. There is no built-in account
 * and no default password: without both settings nobody can manage concerts until they are set.
 */
@ApplicationScoped
public class FirstOrganiser {
  private static final Logger LOG = Logger.getLogger(FirstOrganiser.class.getName());

  @Inject private Accounts accounts;

  void create(@Observes SchemaMigrated migrated) {
    Config config = ConfigProvider.getConfig(FirstOrganiser.class.getClassLoader());
    Optional<String> email = config.getOptionalValue("ticketing.admin.email", String.class);
    Optional<String> password = config.getOptionalValue("ticketing.admin.password", String.class);
    if (email.isEmpty() || password.isEmpty()) {
      LOG.info(
          "No organiser account configured: set TICKETING_ADMIN_EMAIL and"
              + " TICKETING_ADMIN_PASSWORD to create one at the next start");
      return;
    }
    try {
      if (accounts.ensureOrganiser(email.get(), password.get())) {
        LOG.info("Organiser account " + Accounts.normalise(email.get()) + " created");
      }
    } catch (AccountRefusedException e) {
      LOG.warning("Organiser account not created: " + e.getMessage());
    } catch (RuntimeException e) {
      LOG.log(Level.WARNING, "Organiser account not created", e);
    }
  }
}
