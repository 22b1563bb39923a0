package dev.ticketing.waitingroom;

import dev.ticketing.account.Roles;
import dev.ticketing.admin.AuditLog;
import dev.ticketing.admin.OrganiserRefusedException;
import dev.ticketing.catalog.Concert;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.LinkedHashMap;
import java.util.Map;
import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * The organisers' side of the waiting rooms: settings, pause and resume, live figures. Every change
 * is written to the concert's audit log, and every instance hears of it at commit.
 */
@Stateless
@RolesAllowed(Roles.ORGANISER)
public class WaitingRoomAdmin {
  @PersistenceContext(unitName = "ticketing")
  private EntityManager em;

  @Inject private WaitingRooms rooms;

  @Inject private WaitingLine line;

  @Inject private AuditLog audit;

  private RoomSettings defaults;

  @PostConstruct
  void readDefaults() {
    Config config = ConfigProvider.getConfig(WaitingRoomAdmin.class.getClassLoader());
    defaults =
        new RoomSettings(
            false,
            config.getValue("ticketing.waiting-room.default-active-users", Integer.class),
            config.getValue("ticketing.waiting-room.default-admit-per-minute", Integer.class),
            config.getValue("ticketing.waiting-room.default-admission-minutes", Integer.class),
            null);
  }

  /**
   * The room's settings and live figures; a concert without a room shows the defaults, off.
   *
   * @throws OrganiserRefusedException if there is no such concert
   */
  public RoomFigures figures(long concertId) {
    existing(concertId);
    return line.figures(concertId, defaults);
  }

  /**
   * Sets the room's settings (creating it). Turned on, bookings of the concert need an admission at
   * once; turned off, they do not, and the line is kept for when it is turned on again.
   *
   * @throws OrganiserRefusedException if there is no such concert
   */
  public RoomFigures configure(long concertId, RoomSettings settings) {
    existing(concertId);
    rooms.save(concertId, settings);
    Map<String, Object> detail = new LinkedHashMap<>();
    detail.put("enabled", settings.enabled());
    detail.put("activeUsers", settings.activeUsers());
    detail.put("admitPerMinute", settings.admitPerMinute());
    detail.put("admissionMinutes", settings.admissionMinutes());
    detail.put(
        "prequeueOpensAt",
        settings.prequeueOpensAt() == null ? null : settings.prequeueOpensAt().toString());
    audit.record(concertId, "waiting-room.update", detail);
    em.flush();
    return line.figures(concertId, defaults);
  }

  /**
   * Pauses (or resumes) admission: no one more is let in until resumed; those inside stay.
   *
   * @throws OrganiserRefusedException if there is no such concert
   * @throws NoWaitingRoomException if it has no room
   */
  public RoomFigures pause(long concertId, boolean paused) {
    existing(concertId);
    if (!rooms.pause(concertId, paused)) {
      throw new NoWaitingRoomException(
          concertId, "Concert " + concertId + " has no waiting room: set one up first");
    }
    audit.record(
        concertId, paused ? "waiting-room.pause" : "waiting-room.resume", Map.of("paused", paused));
    return line.figures(concertId, defaults);
  }

  private void existing(long concertId) {
    if (em.find(Concert.class, concertId) == null) {
      throw new OrganiserRefusedException(
          OrganiserRefusedException.Reason.UNKNOWN_CONCERT,
          null,
          "There is no concert " + concertId);
    }
  }
}
