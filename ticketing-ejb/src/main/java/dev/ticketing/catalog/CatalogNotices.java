package dev.ticketing.catalog;

import dev.ticketing.database.PgListener;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;
import javax.naming.NamingException;

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
 * <p>The listening connection goes straight to PostgreSQL ({@link PgListener}).
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

  private PgListener listener;

  @PostConstruct
  void start() {
    try {
      listener =
          PgListener.start(
              CHANNEL,
              "ticketing-notices",
              "other instances' bookings show here by age until the database answers again",
              payloads -> payloads.forEach(this::heard));
    } catch (NamingException e) {
      LOG.log(Level.WARNING, "No managed thread factory: other instances' changes show by age", e);
    }
  }

  @PreDestroy
  void stop() {
    if (listener != null) {
      listener.close();
    }
  }

  /** The payload of a notice about the concert, from this instance. */
  static String payload(long concertId) {
    return INSTANCE + ":" + concertId;
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
}
