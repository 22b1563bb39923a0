package dev.ticketing.ui.account;

import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.Autocomplete;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import dev.ticketing.account.Caller;
import dev.ticketing.ui.views.MainLayout;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Logging in with email and password. {@code ?to=organiser} names the page to go back to (the one
 * that asked for a login); without it the concerts follow.
 */
@Route(value = "login", layout = MainLayout.class)
@PageTitle("Log in")
public class LoginView extends Div implements BeforeEnterObserver {
  /** The query parameter naming the page to show once logged in. */
  public static final String RETURN_TO = "to";

  private static final Logger LOG = Logger.getLogger(LoginView.class.getName());

  @Inject private BrowserLogin login;
  @Inject private Caller caller;

  private final EmailField email = new EmailField("Email");
  private final PasswordField password = new PasswordField("Password");
  private final Button submit = new Button("Log in");
  private final Paragraph problem = new Paragraph();
  private final Paragraph already = new Paragraph();
  private String returnTo;

  public LoginView() {
    addClassName("account-form");
    H1 title = new H1("Log in");
    title.addClassName("page-title");

    email.setId("login-email");
    email.setAutocomplete(Autocomplete.EMAIL);
    email.setRequiredIndicatorVisible(true);
    email.setWidthFull();
    password.setId("login-password");
    password.setAutocomplete(Autocomplete.CURRENT_PASSWORD);
    password.setRequiredIndicatorVisible(true);
    password.setWidthFull();
    submit.setId("login-submit");
    submit.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
    submit.addClickShortcut(Key.ENTER);
    submit.addClickListener(click -> logIn());
    problem.setId("login-problem");
    problem.addClassName("form-problem");
    problem.getElement().setAttribute("role", "alert");
    problem.setVisible(false);
    already.setId("login-already");
    already.setVisible(false);

    Paragraph register =
        new Paragraph(new Span("No account yet? "), new RouterLink("Register", RegisterView.class));
    add(title, already, email, password, problem, submit, register);
  }

  @Override
  public void beforeEnter(BeforeEnterEvent event) {
    returnTo = event.getLocation().getQueryParameters().getSingleParameter(RETURN_TO).orElse(null);
    String who = caller.email();
    already.setText(who == null ? "" : "You are logged in as " + who + ".");
    already.setVisible(who != null);
  }

  private void logIn() {
    if (email.isEmpty() || password.isEmpty()) {
      say("Enter your email and your password.");
      return;
    }
    BrowserLogin.Outcome outcome;
    try {
      outcome = login.logIn(email.getValue().strip(), password.getValue());
    } catch (RuntimeException e) {
      LOG.log(Level.WARNING, "Login failed unexpectedly", e);
      say("Sorry, logging in does not work right now. Please try again in a moment.");
      return;
    }
    if (outcome instanceof BrowserLogin.Throttled throttled) {
      say(tooManyAttempts(throttled.retryAfter()));
    } else if (outcome instanceof BrowserLogin.Refused) {
      password.clear();
      password.focus();
      say("The email or the password is wrong.");
    } else {
      BrowserLogin.reloadAt(returnTo);
    }
  }

  static String tooManyAttempts(Duration wait) {
    long minutes = Math.max(1, (wait.toSeconds() + 59) / 60);
    return "Too many failed attempts: please try again in "
        + minutes
        + (minutes == 1 ? " minute." : " minutes.");
  }

  private void say(String words) {
    problem.setText(words);
    problem.setVisible(true);
  }
}
