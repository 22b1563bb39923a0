package dev.ticketing.ui.account;

import com.vaadin.flow.component.HasValidation;
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
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import dev.ticketing.account.AccountRefusedException;
import dev.ticketing.account.Accounts;
import dev.ticketing.account.TooManyRegistrationsException;
import dev.ticketing.ui.views.MainLayout;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * A customer account: email, password twice. Once created the browser is logged in with it at once,
 * and bookings made from then on belong to it.
 */
@Route(value = "register", layout = MainLayout.class)
@PageTitle("Register")
public class RegisterView extends Div {
  private static final Logger LOG = Logger.getLogger(RegisterView.class.getName());

  @Inject private Accounts accounts;
  @Inject private BrowserLogin login;

  private final EmailField email = new EmailField("Email");
  private final PasswordField password = new PasswordField("Password");
  private final PasswordField confirm = new PasswordField("Password again");
  private final Paragraph problem = new Paragraph();

  public RegisterView() {
    addClassName("account-form");
    H1 title = new H1("Register");
    title.addClassName("page-title");
    Paragraph why = new Paragraph("With an account, your bookings are kept for you on any device.");

    email.setId("register-email");
    email.setAutocomplete(Autocomplete.EMAIL);
    email.setRequiredIndicatorVisible(true);
    email.setWidthFull();
    password.setId("register-password");
    password.setAutocomplete(Autocomplete.NEW_PASSWORD);
    password.setHelperText(
        Accounts.MIN_PASSWORD_LENGTH
            + " to "
            + Accounts.MAX_PASSWORD_LENGTH
            + " characters; a few words make a good one");
    password.setRequiredIndicatorVisible(true);
    password.setWidthFull();
    confirm.setId("register-confirm");
    confirm.setAutocomplete(Autocomplete.NEW_PASSWORD);
    confirm.setRequiredIndicatorVisible(true);
    confirm.setWidthFull();
    problem.setId("register-problem");
    problem.addClassName("form-problem");
    problem.getElement().setAttribute("role", "alert");
    problem.setVisible(false);

    Button submit = new Button("Create account", click -> register());
    submit.setId("register-submit");
    submit.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
    submit.addClickShortcut(Key.ENTER);

    Paragraph login =
        new Paragraph(new Span("Have an account? "), new RouterLink("Log in", LoginView.class));
    add(title, why, email, password, confirm, problem, submit, login);
  }

  private void register() {
    problem.setVisible(false);
    email.setInvalid(false);
    password.setInvalid(false);
    confirm.setInvalid(false);
    String chosen = password.getValue();
    if (email.isEmpty()) {
      refuse(email, "Enter your email address.");
      return;
    }
    if (chosen.length() < Accounts.MIN_PASSWORD_LENGTH
        || chosen.length() > Accounts.MAX_PASSWORD_LENGTH
        || chosen.isBlank()) {
      refuse(
          password,
          "Choose a password of "
              + Accounts.MIN_PASSWORD_LENGTH
              + " to "
              + Accounts.MAX_PASSWORD_LENGTH
              + " characters.");
      return;
    }
    if (!chosen.equals(confirm.getValue())) {
      refuse(confirm, "The two passwords differ: type the same one twice.");
      return;
    }
    String account;
    try {
      account = accounts.register(email.getValue(), chosen, BrowserLogin.clientAddress());
    } catch (TooManyRegistrationsException throttled) {
      say(tooManyRegistrations(throttled.retryAfter()));
      return;
    } catch (AccountRefusedException refused) {
      refuse(
          "password".equals(refused.field()) ? password : email,
          refused.reason() == AccountRefusedException.Reason.EMAIL_TAKEN
              ? "An account with this email exists already: log in instead."
              : refused.getMessage() + ".");
      return;
    } catch (RuntimeException e) {
      LOG.log(Level.WARNING, "Registration failed unexpectedly", e);
      say("Sorry, accounts cannot be created right now. Please try again in a moment.");
      return;
    }
    if (login.logIn(account, chosen) instanceof BrowserLogin.LoggedIn) {
      BrowserLogin.reloadAt("my-bookings");
    } else {
      // Created, but the login was refused (too many attempts from this address): say so.
      say("Your account is created. Please log in with it.");
    }
  }

  static String tooManyRegistrations(Duration wait) {
    long minutes = Math.max(1, (wait.toSeconds() + 59) / 60);
    return "Too many accounts were created from your network lately: please try again in "
        + minutes
        + (minutes == 1 ? " minute." : " minutes.");
  }

  private void refuse(HasValidation field, String words) {
    field.setErrorMessage(words);
    field.setInvalid(true);
    say(words);
  }

  private void say(String words) {
    problem.setText(words);
    problem.setVisible(true);
  }
}
