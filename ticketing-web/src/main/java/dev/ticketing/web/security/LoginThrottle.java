package dev.ticketing.web.security;

import dev.ticketing.account.AttemptLimiter;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.util.List;
import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * Limits password guesses. Every login attempt counts as a failure from the moment it is let
 * through, before its password is hashed, so parallel guesses cannot pass a limit that each saw
 * free; a login that succeeds gives its place back. Within {@code
 * ticketing.auth.failed-login-window-seconds}, at most:
 *
 * <ul>
 *   <li>{@code ticketing.auth.max-failed-logins} for one account from one client address: a
 *       stranger's guesses lock out the stranger, not the owner at another address;
 *   <li>{@code ticketing.auth.max-failed-logins-per-account} for one account from all addresses
 *       together, a looser bound against guessing spread over many addresses;
 *   <li>{@code ticketing.auth.max-failed-logins-per-address} from one address over all accounts.
 * </ul>
 *
 * Beyond a bound the attempt is refused without checking the password (429 with {@code
 * Retry-After}) and counts toward nothing. Kept in memory: each instance counts its own.
 */
@ApplicationScoped
public class LoginThrottle {
  private int perAccountAndAddress;
  private int perAccount;
  private int perAddress;
  private AttemptLimiter limiter;

  @PostConstruct
  void configure() {
    Config config = ConfigProvider.getConfig(LoginThrottle.class.getClassLoader());
    perAccountAndAddress = config.getValue("ticketing.auth.max-failed-logins", Integer.class);
    perAccount = config.getValue("ticketing.auth.max-failed-logins-per-account", Integer.class);
    perAddress = config.getValue("ticketing.auth.max-failed-logins-per-address", Integer.class);
    limiter =
        new AttemptLimiter(
            Duration.ofSeconds(
                config.getValue("ticketing.auth.failed-login-window-seconds", Long.class)));
  }

  /**
   * Lets a login attempt through, counted as a failure until {@link #succeeded}, or refuses it.
   *
   * @param email the account's email, normalised
   * @param address the client's address
   */
  public AttemptLimiter.Outcome attempt(String email, String address) {
    return limiter.take(
        List.of(
            new AttemptLimiter.Bound(accountAndAddressKey(email, address), perAccountAndAddress),
            new AttemptLimiter.Bound("account:" + email, perAccount),
            new AttemptLimiter.Bound("address:" + address, perAddress)));
  }

  /**
   * The attempt's password was right: it counts toward nothing, and the account's earlier failures
   * from this address no longer count either.
   */
  public void succeeded(AttemptLimiter.Taken attempt, String email, String address) {
    limiter.giveBack(attempt);
    limiter.forget(accountAndAddressKey(email, address));
  }

  private static String accountAndAddressKey(String email, String address) {
    return "account+address:" + email + " " + address;
  }
}
