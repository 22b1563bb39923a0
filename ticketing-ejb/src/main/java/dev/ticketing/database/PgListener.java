package dev.ticketing.database;

import jakarta.enterprise.concurrent.ManagedThreadFactory;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
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
 * A {@code LISTEN} on one PostgreSQL channel, on a connection and a managed thread of its own, that
 * hands what it hears to its owner. The connection goes straight to PostgreSQL ({@code
 * ticketing.db.listen-url}): a {@code LISTEN} belongs to a server session, which a pooler in
 * transaction mode (PgBouncer) hands to another client after every statement, so notices would
 * reach nobody. When the connection fails, it says so once, and connects again every two seconds;
 * notices sent meanwhile are lost, so the owner hears {@link Hearing#connected} after each
 * (re)connection and reads again what it keeps.
 */
public final class PgListener implements AutoCloseable {
  private static final Logger LOG = Logger.getLogger(PgListener.class.getName());

  /** What the owner does with what the listener hears, on the listener's thread. */
  public interface Hearing {
    /** The {@code LISTEN} is in place (again): anything sent while it was not is lost. */
    default void connected() {}

    /** The payloads of the notices that arrived together, in order; never empty. */
    void heard(List<String> payloads);
  }

  private final String channel;
  private final String name;
  private final String lost;
  private final Hearing hearing;
  private volatile boolean running = true;
  private volatile Connection connection;
  private Thread thread;

  private PgListener(String channel, String name, String lost, Hearing hearing) {
    this.channel = channel;
    this.name = name;
    this.lost = lost;
    this.hearing = hearing;
  }

  /**
   * Starts listening on {@code channel} (a plain identifier).
   *
   * @param name the thread's name, and the connection's {@code ApplicationName}
   * @param lost what is lost while it cannot listen, and what stands in for it (logged once a
   *     failure, after "Not hearing {@code channel} (the failure); ")
   * @throws NamingException if there is no managed thread factory to run it on
   */
  public static PgListener start(String channel, String name, String lost, Hearing hearing)
      throws NamingException {
    PgListener listener = new PgListener(channel, name, lost, hearing);
    ManagedThreadFactory threads = InitialContext.doLookup("java:comp/DefaultManagedThreadFactory");
    listener.thread = threads.newThread(listener::listen);
    listener.thread.setName(name);
    listener.thread.setDaemon(true);
    listener.thread.start();
    return listener;
  }

  /** Stops listening and closes the connection. */
  @Override
  public void close() {
    running = false;
    Connection listening = connection;
    if (listening != null) {
      try {
        listening.close();
      } catch (SQLException ignored) {
        // closing anyway
      }
    }
    thread.interrupt();
  }

  private void listen() {
    Config config = ConfigProvider.getConfig(PgListener.class.getClassLoader());
    String url = config.getValue("ticketing.db.listen-url", String.class);
    Properties login = new Properties();
    login.setProperty("user", config.getValue("ticketing.db.user", String.class));
    login.setProperty("password", config.getValue("ticketing.db.password", String.class));
    login.setProperty("connectTimeout", "5");
    login.setProperty("tcpKeepAlive", "true");
    login.setProperty("ApplicationName", name);
    boolean warned = false;
    while (running) {
      try (Connection listening = new org.postgresql.Driver().connect(url, login)) {
        connection = listening;
        try (Statement sql = listening.createStatement()) {
          sql.execute("LISTEN " + channel);
        }
        warned = false;
        hearing.connected();
        PGConnection postgres = listening.unwrap(PGConnection.class);
        while (running) {
          PGNotification[] notices = postgres.getNotifications(1000);
          if (notices != null && notices.length > 0) {
            List<String> payloads = new ArrayList<>(notices.length);
            for (PGNotification notice : notices) {
              payloads.add(notice.getParameter());
            }
            hearing.heard(payloads);
          }
        }
      } catch (SQLException | RuntimeException e) {
        if (running && !warned) {
          LOG.log(Level.WARNING, "Not hearing " + channel + " (" + e.getMessage() + "); " + lost);
          warned = true;
        }
        try {
          Thread.sleep(2000);
        } catch (InterruptedException interrupted) {
          Thread.currentThread().interrupt();
          running = false;
        }
      }
    }
  }
}
