package dev.ticketing.booking;

import dev.ticketing.booking.idempotency.IdempotencyKeys;
import dev.ticketing.database.SchemaMigration;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.ejb.ConcurrencyManagement;
import jakarta.ejb.ConcurrencyManagementType;
import jakarta.ejb.DependsOn;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.Timeout;
import jakarta.ejb.TimerConfig;
import jakarta.ejb.TimerService;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * The sweep that puts expired holds back on sale: every {@code
 * ticketing.booking.expiry-sweep-millis}, in batches of {@value #BATCH} bookings, each batch a
 * transaction of its own ({@link BookingTransitions#expireDue}) that skips bookings whose row is
 * locked. So a hold is back on sale within one sweep interval (plus the sweep's own time) after it
 * runs out, and several instances may sweep at once without waiting for each other or expiring a
 * booking twice. The timer is not persistent: every instance starts its own at start-up.
 *
 * <p>A booking whose tickets are not what its items say (which the database's constraints should
 * never let happen) is skipped, logged and counted ({@code
 * ticketing_booking_expiry_skipped_total}): it does not stop the sweep for every other hold. Now
 * and then the sweep also drops idempotency keys older than 24 hours.
 */
@Singleton
@Startup
@DependsOn("SchemaMigration")
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class HoldExpiry {
  private static final Logger LOG = Logger.getLogger(HoldExpiry.class.getName());
  static final int BATCH = 200;

  /** Housekeeping (old keys) runs once every this many sweeps. */
  private static final int HOUSEKEEPING_EVERY = 60;

  @Resource private TimerService timers;

  @Inject private BookingTransitions transitions;

  @Inject private IdempotencyKeys keys;

  @Inject private SchemaMigration schema;

  @Inject private BookingMetrics metrics;

  /** Bookings the sweep found inconsistent: skipped from then on (at most {@value #SKIPPED}). */
  private final Set<UUID> skipped = ConcurrentHashMap.newKeySet();

  private static final int SKIPPED = 1000;

  private final AtomicBoolean running = new AtomicBoolean();
  private long sweeps;
  private volatile boolean failing;

  @PostConstruct
  void start() {
    long interval =
        ConfigProvider.getConfig(HoldExpiry.class.getClassLoader())
            .getValue("ticketing.booking.expiry-sweep-millis", Long.class);
    timers.createIntervalTimer(interval, interval, new TimerConfig("hold expiry", false));
  }

  @Timeout
  public void sweep() {
    if (!schema.isMigrated() || !running.compareAndSet(false, true)) {
      return; // the previous sweep is still at work
    }
    try {
      int expired = 0;
      int batch;
      do {
        try {
          batch = transitions.expireDue(BATCH, skipped);
        } catch (InconsistentBookingException inconsistent) {
          skip(inconsistent);
          batch = BATCH; // the rest of the batch, without it
          continue;
        }
        expired += batch;
      } while (batch == BATCH);
      if (expired > 0) {
        metrics.holdsExpired(expired);
        LOG.log(Level.FINE, "Hold expiry: {0} hold(s) back on sale", expired);
      }
      if (++sweeps % HOUSEKEEPING_EVERY == 0) {
        keys.purgeOld(1000);
      }
      if (failing) {
        LOG.info("Hold expiry works again");
        failing = false;
      }
    } catch (RuntimeException e) {
      if (!failing) {
        // Once per outage, not every second: the database may be down for a while.
        LOG.log(Level.WARNING, "Hold expiry failed; it retries every interval", e);
        failing = true;
      }
    } finally {
      running.set(false);
    }
  }

  private void skip(InconsistentBookingException inconsistent) {
    if (skipped.size() >= SKIPPED || !skipped.add(inconsistent.bookingId())) {
      throw inconsistent; // not a booking here and there: stop, and say so
    }
    metrics.expirySkipped();
    LOG.log(
        Level.SEVERE,
        "Hold expiry skips booking "
            + inconsistent.bookingId()
            + ", whose tickets are not what its items say; it stays HELD until mended by hand",
        inconsistent);
  }
}
