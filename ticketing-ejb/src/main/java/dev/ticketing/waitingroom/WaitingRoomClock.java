package dev.ticketing.waitingroom;

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
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * The waiting rooms' clock, on every instance, every {@code ticketing.waiting-room.tick-millis}:
 * tries to move the rooms' counters ({@link WaitingRooms#tick}: only the instance that gets the
 * advisory lock does), and reads every active room again when this instance has not done so for a
 * few ticks (a notice lost while the listening connection was down). The timer is not persistent:
 * every instance starts its own.
 */
@Singleton
@Startup
@DependsOn("SchemaMigration")
@ConcurrencyManagement(ConcurrencyManagementType.BEAN)
@TransactionAttribute(TransactionAttributeType.NOT_SUPPORTED)
public class WaitingRoomClock {
  private static final Logger LOG = Logger.getLogger(WaitingRoomClock.class.getName());

  /** Every active room is read again after this many ticks without a full read. */
  private static final int FULL_READ_EVERY = 2;

  /**
   * The places polled on this instance are written as seen every this many ticks (a few seconds: a
   * holder is passed over only after minutes unheard).
   */
  private static final int SEEN_WRITTEN_EVERY = 5;

  @Resource private TimerService timers;

  @Inject private WaitingRooms rooms;

  @Inject private WaitingLine line;

  @Inject private SchemaMigration schema;

  private final AtomicBoolean running = new AtomicBoolean();
  private long tickNanos;
  private int noShowSeconds;
  private int keepPlaceSeconds;
  private int ticks;
  private volatile boolean failing;

  @PostConstruct
  void start() {
    Config config = ConfigProvider.getConfig(WaitingRoomClock.class.getClassLoader());
    long millis = config.getValue("ticketing.waiting-room.tick-millis", Long.class);
    noShowSeconds = config.getValue("ticketing.waiting-room.no-show-seconds", Integer.class);
    keepPlaceSeconds =
        60 * config.getValue("ticketing.waiting-room.keep-place-minutes", Integer.class);
    tickNanos = TimeUnit.MILLISECONDS.toNanos(millis);
    timers.createIntervalTimer(millis, millis, new TimerConfig("waiting room", false));
  }

  @Timeout
  public void tick() {
    if (!schema.isMigrated() || !running.compareAndSet(false, true)) {
      return;
    }
    try {
      rooms.tick(noShowSeconds, keepPlaceSeconds);
      if (failing) {
        LOG.info("The waiting rooms move again");
        failing = false;
      }
    } catch (RuntimeException e) {
      if (!failing) {
        LOG.log(
            Level.WARNING,
            "Could not move the waiting rooms; no one is let in until it works again",
            e);
        failing = true;
      }
    } finally {
      running.set(false);
    }
    if (line.allReadAgeNanos() > FULL_READ_EVERY * tickNanos) {
      line.reloadAll();
    }
    if (++ticks % SEEN_WRITTEN_EVERY == 0) {
      line.writeSeen();
    }
  }
}
