package dev.ticketing.web.security;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * Limits failed logins, per account and per client address: after {@code
 * ticketing.auth.max-failed-logins} failures for one email (or {@code
 * ticketing.auth.max-failed-logins-per-address} from one address) within {@code
 * ticketing.auth.failed-login-window-seconds}, further attempts are refused without checking the
 * password until the oldest failure leaves the window. A successful login clears its account's
 * failures. Kept in memory: each instance counts its own.
 */
@ApplicationScoped
public class LoginThrottle {
  /**
   * Beyond this many accounts and addresses with failures, those without recent ones are dropped.
   */
  private static final int TIDY_ABOVE = 10_000;

  private final Map<String, Deque<Long>> failures = new ConcurrentHashMap<>();
  private int perAccount;
  private int perAddress;
  private long windowNanos;

  @PostConstruct
  void configure() {
    Config config = ConfigProvider.getConfig(LoginThrottle.class.getClassLoader());
    perAccount = config.getValue("ticketing.auth.max-failed-logins", Integer.class);
    perAddress = config.getValue("ticketing.auth.max-failed-logins-per-address", Integer.class);
    windowNanos =
        Duration.ofSeconds(
                config.getValue("ticketing.auth.failed-login-window-seconds", Long.class))
            .toNanos();
  }

  /** How long attempts for this email from this address stay refused, if they are now. */
  public Optional<Duration> refusedFor(String email, String address) {
    long now = System.nanoTime();
    long wait =
        Math.max(
            wait(accountKey(email), perAccount, now), wait(addressKey(address), perAddress, now));
    return wait > 0 ? Optional.of(Duration.ofNanos(wait)) : Optional.empty();
  }

  /** A wrong password (or unknown email) for {@code email} from {@code address}. */
  public void failed(String email, String address) {
    long now = System.nanoTime();
    record(accountKey(email), perAccount, now);
    record(addressKey(address), perAddress, now);
  }

  /** A successful login: the account's earlier failures no longer count. */
  public void succeeded(String email) {
    failures.remove(accountKey(email));
  }

  private long wait(String key, int limit, long now) {
    Deque<Long> times = failures.get(key);
    if (times == null) {
      return 0;
    }
    synchronized (times) {
      prune(times, now);
      return times.size() < limit ? 0 : times.peekFirst() + windowNanos - now;
    }
  }

  private void record(String key, int limit, long now) {
    if (failures.size() > TIDY_ABOVE) {
      tidy(now); // many emails or addresses tried: memory stays bounded by the window's failures
    }
    Deque<Long> times = failures.computeIfAbsent(key, k -> new ArrayDeque<>());
    synchronized (times) {
      prune(times, now);
      times.addLast(now);
      while (times.size() > limit) {
        times.removeFirst();
      }
    }
  }

  private void tidy(long now) {
    failures
        .entrySet()
        .removeIf(
            entry -> {
              Deque<Long> times = entry.getValue();
              synchronized (times) {
                prune(times, now);
                return times.isEmpty();
              }
            });
  }

  private void prune(Deque<Long> times, long now) {
    while (!times.isEmpty() && now - times.peekFirst() > windowNanos) {
      times.removeFirst();
    }
  }

  private static String accountKey(String email) {
    return "account:" + (email == null ? "" : email.strip().toLowerCase(Locale.ROOT));
  }

  private static String addressKey(String address) {
    return "address:" + address;
  }
}
