package dev.ticketing.waitlist;

import dev.ticketing.catalog.Catalog;
import dev.ticketing.database.PgListener;
import dev.ticketing.database.SchemaMigration;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
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
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.logging.Level;
import java.util.logging.Logger;
import javax.naming.NamingException;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * Runs {@link WaitlistOffers#assign} when tickets may have come back for a list: at once when a
 * transaction that kept freed tickets for a list commits ({@code NOTIFY} on channel {@value
 * #CHANNEL}, sent by the database trigger, heard by a {@link PgListener}), and every {@code
 * ticketing.waitlist.assign-millis} as a fallback (a notice lost while the listening connection was
 * down, an offer that ran out with nobody waiting behind it, an instance that held the advisory
 * lock while the notice came).
 *
 * <p>Every instance listens and runs; the advisory lock lets one at a time assign. On one instance
 * runs never overlap: a wake-up during a run makes the run go round once more.
 *
 * <p>The offers themselves come on the same channel once committed ({@link
 * WaitlistOffered#toNotice}): each is fired here as a {@link WaitlistOfferHeard}, on every
 * instance, and wakes no run.
 */
@Singleton
@Startup
@DependsOn("SchemaMigration")
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class WaitlistAssigner {
  static final String CHANNEL = "ticketing_waitlist";
  private static final Logger LOG = Logger.getLogger(WaitlistAssigner.class.getName());

  @Resource private TimerService timers;

  @Inject private WaitlistOffers offers;

  @Inject private SchemaMigration schema;

  @Inject private Catalog catalog;

  @Inject private Event<WaitlistOfferHeard> heard;

  private final AtomicBoolean running = new AtomicBoolean();
  private final AtomicBoolean again = new AtomicBoolean();
  private PgListener listener;
  private volatile boolean failing;

  @PostConstruct
  void start() {
    long interval =
        ConfigProvider.getConfig(WaitlistAssigner.class.getClassLoader())
            .getValue("ticketing.waitlist.assign-millis", Long.class);
    timers.createIntervalTimer(interval, interval, new TimerConfig("waiting list offers", false));
    try {
      listener =
          PgListener.start(
              CHANNEL,
              "ticketing-waitlist",
              "offers come by the timer, and are not pushed to open screens",
              this::heard);
    } catch (NamingException e) {
      LOG.log(Level.WARNING, "No managed thread factory: offers are made by the timer only", e);
    }
  }

  @PreDestroy
  void stop() {
    if (listener != null) {
      listener.close();
    }
  }

  private void heard(List<String> payloads) {
    boolean ticketsBack = false;
    for (String payload : payloads) {
      var offer = WaitlistOffered.fromNotice(payload);
      if (offer.isEmpty()) {
        ticketsBack = true;
        continue;
      }
      try {
        heard.fire(new WaitlistOfferHeard(offer.get()));
      } catch (RuntimeException e) {
        LOG.log(Level.WARNING, "Could not tell the screens of offer " + offer.get().bookingId(), e);
      }
    }
    if (ticketsBack) {
      run();
    }
  }

  @Timeout
  public void tick() {
    run();
  }

  /** Assigns offers now, or once more after the run under way on this instance. */
  public void run() {
    if (!schema.isMigrated()) {
      return;
    }
    again.set(true);
    while (again.get() && running.compareAndSet(false, true)) {
      try {
        again.set(false);
        WaitlistOffers.Outcome outcome = offers.assign();
        if (outcome != null) {
          outcome.concerts().forEach(catalog::markStale);
          if (!outcome.offers().isEmpty() || outcome.released() > 0) {
            LOG.log(
                Level.FINE,
                "Waiting list: {0} offer(s), {1} ticket(s) back on sale",
                new Object[] {outcome.offers().size(), outcome.released()});
          }
        }
        if (failing) {
          LOG.info("Waiting list offers work again");
          failing = false;
        }
      } catch (RuntimeException e) {
        if (!failing) {
          LOG.log(Level.WARNING, "Waiting list offers failed; retried every interval", e);
          failing = true;
        }
      } finally {
        running.set(false);
      }
    }
  }
}
