package dev.ticketing.waitingroom;

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
import java.util.logging.Level;
import java.util.logging.Logger;
import javax.naming.InitialContext;
import javax.naming.NamingException;
import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.ConfigProvider;
import org.postgresql.PGConnection;
import org.postgresql.PGNotification;

/**
 * Hears when a waiting room moved: PostgreSQL's {@code LISTEN} on channel {@value
 * WaitingRooms#CHANNEL}, payload {@code <concert id>}, sent by whichever instance moved the room's
 * counter or changed its settings ({@link WaitingRooms}), in that transaction. Each notice reads
 * that room again ({@link WaitingLine#heard}): one read per room and tick on each instance, however
 * many people poll. After a reconnection every room is read again (notices sent while disconnected
 * are lost). The connection goes straight to PostgreSQL ({@code ticketing.db.listen-url}), as
 * {@link dev.ticketing.catalog.CatalogNotices}' does.
 */
@Startup
@Singleton
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class WaitingRoomNotices {
  private static final Logger LOG = Logger.getLogger(WaitingRoomNotices.class.getName());

  @Inject private WaitingLine line;

  private volatile boolean running = true;
  private volatile Connection listening;
  private Thread listener;

  @PostConstruct
  void start() {
    try {
      ManagedThreadFactory threads =
          InitialContext.doLookup("java:comp/DefaultManagedThreadFactory");
      listener = threads.newThread(this::listen);
      listener.setName("waiting-room-notices");
      listener.setDaemon(true);
      listener.start();
    } catch (NamingException e) {
      LOG.log(
          Level.WARNING,
          "No managed thread factory: the waiting rooms are read every few ticks",
          e);
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

  private void listen() {
    Config config = ConfigProvider.getConfig(WaitingRoomNotices.class.getClassLoader());
    String url = config.getValue("ticketing.db.listen-url", String.class);
    Properties login = new Properties();
    login.setProperty("user", config.getValue("ticketing.db.user", String.class));
    login.setProperty("password", config.getValue("ticketing.db.password", String.class));
    login.setProperty("connectTimeout", "5");
    login.setProperty("tcpKeepAlive", "true");
    login.setProperty("ApplicationName", "ticketing-waiting-room");
    boolean warned = false;
    while (running) {
      try (Connection connection = new org.postgresql.Driver().connect(url, login)) {
        listening = connection;
        try (Statement sql = connection.createStatement()) {
          sql.execute("LISTEN " + WaitingRooms.CHANNEL);
        }
        line.reloadAll();
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
              "Not hearing the waiting rooms move ("
                  + e.getMessage()
                  + "); they are read every few ticks until the database answers again");
          warned = true;
        }
        sleep(2000);
      }
    }
  }

  private void heard(String payload) {
    try {
      line.heard(Long.parseLong(payload));
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
