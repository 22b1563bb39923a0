package dev.ticketing.ui.views;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.UIDetachedException;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.progressbar.ProgressBar;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteAlias;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.server.Command;
import com.vaadin.flow.server.VaadinRequest;
import com.vaadin.flow.server.VaadinSession;
import com.vaadin.flow.shared.Registration;
import dev.ticketing.booking.Booking;
import dev.ticketing.booking.BookingItem;
import dev.ticketing.booking.BookingRequest;
import dev.ticketing.booking.BookingService;
import dev.ticketing.booking.InvalidBookingException;
import dev.ticketing.booking.InvalidQuantityException;
import dev.ticketing.booking.NotEnoughTicketsException;
import dev.ticketing.booking.UnknownTierException;
import dev.ticketing.catalog.Catalog;
import dev.ticketing.catalog.Concert;
import dev.ticketing.catalog.TierAvailability;
import dev.ticketing.catalog.UnknownConcertException;
import dev.ticketing.ui.live.AvailabilityBroadcaster;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.RejectedExecutionException;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The booking screen, the first thing a visitor sees: a concert's tiers with price and what is left
 * (kept current by server push), a quantity per tier, the running total, and one Book button that
 * books every chosen tier at once, all or nothing.
 *
 * <p>{@code /} shows the default concert, {@code /concert/{id}} any other.
 */
@Route(value = "", layout = MainLayout.class)
@RouteAlias(value = "concert/:concertId(\\d+)", layout = MainLayout.class)
public class BookingView extends Div implements BeforeEnterObserver, HasDynamicTitle {
  private static final Logger LOG = Logger.getLogger(BookingView.class.getName());

  @Inject private Catalog catalog;
  @Inject private BookingService bookingService;
  @Inject private AvailabilityBroadcaster broadcaster;

  /** Booking runs off the request thread so that the progress shows while it runs. */
  @Resource private ManagedExecutorService executor;

  private final H1 title = new H1();
  private final Paragraph details = new Paragraph();
  private final FlexLayout tiers = new FlexLayout();
  private final Span total = new Span();
  private final Button book = new Button("Book");
  private final ProgressBar progress = new ProgressBar();
  private final Div outcome = new Div();

  private final Map<String, TierCard> cards = new LinkedHashMap<>();
  private Concert concert;
  private Locale locale = Locale.US;
  private String userRef;
  private boolean busy;
  private Registration liveCounts;

  public BookingView() {
    details.setId("concert-details");
    title.setId("concert-name");
    title.getStyle().set("margin", "0").set("font-size", "var(--lumo-font-size-xxl)");
    details.getStyle().set("margin", "var(--lumo-space-xs) 0 var(--lumo-space-m)");

    tiers.setId("tiers");
    tiers.setFlexWrap(FlexLayout.FlexWrap.WRAP);
    tiers.getStyle().set("gap", "var(--lumo-space-m)");

    total.setId("order-total");
    total.getStyle().set("font-size", "var(--lumo-font-size-l)").set("font-weight", "600");

    book.setId("book");
    book.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_LARGE);
    // Disabled in the browser at the click itself, before the server hears of it: no double submit.
    book.setDisableOnClick(true);
    book.addClickListener(click -> bookChosen());

    progress.setId("booking-progress");
    progress.setIndeterminate(true);
    progress.setVisible(false);
    progress.getElement().setAttribute("aria-label", "Booking in progress");

    FlexLayout checkout = new FlexLayout(total, book);
    checkout.setFlexWrap(FlexLayout.FlexWrap.WRAP);
    checkout.setAlignItems(FlexComponent.Alignment.CENTER);
    checkout.setJustifyContentMode(FlexComponent.JustifyContentMode.BETWEEN);
    checkout
        .getStyle()
        .set("gap", "var(--lumo-space-m)")
        .set("margin-top", "var(--lumo-space-l)")
        .set("padding-top", "var(--lumo-space-m)")
        .set("border-top", "1px solid var(--lumo-contrast-10pct)");

