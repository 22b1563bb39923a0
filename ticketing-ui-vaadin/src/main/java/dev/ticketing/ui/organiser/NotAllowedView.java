package dev.ticketing.ui.organiser;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import dev.ticketing.account.Caller;
import dev.ticketing.ui.views.ConcertsView;
import dev.ticketing.ui.views.MainLayout;
import jakarta.inject.Inject;

/** Shown in place of an organiser screen to a logged-in caller who is not an organiser. */
@Route(value = "not-allowed", layout = MainLayout.class)
@PageTitle("Not allowed")
public class NotAllowedView extends Div implements BeforeEnterObserver {
  @Inject private Caller caller;

  private final Paragraph who = new Paragraph();

  public NotAllowedView() {
    setId("not-allowed");
    H1 title = new H1("Not allowed");
    title.addClassName("page-title");
    who.setId("not-allowed-reason");
    add(title, who, new RouterLink("See the concerts", ConcertsView.class));
  }

  @Override
  public void beforeEnter(BeforeEnterEvent event) {
    String email = caller.email();
    who.setText(
        "This page is for organisers only"
            + (email == null ? "." : ", and you are logged in as " + email + ", a customer."));
  }
}
