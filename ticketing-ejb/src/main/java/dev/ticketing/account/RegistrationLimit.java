package dev.ticketing.account;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.util.List;
import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * Limits account creation per client address: each costs a full PBKDF2 hash, so a few requests a
 * second would otherwise take the cores from everyone during a rush. At most {@code
 * ticketing.account.max-registrations-per-address} accounts per address within {@code
 * ticketing.account.registration-window-seconds}; each instance counts its own.
 */
@ApplicationScoped
public class RegistrationLimit {
  private int perAddress;
  private AttemptLimiter limiter;

  @PostConstruct
  void configure() {
    Config config = ConfigProvider.getConfig(RegistrationLimit.class.getClassLoader());
    perAddress = config.getValue("ticketing.account.max-registrations-per-address", Integer.class);
    limiter =
        new AttemptLimiter(
            Duration.ofSeconds(
                config.getValue("ticketing.account.registration-window-seconds", Long.class)));
  }

  /**
   * Counts a registration from {@code address}, before its password is hashed.
   *
   * @throws TooManyRegistrationsException if the address has used up its registrations
   */
  public void admit(String address) {
    if (limiter.take(List.of(new AttemptLimiter.Bound(address, perAddress)))
        instanceof AttemptLimiter.Refused refused) {
      throw new TooManyRegistrationsException(refused.retryAfter());
    }
  }
}
