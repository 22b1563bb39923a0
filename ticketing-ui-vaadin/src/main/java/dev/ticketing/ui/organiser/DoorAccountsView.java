package dev.ticketing.ui.organiser;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import dev.ticketing.account.AccountRefusedException;
import dev.ticketing.account.Accounts;
import dev.ticketing.ui.views.MainLayout;
import jakarta.inject.Inject;

/** Door accounts, for organisers: the people at the door log in with these to check tickets in. */
@Route(value = "organiser/door-accounts", layout = MainLayout.class)
@PageTitle("Door accounts")
public class DoorAccountsView extends Div implements BeforeEnterObserver {
  @Inject private Accounts accounts;

  private final EmailField email = new EmailField("Email");
  private final PasswordField password = new PasswordField("Password (10 to 128 characters)");
  private final Paragraph message = new Paragraph();
  private final UnorderedList list = new UnorderedList();

  public DoorAccountsView() {
    addClassName("organiser");
    email.setId("door-account-email");
    password.setId("door-account-password");
    message.setId("door-account-message");
    message.getElement().setAttribute("role", "status");
    list.setId("door-accounts");
    Button create = new Button("Create door account", click -> create());
    create.setId("create-door-account");
    create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
    add(
        new RouterLink("← All concerts", OrganiserView.class),
        new H1("Door accounts"),
        new Paragraph(
            "A door account may check tickets in at /door, and nothing else. Give each gate's"
                + " staff their own."),
        email,
        password,
        create,
        message,
        list);
  }

  @Override
  public void beforeEnter(BeforeEnterEvent event) {
    if (OrganiserAccess.admit(event)) {
      showAccounts();
    }
  }

  private void create() {
    try {
      String created = accounts.createDoorAccount(email.getValue(), password.getValue());
      message.setText("Created " + created + ": it can log in and open /door.");
      email.clear();
      password.clear();
      showAccounts();
    } catch (AccountRefusedException refused) {
      message.setText(refused.getMessage());
    }
  }

  private void showAccounts() {
    list.removeAll();
    accounts.doorAccounts().forEach(account -> list.add(new ListItem(account)));
  }
}
