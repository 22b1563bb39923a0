package dev.ticketing.payment;

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
import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * Settles the money that a crash or a lost answer left halfway ({@link PaymentLedger}): an
 * authorisation with which a booking was confirmed is captured, one whose booking was never
 * confirmed with it is released. Every {@code ticketing.payment.reconcile-millis}, for
 * authorisations left AUTHORISED longer than {@code ticketing.payment.reconcile-after-seconds}.
 * Several instances may run it at once: each takes its own rows. The provider treats a capture or
 * release asked for twice as one, so an answer lost here too is simply asked for again.
 */
@Singleton
@Startup
@DependsOn("SchemaMigration")
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class PaymentReconciliation {
  private static final Logger LOG = Logger.getLogger(PaymentReconciliation.class.getName());

  /** Authorisations settled in one pass. */
  private static final int AT_ONCE = 50;

  /** How long one instance keeps an authorisation it is settling from the others. */
  private static final int LEASE_SECONDS = 120;

  @Resource private TimerService timers;

  @Inject private PaymentLedger ledger;

  @Inject private PaymentProvider provider;

  @Inject private SchemaMigration schema;

  private int afterSeconds;
  private final AtomicBoolean running = new AtomicBoolean();

  @PostConstruct
  void start() {
    Config config = ConfigProvider.getConfig(PaymentReconciliation.class.getClassLoader());
    afterSeconds = config.getValue("ticketing.payment.reconcile-after-seconds", Integer.class);
    long interval = config.getValue("ticketing.payment.reconcile-millis", Long.class);
    timers.createIntervalTimer(
        interval, interval, new TimerConfig("payment reconciliation", false));
  }

  @Timeout
  public void reconcile() {
    if (!schema.isMigrated() || !running.compareAndSet(false, true)) {
      return;
    }
    try {
      for (PaymentLedger.Open open : ledger.takeOpen(afterSeconds, LEASE_SECONDS, AT_ONCE)) {
        settle(open);
      }
    } catch (RuntimeException e) {
      LOG.log(Level.WARNING, "Payment reconciliation failed; it runs again next interval", e);
    } finally {
      running.set(false);
    }
  }

  private void settle(PaymentLedger.Open open) {
    String id = open.authorisation().id();
    try {
      if (open.paid()) {
        provider.capture(open.authorisation());
        ledger.captured(id);
        LOG.info("Payment reconciliation: captured " + id + " of booking " + open.bookingId());
      } else {
        provider.release(open.authorisation());
        ledger.released(id);
        LOG.info("Payment reconciliation: released " + id + " of booking " + open.bookingId());
      }
    } catch (RuntimeException e) {
      LOG.log(
          Level.WARNING,
          "Payment reconciliation: " + id + " not settled yet; it is tried again later",
          e);
    }
  }
}
