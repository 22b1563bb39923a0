package dev.ticketing.ui.organiser;

import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.server.VaadinRequest;
import dev.ticketing.account.Roles;
import dev.ticketing.ui.account.LoginView;

/**
 * Who may enter the organiser screens: organisers. Anyone else is turned away before the screen
 * reads anything: an anonymous visitor to the login (and back here after it), a customer to {@link
 * NotAllowedView}. The EJBs check the role again on every call.
 */
final class OrganiserAccess {
  private OrganiserAccess() {}

  /**
   * @return whether the caller is an organiser; if not, the event was sent elsewhere
   */
  static boolean admit(BeforeEnterEvent event) {
    VaadinRequest request = VaadinRequest.getCurrent();
    if (request != null && request.isUserInRole(Roles.ORGANISER)) {
      return true;
    }
    if (request == null || request.getUserPrincipal() == null) {
      event.forwardTo(
          LoginView.class, QueryParameters.of(LoginView.RETURN_TO, event.getLocation().getPath()));
    } else {
      event.rerouteTo(NotAllowedView.class);
    }
    return false;
  }
}
