package dev.ticketing.booking;

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
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * Asks the payment provider again for refunds it did not confirm ({@link Refunds#retryPending}),
 * every {@code ticketing.payment.refund-retry-millis}, on a timer of its own: a provider that is
 * down does not slow the expiry sweep, and the sweep does not decide when money is given back.
 */
@Singleton
@Startup
@DependsOn("SchemaMigration")
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class RefundRetry {
  private static final Logger LOG = Logger.getLogger(RefundRetry.class.getName());

  @Resource private TimerService timers;

  @Inject private Refunds refunds;

  @Inject private SchemaMigration schema;

  private final AtomicBoolean running = new AtomicBoolean();

  @PostConstruct
  void start() {
    long interval =
        ConfigProvider.getConfig(RefundRetry.class.getClassLoader())
            .getValue("ticketing.payment.refund-retry-millis", Long.class);
    timers.createIntervalTimer(interval, interval, new TimerConfig("refund retry", false));
  }

  @Timeout
  public void retry() {
    if (!schema.isMigrated() || !running.compareAndSet(false, true)) {
      return;
    }
    try {
      int asked = refunds.retryPending();
      if (asked > 0) {
        LOG.log(Level.INFO, "Refund retry: asked the provider again for {0} refund(s)", asked);
      }
    } catch (RuntimeException e) {
      LOG.log(Level.WARNING, "Refund retry failed; it runs again next interval", e);
    } finally {
      running.set(false);
    }
  }
}
