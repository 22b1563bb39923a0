package dev.ticketing.catalog;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.enterprise.concurrent.ManagedThreadFactory;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Properties;
import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;
import javax.naming.InitialContext;
import javax.naming.NamingException;
import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.ConfigProvider;
import org.postgresql.PGConnection;
import org.postgresql.PGNotification;

/**
 * Tells the other instances when this one changed a concert's counts, and hears when they did:
 * PostgreSQL's {@code LISTEN} / {@code NOTIFY} on channel {@value #CHANNEL}, payload {@code
 * <instance>:<concert id>}. A notice marks the concert's copy stale, so the next tick of {@link
 * Catalog} recounts it and pushes it to the open screens: a booking on one instance shows on the
 * screens of every instance within about two ticks, not only when a reader there asks.
 *
 * <p>Notices are sent by the catalogue's tick, one per changed concert at most every {@code
 * ticketing.catalog.refresh-millis}, never from a booking's transaction (a {@code NOTIFY} there
 * would serialise the commits of the rush on PostgreSQL's notification queue). They are a hint: a
 * lost one (the listening connection was down) only leaves the copy to its usual age limit.
 *
 * <p>The listening connection goes straight to PostgreSQL ({@code ticketing.db.listen-url}): a
 * {@code LISTEN} belongs to a server session, which a pooler in transaction mode (PgBouncer) hands
 * to another client after every statement, so notices would reach nobody.
 */
@Startup
@Singleton
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class CatalogNotices {
  static final String CHANNEL = "ticketing_catalog";
  private static final Logger LOG = Logger.getLogger(CatalogNotices.class.getName());

  /** This instance, so that it ignores its own notices. */
  static final String INSTANCE = UUID.randomUUID().toString();

  @Inject private Catalog catalog;

  private volatile boolean running = true;
  private volatile Connection listening;
  private Thread listener;

  @PostConstruct
  void start() {
    try {
      ManagedThreadFactory threads =
          InitialContext.doLookup("java:comp/DefaultManagedThreadFactory");
      listener = threads.newThread(this::listen);
      listener.setName("catalog-notices");
      listener.setDaemon(true);
      listener.start();
    } catch (NamingException e) {
      LOG.log(Level.WARNING, "No managed thread factory: other instances' changes show by age", e);
    }
  }

  @PreDestroy
  void stop() {
    running = false;
    closeQuietly(listening);
    if (listener != null) {
      listener.interrupt();
    }
  }

  /** The payload of a notice about the concert, from this instance. */
  static String payload(long concertId) {
    return INSTANCE + ":" + concertId;
  }

  private void listen() {
    Config config = ConfigProvider.getConfig(CatalogNotices.class.getClassLoader());
    String url = config.getValue("ticketing.db.listen-url", String.class);
    Properties login = new Properties();
    login.setProperty("user", config.getValue("ticketing.db.user", String.class));
    login.setProperty("password", config.getValue("ticketing.db.password", String.class));
    login.setProperty("connectTimeout", "5");
    login.setProperty("tcpKeepAlive", "true");
    login.setProperty("ApplicationName", "ticketing-notices");
    boolean warned = false;
    while (running) {
      try (Connection connection = new org.postgresql.Driver().connect(url, login)) {
        listening = connection;
        try (Statement sql = connection.createStatement()) {
          sql.execute("LISTEN " + CHANNEL);
        }
        warned = false;
        PGConnection postgres = connection.unwrap(PGConnection.class);
        while (running) {
          PGNotification[] notices = postgres.getNotifications(1000);
          if (notices != null) {
            for (PGNotification notice : notices) {
              heard(notice.getParameter());
            }
          }
        }
      } catch (SQLException | RuntimeException e) {
        if (running && !warned) {
          LOG.log(
              Level.WARNING,
              "Not hearing other instances' changes ("
                  + e.getMessage()
                  + "); their bookings show here by age until the database answers again");
          warned = true;
        }
        sleep(2000);
      }
    }
  }

  private void heard(String payload) {
    int colon = payload.lastIndexOf(':');
    if (colon < 0 || payload.substring(0, colon).equals(INSTANCE)) {
      return; // our own, or not one of ours
    }
    try {
      catalog.markStale(Long.parseLong(payload.substring(colon + 1)));
    } catch (NumberFormatException e) {
      LOG.fine(() -> "Ignored notice " + payload);
    }
  }

  private void sleep(long millis) {
    try {
      Thread.sleep(millis);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      running = false;
    }
  }

  private static void closeQuietly(Connection connection) {
    if (connection != null) {
      try {
        connection.close();
      } catch (SQLException ignored) {
        // closing anyway
      }
    }
  }
}
