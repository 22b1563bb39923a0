package dev.ticketing.waitingroom;

import dev.ticketing.database.PgListener;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.ejb.Singleton;
import jakarta.ejb.Startup;
import jakarta.ejb.TransactionAttribute;
import jakarta.ejb.TransactionAttributeType;
import jakarta.inject.Inject;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;
import javax.naming.NamingException;

/**
 * Hears when a waiting room moved: PostgreSQL's {@code LISTEN} on channel {@value
 * WaitingRooms#CHANNEL}, payload {@code <concert id>}, sent by whichever instance moved the room's
 * counter or changed its settings ({@link WaitingRooms}), in that transaction. Each notice reads
 * that room again ({@link WaitingLine#heard}): one read per room and tick on each instance, however
 * many people poll. After a reconnection every room is read again (notices sent while disconnected
 * are lost). The connection goes straight to PostgreSQL ({@link PgListener}).
 */
@Startup
@Singleton
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class WaitingRoomNotices {
  private static final Logger LOG = Logger.getLogger(WaitingRoomNotices.class.getName());

  @Inject private WaitingLine line;

  private PgListener listener;

  @PostConstruct
  void start() {
    try {
      listener =
          PgListener.start(
              WaitingRooms.CHANNEL,
              "ticketing-waiting-room",
              "the waiting rooms are read every few ticks until the database answers again",
              new PgListener.Hearing() {
                @Override
                public void connected() {
                  line.reloadAll(); // notices sent while away are lost
                }

                @Override
                public void heard(List<String> payloads) {
                  payloads.forEach(WaitingRoomNotices.this::heard);
                }
              });
    } catch (NamingException e) {
      LOG.log(
          Level.WARNING,
          "No managed thread factory: the waiting rooms are read every few ticks",
          e);
    }
  }

  @PreDestroy
  void stop() {
    if (listener != null) {
      listener.close();
    }
  }

  private void heard(String payload) {
    try {
      line.heard(Long.parseLong(payload));
    } catch (NumberFormatException e) {
      LOG.fine(() -> "Ignored notice " + payload);
    }
  }
}
