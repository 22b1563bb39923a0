package dev.ticketing.ui.views;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.router.RouterLink;
import dev.ticketing.catalog.ConcertAvailability;
import dev.ticketing.catalog.TierAvailability;
import dev.ticketing.waitlist.Waitlist;
import dev.ticketing.waitlist.WaitlistEntry;
import dev.ticketing.waitlist.WaitlistException;
import dev.ticketing.waitlist.WaitlistOffered;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.stream.Collectors;

/**
 * The waiting list on the booking screen, for a logged-in visitor: join a sold-out tier's list (how
 * many, whether fewer will do), see one's place, and be told at once when an offer arrives (pushed
 * by {@link dev.ticketing.ui.live.OfferNotices}): it is a held booking, paid right here ("Pay now"
 * opens the screen's payment step) or in My bookings.
 */
final class WaitlistPanel extends Div {
  private final Waitlist waitlist;
  private final Consumer<String> pay;
  private final Select<String> tier = new Select<>();
  private final IntegerField quantity = new IntegerField("Tickets");
  private final Checkbox acceptFewer = new Checkbox("Fewer will do");
  private final Button join = new Button("Join the waiting list");
  private final Div entries = new Div();
  private final Paragraph offer = new Paragraph();
  private final HorizontalLayout form;
  private long concertId;
  private String email;
  private List<String> soldOutShown = List.of();
  private Map<String, String> names = Map.of();
  private boolean waiting;

  /**
   * @param pay shows the payment step of a held booking of this concert (its id)
   */
  WaitlistPanel(Waitlist waitlist, Consumer<String> pay) {
    this.waitlist = waitlist;
    this.pay = pay;
    setId("waitlist");
    addClassName("waitlist");
    tier.setLabel("Sold-out tier");
    tier.setId("waitlist-tier");
    tier.setItemLabelGenerator(this::name);
    quantity.setId("waitlist-quantity");
    quantity.setMin(1);
    quantity.setMax(Waitlist.MAX_QUANTITY);
    quantity.setValue(1);
    quantity.setStepButtonsVisible(true);
    acceptFewer.setId("waitlist-accept-fewer");
    join.setId("waitlist-join");
    join.addClickListener(click -> join());
    entries.setId("waitlist-entries");
    offer.setId("waitlist-offer");
    offer.setVisible(false);
    form = new HorizontalLayout(tier, quantity, acceptFewer, join);
    form.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
    form.setWrap(true);
    add(new H2("Waiting list"), offer, form, entries);
    setVisible(false);
  }

  /** Whose panel it is (the logged-in visitor's email), or null: then it stays hidden. */
  void owner(String email) {
    this.email = email;
  }

  /** Shows the panel for the concert: the sold-out tiers to join, and the visitor's entries. */
  void show(ConcertAvailability concert) {
    if (email == null) {
      setVisible(false);
      return;
    }
    concertId = concert.id();
    names =
        concert.tiers().stream()
            .collect(
                Collectors.toMap(
                    TierAvailability::code, TierAvailability::displayName, (a, b) -> a));
    List<String> soldOut =
        concert.tiers().stream()
            .filter(t -> t.available() == 0)
            .map(TierAvailability::code)
            .toList();
    soldOutShown = soldOut;
    List<WaitlistEntry> mine = waitlist.entriesOf(email, concertId);
    boolean any = !soldOut.isEmpty() || !mine.isEmpty();
    setVisible(any);
    String chosen = tier.getValue();
    tier.setItems(soldOut);
    tier.setValue(soldOut.contains(chosen) ? chosen : soldOut.isEmpty() ? null : soldOut.get(0));
    form.setVisible(!soldOut.isEmpty()); // nothing to join while every tier can be booked
    showEntries(mine);
  }

  /** Offers of the concert were made: the places of the visitor's waiting entries moved. */
  void lineMoved() {
    if (waiting && email != null) {
      showEntries(waitlist.entriesOf(email, concertId));
    }
  }

  private void showEntries(List<WaitlistEntry> mine) {
    waiting = mine.stream().anyMatch(entry -> "WAITING".equals(entry.state()));
    entries.removeAll();
    for (WaitlistEntry entry : mine) {
      Paragraph line = new Paragraph(describe(entry, name(entry.tier())));
      line.addClassName("waitlist-entry");
      line.setId("waitlist-entry-" + entry.tier());
      if ("OFFERED".equals(entry.state())) {
        line.add(" ");
        line.add(payButton(entry.bookingId(), "waitlist-pay-" + entry.tier()));
      }
      entries.add(line);
    }
  }

  /** The tier's name as people say it (its code if the concert no longer has it). */
  private String name(String code) {
    return names.getOrDefault(code, code);
  }

  /** The counts changed: shown afresh only when which tiers are sold out changed. */
  void countsChanged(ConcertAvailability concert) {
    List<String> soldOut =
        concert.tiers().stream()
            .filter(t -> t.available() == 0)
            .map(TierAvailability::code)
            .toList();
    if (!soldOut.equals(soldOutShown)) {
      show(concert);
    }
  }

  /** An offer came in (pushed): say so at once, and how to pay it. */
  void offered(WaitlistOffered made) {
    offer.removeAll();
    offer.add(
        "Tickets for you from the waiting list: "
            + made.quantity()
            + " × "
            + name(made.tier())
            + " are held for you until "
            + Formats.timeOfDay(made.expiresAt(), java.util.Locale.US)
            + ". ");
    if (made.concertId() == concertId) {
      offer.add(payButton(made.bookingId().toString(), "waitlist-pay"));
      offer.add(" or in ");
    } else {
      offer.add("Pay them in ");
    }
    offer.add(new RouterLink("My bookings", MyBookingsView.class));
    offer.setVisible(true);
    Notification.show(
        "Your waiting list offer: " + made.quantity() + " × " + name(made.tier()) + " held for you",
        8000,
        Notification.Position.TOP_CENTER);
  }

  private Button payButton(String bookingId, String id) {
    Button button = new Button("Pay now", click -> pay.accept(bookingId));
    button.setId(id);
    button.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_SMALL);
    return button;
  }

  private void join() {
    Integer wanted = quantity.getValue();
    if (tier.getValue() == null || wanted == null || wanted < 1) {
      quantity.setInvalid(true);
      quantity.setErrorMessage("Choose 1 or more");
      return;
    }
    try {
      Waitlist.Joined joined =
          waitlist.join(concertId, tier.getValue(), wanted, acceptFewer.getValue());
      quantity.setInvalid(false);
      Notification.show(
          joined.created() ? "You are on the waiting list" : "You were on it already",
          4000,
          Notification.Position.BOTTOM_CENTER);
    } catch (WaitlistException refused) {
      quantity.setInvalid(true);
      quantity.setErrorMessage(refused.getMessage());
      return;
    }
    showEntries(waitlist.entriesOf(email, concertId));
  }

  static String describe(WaitlistEntry entry, String tierName) {
    String what = tierName + ", " + entry.quantity() + " ticket(s): ";
    return what
        + switch (entry.state()) {
          case "WAITING" -> "waiting, place " + entry.place() + " in line";
          case "OFFERED" -> "offered " + entry.offeredQuantity() + ", held for you";
          case "CONVERTED" -> "bought";
          case "LAPSED" -> "the offer ran out";
          default -> entry.state().toLowerCase(java.util.Locale.ROOT);
        };
  }
}
