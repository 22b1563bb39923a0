package dev.ticketing.booking.idempotency;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;
import org.junit.jupiter.api.Test;

/**
 * The shipped settings keep a request's database time below its idempotency key's lease: two
 * attempts (the one retry) of at most the socket timeout each, plus the wait for a connection.
 * Fencing catches a request that outlives its lease anyway; the defaults make that rare.
 */
class IdempotencyLeaseTest {
  @Test
  void aRequestsDatabaseTimeEndsBeforeItsLease() throws IOException {
    Properties defaults = new Properties();
    try (InputStream in =
        IdempotencyLeaseTest.class.getResourceAsStream(
            "/META-INF/microprofile-config.properties")) {
      defaults.load(in);
    }
    long socketMillis =
        1000 * Long.parseLong(defaults.getProperty("ticketing.db.socket-timeout-seconds"));
    long poolWaitMillis = Long.parseLong(defaults.getProperty("ticketing.db.pool-max-wait-millis"));
    long leaseMillis =
        1000 * Long.parseLong(defaults.getProperty("ticketing.booking.idempotency-lease-seconds"));
    assertThat(2 * (socketMillis + poolWaitMillis)).isLessThan(leaseMillis);
  }
}
