package dev.ticketing.ui.organiser;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.IntegerField;
import dev.ticketing.waitingroom.RoomFigures;
import dev.ticketing.waitingroom.RoomSettings;
import dev.ticketing.waitingroom.WaitingRoomAdmin;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * A concert's waiting room on the organiser's screen: turn it on and set it, pause and resume
 * admission, and watch it live (waiting, inside, let in during the last minute, time to clear),
 * refreshed with the sales figures.
 */
final class WaitingRoomPanel extends Div {
  private static final Logger LOG = Logger.getLogger(WaitingRoomPanel.class.getName());

  private final WaitingRoomAdmin rooms;
  private final long concertId;
  private final Checkbox enabled = new Checkbox("Waiting room on");
  private final IntegerField activeUsers = number("Inside at once", "room-active-users");
  private final IntegerField admitPerMinute = number("Let in per minute", "room-admit-per-minute");
  private final IntegerField admissionMinutes =
      number("Minutes to book once let in", "room-admission-minutes");
  private final Button pause = new Button("Pause admission", click -> togglePause());
  private final Paragraph figures = new Paragraph();
  private final Paragraph problem = new Paragraph();
  private RoomFigures shown;

  WaitingRoomPanel(WaitingRoomAdmin rooms, long concertId) {
    this.rooms = rooms;
    this.concertId = concertId;
    setId("waiting-room");
    enabled.setId("room-enabled");
    pause.setId("room-pause");
    figures.setId("room-figures");
    problem.setId("room-problem");
    problem.getElement().setAttribute("role", "alert");
    problem.setVisible(false);
    Button save = new Button("Save waiting room", click -> save());
    save.setId("room-save");
    Div fields = new Div(enabled, activeUsers, admitPerMinute, admissionMinutes);
    fields.addClassName("form-row");
    add(fields, new Div(save, pause), figures, problem);
  }

  /** Reads the room again and shows it; the settings fields only the first time. */
  void refresh() {
    try {
      show(rooms.figures(concertId), shown == null);
    } catch (RuntimeException e) {
      LOG.log(Level.FINE, "Waiting room of concert " + concertId + " not read", e);
    }
  }

  private void save() {
    Integer active = activeUsers.getValue();
    Integer rate = admitPerMinute.getValue();
    Integer minutes = admissionMinutes.getValue();
    if (active == null
        || rate == null
        || minutes == null
        || active < 1
        || rate < 1
        || minutes < 1
        || minutes > 1440) {
      say("Give whole numbers: at least 1 inside, 1 per minute, and 1 to 1440 minutes.");
      return;
    }
    try {
      show(
          rooms.configure(
              concertId,
              new RoomSettings(
                  enabled.getValue(),
                  active,
                  rate,
                  minutes,
                  shown == null ? null : shown.settings().prequeueOpensAt())),
          true);
      problem.setVisible(false);
    } catch (RuntimeException e) {
      LOG.log(Level.WARNING, "Could not set the waiting room of concert " + concertId, e);
      say("The waiting room could not be saved. Please try again.");
    }
  }

  private void togglePause() {
    if (shown == null) {
      return;
    }
    try {
      show(rooms.pause(concertId, !shown.paused()), false);
      problem.setVisible(false);
    } catch (RuntimeException e) {
      say("Save the waiting room first.");
    }
  }

  private void show(RoomFigures room, boolean withSettings) {
    shown = room;
    if (withSettings) {
      enabled.setValue(room.settings().enabled());
      activeUsers.setValue(room.settings().activeUsers());
      admitPerMinute.setValue(room.settings().admitPerMinute());
      admissionMinutes.setValue(room.settings().admissionMinutes());
    }
    pause.setText(room.paused() ? "Resume admission" : "Pause admission");
    pause.setEnabled(room.settings().enabled());
    figures.setText(
        !room.settings().enabled()
            ? "Off: bookings need no admission."
            : (room.paused() ? "Paused. " : room.soldOut() ? "Sold out. " : "")
                + room.waiting()
                + " waiting · "
                + room.inside()
                + " inside · "
                + room.admittedLastMinute()
                + " let in in the last minute · clears in about "
                + room.estimatedClearSeconds()
                + " s");
  }

  private void say(String words) {
    problem.setText(words);
    problem.setVisible(true);
  }

  private static IntegerField number(String label, String id) {
    IntegerField field = new IntegerField(label);
    field.setId(id);
    field.setMin(1);
    field.setStepButtonsVisible(false);
    return field;
  }
}
