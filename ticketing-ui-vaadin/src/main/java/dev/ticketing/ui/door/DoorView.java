package dev.ticketing.ui.door;

import com.vaadin.flow.component.ClientCallable;
import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.VaadinRequest;
import dev.ticketing.account.Roles;
import dev.ticketing.catalog.Catalog;
import dev.ticketing.catalog.ConcertAvailability;
import dev.ticketing.checkin.CheckIn;
import dev.ticketing.checkin.CheckInAnswer;
import dev.ticketing.checkin.Scan;
import dev.ticketing.ui.account.LoginView;
import dev.ticketing.ui.organiser.NotAllowedView;
import dev.ticketing.ui.views.MainLayout;
import jakarta.inject.Inject;
import java.time.ZoneId;
import java.util.UUID;

/**
 * The door, on a phone: choose the concert and the gate, then scan each ticket with the camera
 * (where the browser offers {@code BarcodeDetector}; it needs a secure context) or type its code.
 * The answer fills the screen's width in green or red. Door accounts and organisers only.
 */
@Route(value = "door", layout = MainLayout.class)
@PageTitle("Door")
public class DoorView extends VerticalLayout implements BeforeEnterObserver {
  @Inject private CheckIn checkIn;

  @Inject private Catalog catalog;

  private final ComboBox<ConcertAvailability> concert = new ComboBox<>("Concert");
  private final TextField gate = new TextField("Gate");
  private final TextField code = new TextField("Ticket code");
  private final Div answer = new Div();
  private final Paragraph camera = new Paragraph();

  @Override
  public void beforeEnter(BeforeEnterEvent event) {
    VaadinRequest request = VaadinRequest.getCurrent();
    if (request != null
        && (request.isUserInRole(Roles.DOOR) || request.isUserInRole(Roles.ORGANISER))) {
      if (getComponentCount() == 0) {
        build();
      }
      return;
    }
    if (request == null || request.getUserPrincipal() == null) {
      event.forwardTo(
          LoginView.class, QueryParameters.of(LoginView.RETURN_TO, event.getLocation().getPath()));
    } else {
      event.rerouteTo(NotAllowedView.class);
    }
  }

  private void build() {
    addClassName("door");
    setPadding(false);
    concert.setId("door-concert");
    concert.setItems(catalog.concerts());
    concert.setItemLabelGenerator(c -> c.name() + " · " + c.venue());
    concert.setWidthFull();
    gate.setId("door-gate");
    gate.setValue("1");
    gate.setMaxLength(50);
    code.setId("door-code");
    code.setWidthFull();
    code.setMaxLength(500);
    code.setPlaceholder("T1.…");
    Button check = new Button("Check ticket", click -> check(code.getValue()));
    check.setId("door-check");
    check.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_LARGE);
    check.addClickShortcut(Key.ENTER);
    Button scan = new Button("Scan with the camera", click -> startCamera());
    scan.setId("door-scan");
    answer.setId("door-answer");
    answer.addClassNames("door-answer", "waiting");
    answer.getElement().setAttribute("role", "status");
    answer.getElement().setAttribute("aria-live", "assertive");
    answer.setText("Ready");
    camera.addClassName("door-camera");
    // This page needs the server for every scan; a gate that may lose the network uses the page
    // that checks codes alone with the concert's synced key.
    com.vaadin.flow.component.html.Anchor offline =
        new com.vaadin.flow.component.html.Anchor(
            "door-offline.html", "A gate that may lose the network: the offline door page");
    offline.setId("door-offline-link");
    offline.getElement().setAttribute("router-ignore", true);
    add(new H1("Door"), concert, gate, answer, code, check, scan, camera, offline);
  }

  /** Called by the camera's script with each code it reads. */
  @ClientCallable
  void scanned(String value) {
    code.setValue(value);
    check(value);
  }

  private void check(String value) {
    if (concert.getValue() == null) {
      show("CHOOSE THE CONCERT", "then scan again", "waiting");
      return;
    }
    if (value == null || value.isBlank() || gate.getValue().isBlank()) {
      show("NO CODE", "scan the ticket or type its code", "waiting");
      return;
    }
    CheckInAnswer result =
        checkIn.scan(
            new Scan(
                value.strip(),
                gate.getValue().strip(),
                UUID.randomUUID().toString(),
                concert.getValue().id(),
                null));
    show(
        DoorWording.headline(result),
        DoorWording.detail(result, ZoneId.systemDefault()),
        DoorWording.styleClass(result));
    code.clear();
    code.focus();
  }

  private void show(String headline, String detail, String style) {
    answer.removeAll();
    answer.setClassName("door-answer");
    answer.addClassName(style);
    answer.setText(headline);
    answer.add(new com.vaadin.flow.component.html.Span(""));
    com.vaadin.flow.dom.Element small = new com.vaadin.flow.dom.Element("small");
    small.setText(detail);
    answer.getElement().appendChild(small);
  }

  private void startCamera() {
    // BarcodeDetector exists only in some browsers and needs a secure context (HTTPS or
    // localhost); where it is missing, the code is typed.
    getElement()
        .executeJs(
            "const view = this, note = view.querySelector('.door-camera');"
                + "if (!('BarcodeDetector' in window) || !navigator.mediaDevices) {"
                + "  note.textContent = 'This browser cannot scan: type the code.'; return; }"
                + "const detector = new BarcodeDetector({formats: ['qr_code']});"
                + "navigator.mediaDevices.getUserMedia({video: {facingMode: 'environment'}})"
                + ".then(stream => { const video = document.createElement('video');"
                + "  video.setAttribute('playsinline', ''); video.muted = true;"
                + "  video.srcObject = stream; note.replaceChildren(video); video.play();"
                + "  let last = '', lastAt = 0;"
                + "  const tick = () => detector.detect(video).then(codes => {"
                + "    const now = Date.now();"
                + "    if (codes.length && (codes[0].rawValue !== last || now - lastAt > 3000)) {"
                + "      last = codes[0].rawValue; lastAt = now; view.$server.scanned(last); }"
                + "    requestAnimationFrame(tick); }).catch(() => requestAnimationFrame(tick));"
                + "  tick(); })"
                + ".catch(e => { note.textContent = 'No camera: ' + e.message + '. Type the code.'; });");
  }
}
