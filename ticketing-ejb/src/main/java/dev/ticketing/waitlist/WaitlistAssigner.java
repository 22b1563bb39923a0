package dev.ticketing.waitlist;

import dev.ticketing.catalog.Catalog;
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
import jakarta.enterprise.concurrent.ManagedThreadFactory;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Properties;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.logging.Level;
import java.util.logging.Logger;
import javax.naming.InitialContext;
import javax.naming.NamingException;
import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * Runs {@link WaitlistOffers#assign} when tickets may have come back for a list: at once when a
 * transaction that kept freed tickets for a list commits ({@code NOTIFY} on channel {@value
 * #CHANNEL}, sent by the database trigger, heard on a {@code LISTEN} connection of its own as in
 * {@link dev.ticketing.catalog.CatalogNotices}), and every {@code ticketing.waitlist.assign-millis}
 * as a fallback (a notice lost while the listening connection was down, an offer that ran out with
 * nobody waiting behind it, an instance that held the advisory lock while the notice came).
 *
 * <p>Every instance listens and runs; the advisory lock lets one at a time assign. On one instance
 * runs never overlap: a wake-up during a run makes the run go round once more.
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

  private final AtomicBoolean running = new AtomicBoolean();
  private final AtomicBoolean again = new AtomicBoolean();
  private volatile boolean listening = true;
  private volatile Connection connection;
  private Thread listener;
  private volatile boolean failing;

  @PostConstruct
  void start() {
    long interval =
        ConfigProvider.getConfig(WaitlistAssigner.class.getClassLoader())
            .getValue("ticketing.waitlist.assign-millis", Long.class);
    timers.createIntervalTimer(interval, interval, new TimerConfig("waiting list offers", false));
    try {
      ManagedThreadFactory threads =
          InitialContext.doLookup("java:comp/DefaultManagedThreadFactory");
      listener = threads.newThread(this::listen);
      listener.setName("waitlist-notices");
      listener.setDaemon(true);
      listener.start();
    } catch (NamingException e) {
      LOG.log(Level.WARNING, "No managed thread factory: offers are made by the timer only", e);
    }
  }

  @PreDestroy
  void stop() {
    listening = false;
    close(connection);
    if (listener != null) {
      listener.interrupt();
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

  private void listen() {
    Config config = ConfigProvider.getConfig(WaitlistAssigner.class.getClassLoader());
    String url = config.getValue("ticketing.db.listen-url", String.class);
    Properties login = new Properties();
    login.setProperty("user", config.getValue("ticketing.db.user", String.class));
    login.setProperty("password", config.getValue("ticketing.db.password", String.class));
    login.setProperty("connectTimeout", "5");
    login.setProperty("tcpKeepAlive", "true");
    login.setProperty("ApplicationName", "ticketing-waitlist");
    boolean warned = false;
    while (listening) {
      try (Connection listen = new org.postgresql.Driver().connect(url, login)) {
        connection = listen;
        try (Statement sql = listen.createStatement()) {
          sql.execute("LISTEN " + CHANNEL);
        }
        warned = false;
        org.postgresql.PGConnection postgres = listen.unwrap(org.postgresql.PGConnection.class);
        while (listening) {
          var notices = postgres.getNotifications(1000);
          if (notices != null && notices.length > 0) {
            run();
          }
        }
      } catch (SQLException | RuntimeException e) {
        if (listening && !warned) {
          LOG.log(
              Level.WARNING,
              "Not hearing returned tickets (" + e.getMessage() + "); offers come by the timer");
          warned = true;
        }
        try {
          Thread.sleep(2000);
        } catch (InterruptedException interrupted) {
          Thread.currentThread().interrupt();
          listening = false;
        }
      }
    }
  }

  private static void close(Connection connection) {
    if (connection != null) {
      try {
        connection.close();
      } catch (SQLException ignored) {
        // closing anyway
      }
    }
  }
}