    outcome.setId("outcome");
    // Screen readers announce the result of a booking without the visitor hunting for it.
    outcome.getElement().setAttribute("aria-live", "polite");

    add(title, details, tiers, checkout, progress, outcome);
  }

  @Override
  public void beforeEnter(BeforeEnterEvent event) {
    VaadinRequest request = VaadinRequest.getCurrent();
    if (request != null && request.getLocale() != null) {
      locale = request.getLocale();
    }
    Long concertId = event.getRouteParameters().getLong("concertId").orElse(null);
    try {
      concert = catalog.concert(concertId);
      show(catalog.availability(concert));
    } catch (UnknownConcertException unknown) {
      concert = null;
      showUnavailable(
          concertId == null
              ? "No concert is on sale right now. Please come back later."
              : "There is no concert at this address. It may have been taken off sale.");
    } catch (RuntimeException e) {
      LOG.log(Level.WARNING, "Cannot show the booking screen", e);
      concert = null;
      showUnavailable(
          "The ticket office cannot be reached right now. Please reload the page in a moment.");
    }
    if (isAttached()) {
      watchCounts(UI.getCurrent());
    }
  }

  @Override
  public String getPageTitle() {
    return concert == null ? "Concert tickets" : "Tickets for " + concert.getName();
  }

  @Override
  protected void onAttach(AttachEvent attach) {
    UI ui = attach.getUI();
    watchCounts(ui);
    BrowserBookings.browserId(ui, id -> userRef = id);
  }

  @Override
  protected void onDetach(DetachEvent detach) {
    stopWatching();
  }

  private void watchCounts(UI ui) {
    stopWatching();
    if (concert != null) {
      liveCounts = broadcaster.register(concert.getId(), ui, this::showCounts);
    }
  }

  private void stopWatching() {
    if (liveCounts != null) {
      liveCounts.remove();
      liveCounts = null;
    }
  }

  private void show(List<TierAvailability> availability) {
    title.setText(concert.getName());
    details.setText(concert.getVenue() + " · " + Formats.startsAt(concert.getStartsAt(), locale));
    tiers.removeAll();
    cards.clear();
    for (TierAvailability tier : availability) {
      TierCard card = new TierCard(tier, bookingService.maxPerTier(), locale, this::updateTotal);
      cards.put(tier.tier().getCode(), card);
      tiers.add(card);
    }
    if (cards.isEmpty()) {
      tiers.add(new Paragraph("No tickets are on sale for this concert yet."));
    }
    book.setVisible(true);
    updateTotal();
  }

  private void showUnavailable(String message) {
    title.setText("Concert tickets");
    details.setText(message);
    tiers.removeAll();
    cards.clear();
    book.setVisible(false);
    total.setText("");
    RouterLink home = new RouterLink("See the concert on sale", BookingView.class);
    tiers.add(home);
  }

  /** New counts, pushed after someone (anyone) booked, or read again after a refusal. */
  private void showCounts(Map<String, Integer> counts) {
    counts.forEach(
        (code, available) -> {
          TierCard card = cards.get(code);
          if (card != null) {
            card.setAvailable(available);
          }
        });
    updateTotal();
  }

  private void reloadCounts() {
    Map<String, Integer> counts = new LinkedHashMap<>();
    for (TierAvailability tier : catalog.availability(concert)) {
      counts.put(tier.tier().getCode(), tier.available());
    }
    showCounts(counts);
  }

  private void updateTotal() {
    long sum = 0;
    int tickets = 0;
    boolean valid = true;
    String currency = null;
    for (TierCard card : cards.values()) {
      tickets += card.quantity();
      sum += card.quantity() * card.priceMinor();
      currency = currency == null ? card.currency() : currency;
      valid &= card.isValid();
    }
    total.setText(
        tickets == 0
            ? "Choose how many tickets you want"
            : "Total: "
                + tickets
                + (tickets == 1 ? " ticket, " : " tickets, ")
                + Formats.money(sum, currency, locale));
    book.setEnabled(!busy && valid && tickets > 0);
  }

  private void bookChosen() {
    List<BookingRequest.Line> lines = new ArrayList<>();
    for (TierCard card : cards.values()) {
      if (!card.isValid()) {
        updateTotal();
        return;
      }
      if (card.quantity() > 0) {
        lines.add(new BookingRequest.Line(card.code(), card.quantity()));
      }
    }
    if (lines.isEmpty() || concert == null) {
      updateTotal();
      return;
    }
    BookingRequest request = new BookingRequest(concert.getId(), lines, userRef);
    setBusy(true);
    UI ui = UI.getCurrent();
    try {
      executor.execute(() -> bookInBackground(ui, request));
    } catch (RejectedExecutionException overloaded) {
      setBusy(false);
      showProblem(
          "The ticket office is very busy right now. Nothing was booked; please try again.");
    }
  }

  /** Runs on a managed thread: the booking transaction, then the answer back into the UI. */
  private void bookInBackground(UI ui, BookingRequest request) {
    Command answer;
    try {
      Booking booking = bookingService.book(request);
      answer = () -> showBooked(booking);
      rememberEvenIfGone(ui, booking);
    } catch (NotEnoughTicketsException shortOf) {
      answer = () -> showNotEnough(shortOf);
    } catch (InvalidQuantityException invalid) {
      answer = () -> showInvalidQuantity(invalid);
    } catch (UnknownTierException | UnknownConcertException gone) {
      answer =
          () ->
              showRefused(
                  "Some of these tickets are no longer on sale. Nothing was booked; the list"
                      + " below is up to date.");
    } catch (InvalidBookingException invalid) {
      answer = () -> showRefused("Choose at least one ticket. Nothing was booked.");
    } catch (RuntimeException e) {
      LOG.log(Level.WARNING, "Booking " + request + " failed", e);
      answer =
          () ->
              showRefused(
                  "Sorry, something went wrong on our side and nothing was booked. Please try"
                      + " again in a moment.");
    }
    try {
      ui.access(answer);
    } catch (UIDetachedException leftTheScreen) {
      // The visitor navigated away or closed the tab while booking: nobody to tell.
    }
  }

  /**
   * The booking stands even if the visitor left the screen while it ran, so the session must
   * remember it for My bookings whether or not the answer can still be shown.
   */
  private static void rememberEvenIfGone(UI ui, Booking booking) {
    VaadinSession session = ui.getSession();
    if (session != null) {
      session.access(() -> BrowserBookings.rememberInSession(session, booking.getId()));
    }
  }

  private void setBusy(boolean busy) {
    this.busy = busy;
    progress.setVisible(busy);
    book.setText(busy ? "Booking…" : "Book");
    // The quantity fields stay enabled: the request already holds the choice, and a number field
    // disabled and enabled again in one round trip keeps its step buttons greyed out (seen in
    // Vaadin 24.10).
    if (busy) {
      outcome.removeAll();
      book.setEnabled(false);
    } else {
      updateTotal();
    }
  }

  private void showBooked(Booking booking) {
    BrowserBookings.remember(UI.getCurrent(), booking.getId());
    cards.values().forEach(TierCard::clear);
    setBusy(false);
    refreshQuietly();

    Div confirmation = new Div();
    confirmation.setId("confirmation");
    styleBox(confirmation, "var(--lumo-success-color-10pct)", "var(--lumo-success-color-50pct)");
    H2 heading = new H2("Booked! Your tickets are confirmed.");
    heading.getStyle().set("margin-top", "0").set("font-size", "var(--lumo-font-size-xl)");
    heading.getElement().setAttribute("tabindex", "-1");
    Span reference = new Span(booking.getId().toString());
    reference.setId("booking-reference");
    reference.getStyle().set("font-family", "monospace").set("word-break", "break-all");
    Paragraph referenceLine = new Paragraph(new Span("Booking reference: "), reference);
    UnorderedList items = new UnorderedList();
    items.setId("booked-items");
    for (BookingItem item : booking.getItems()) {
      items.add(
          new ListItem(
              Formats.bookedItem(item, booking.getCurrency(), locale)
                  + " = "
                  + Formats.money(item.lineTotalMinor(), booking.getCurrency(), locale)));
    }
    Paragraph paid =
        new Paragraph(
            "Total: " + Formats.money(booking.getTotalMinor(), booking.getCurrency(), locale));
    paid.setId("booked-total");
    paid.getStyle().set("font-weight", "600");
    RouterLink mine = new RouterLink("See all my bookings", MyBookingsView.class);
    confirmation.add(heading, referenceLine, items, paid, mine);
    outcome.removeAll();
    outcome.add(confirmation);
    // Keyboard and screen-reader users land on the result of what they just did.
    heading.getElement().callJsFunction("focus");
    confirmation.scrollIntoView();
  }

  private void showNotEnough(NotEnoughTicketsException shortOf) {
    TierCard card = cards.get(shortOf.tier());
    String name = card == null ? shortOf.tier() : card.displayName();
    setBusy(false);
    refreshQuietly();
    String left =
        shortOf.available() == 0
            ? name + " is sold out."
            : "only " + shortOf.available() + " " + name + " tickets are left now.";
    showProblem(
        "Not enough "
            + name
            + " tickets: you asked for "
            + shortOf.requested()
            + ", "
            + (shortOf.available() == 0 ? "but " : "")
            + left
            + " Nothing was booked. We kept your other choices; please check them and book"
            + " again.");
  }

  private void showInvalidQuantity(InvalidQuantityException invalid) {
    setBusy(false);
    TierCard card = cards.get(invalid.tier());
    if (card != null) {
      card.showError("At most " + invalid.maxPerTier() + " per order");
    }
    updateTotal();
    showProblem(
        "You can book at most " + invalid.maxPerTier() + " tickets of each tier in one order.");
  }

  private void showRefused(String message) {
    setBusy(false);
    refreshQuietly();
    showProblem(message);
  }

  /** Reads the counts again after a booking; a failure here must not hide the booking's result. */
  private void refreshQuietly() {
    try {
      reloadCounts();
    } catch (RuntimeException e) {
      LOG.log(Level.FINE, "Counts not refreshed; the next push brings them", e);
    }
  }

  private void showProblem(String message) {
    Div problem = new Div();
    problem.setId("booking-problem");
    problem.getElement().setAttribute("role", "alert");
    styleBox(problem, "var(--lumo-error-color-10pct)", "var(--lumo-error-color-50pct)");
    problem.getStyle().set("color", "var(--lumo-error-text-color)");
    problem.setText(message);
    outcome.removeAll();
    outcome.add(problem);
    problem.scrollIntoView();
  }

  private static void styleBox(Div box, String background, String border) {
    box.getStyle()
        .set("margin-top", "var(--lumo-space-m)")
        .set("padding", "var(--lumo-space-m)")
        .set("border-radius", "var(--lumo-border-radius-l)")
        .set("background", background)
        .set("border", "1px solid " + border);
  }

  /** One tier: name, price, what is left, and how many the visitor wants. */
  private static final class TierCard extends Div {
    private final String code;
    private final String displayName;
    private final long priceMinor;
    private final String currency;
    private final int maxPerTier;
    private final Span left = new Span();
    private final IntegerField quantity = new IntegerField("Tickets");
    private int available;

    TierCard(TierAvailability tier, int maxPerTier, Locale locale, Runnable onChange) {
      this.code = tier.tier().getCode();
      this.displayName = tier.tier().getDisplayName();
      this.priceMinor = tier.tier().getPriceMinor();
      this.currency = tier.tier().getCurrency();
      this.maxPerTier = maxPerTier;
      setId("tier-" + code);
      getElement().setAttribute("role", "group");
      getElement().setAttribute("aria-label", displayName);
      getStyle()
          .set("flex", "1 1 15rem")
          .set("min-width", "0")
          .set("box-sizing", "border-box")
          .set("padding", "var(--lumo-space-m)")
          .set("border", "1px solid var(--lumo-contrast-20pct)")
          .set("border-radius", "var(--lumo-border-radius-l)")
          .set("background", "var(--lumo-base-color)");

      H2 name = new H2(displayName);
      name.addClassName("tier-name");
      name.getStyle().set("margin", "0").set("font-size", "var(--lumo-font-size-l)");
      Span price = new Span(Formats.money(priceMinor, currency, locale));
      price.addClassName("tier-price");
      price.getStyle().set("font-size", "var(--lumo-font-size-xl)").set("font-weight", "600");
      left.setId("left-" + code);
      left.getStyle()
          .set("display", "inline-block")
          .set("margin-left", "var(--lumo-space-s)")
          .set("padding", "0 var(--lumo-space-s)")
          .set("border-radius", "var(--lumo-border-radius-m)")
          .set("font-size", "var(--lumo-font-size-s)");
      Div priceLine = new Div(price, left);
      priceLine.getStyle().set("margin", "var(--lumo-space-xs) 0");

      quantity.setId("quantity-" + code);
      quantity.setAriaLabel(displayName + " tickets");
      quantity.setMin(0);
      quantity.setStepButtonsVisible(true);
      quantity.setValue(0);
      quantity.setWidthFull();
      quantity.setValueChangeMode(ValueChangeMode.EAGER);
      // The field's own checks only mark it red; ours also say why, next to it.
      quantity.setManualValidation(true);
      quantity.addValueChangeListener(
          change -> {
            validate();
            onChange.run();
          });

      add(name, priceLine, quantity);
      setAvailable(tier.available());
    }

    /** What is left changed: show it, and lower the choice if it no longer fits. */
    void setAvailable(int available) {
      this.available = available;
      boolean soldOut = available == 0;
      left.setText(soldOut ? "Sold out" : available + " left");
      left.getStyle()
          .set("color", soldOut ? "var(--lumo-error-text-color)" : "var(--lumo-success-text-color)")
          .set(
              "background",
              soldOut ? "var(--lumo-error-color-10pct)" : "var(--lumo-success-color-10pct)");
      getStyle().set("opacity", soldOut ? "0.7" : "1");
      quantity.setMax(limit());
      quantity.setHelperText(
          soldOut ? null : "Up to " + limit() + (limit() == maxPerTier ? " per order" : ""));
      int chosen = quantity();
      if (chosen > limit()) {
        quantity.setValue(limit());
        showError(
            soldOut
                ? "Sold out while you were choosing"
                : "Only " + available + " left now; changed to " + limit());
      }
      quantity.setEnabled(!soldOut);
    }

    private int limit() {
      return Math.min(available, maxPerTier);
    }

    private void validate() {
      Integer value = quantity.getValue();
      String error = null;
      if (value != null && value < 0) {
        error = "Choose 0 or more";
      } else if (value != null && value > limit()) {
        error =
            available <= maxPerTier
                ? (available == 0 ? "Sold out" : "Only " + available + " left")
                : "At most " + maxPerTier + " per order";
      }
      quantity.setInvalid(error != null);
      quantity.setErrorMessage(error);
    }

    void showError(String message) {
      quantity.setInvalid(true);
      quantity.setErrorMessage(message);
    }

    boolean isValid() {
      Integer value = quantity.getValue();
      return value == null || (value >= 0 && value <= limit());
    }

    int quantity() {
      Integer value = quantity.getValue();
      return value == null || value < 0 ? 0 : value;
    }

    void clear() {
      quantity.setValue(0);
    }

    String code() {
      return code;
    }

    String displayName() {
      return displayName;
    }

    long priceMinor() {
      return priceMinor;
    }

    String currency() {
      return currency;
    }
  }
}
