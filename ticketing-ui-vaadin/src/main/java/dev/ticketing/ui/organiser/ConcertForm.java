package dev.ticketing.ui.organiser;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.datetimepicker.DateTimePicker;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import dev.ticketing.admin.ConcertDetails;
import dev.ticketing.admin.ConcertDraft;
import dev.ticketing.admin.OrganiserRefusedException;
import dev.ticketing.catalog.PurchaseLimits;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * What a concert is and when it is sold: name, venue, start, description, the sale window, and what
 * one buyer may book (a limit per account, an account needed to book). Every time is entered and
 * shown in UTC, and says so. Checks what the database would refuse (lengths, a sale that closes
 * before it opens) next to the field, before anything is sent.
 */
final class ConcertForm extends FormLayout {
  /** The longest name or venue the database keeps. */
  static final int MAX_TEXT = 200;

  private static final int MAX_DESCRIPTION = 2000;

  private final TextField name = new TextField("Name");
  private final TextField venue = new TextField("Venue");
  private final DateTimePicker startsAt = new DateTimePicker("Starts at (UTC)");
  private final DateTimePicker salesOpenAt = new DateTimePicker("Sale opens at (UTC)");
  private final DateTimePicker salesCloseAt = new DateTimePicker("Sale closes at (UTC)");
  private final TextArea description = new TextArea("Description");
  private final IntegerField maxPerAccount = new IntegerField("Most tickets per account");
  private final Checkbox accountRequired = new Checkbox("An account is needed to book");

  /**
   * @param idPrefix makes the fields' ids unique on the page ("new-concert", "concert")
   */
  ConcertForm(String idPrefix) {
    addClassName("concert-form");
    name.setId(idPrefix + "-name");
    name.setRequired(true);
    name.setMaxLength(MAX_TEXT);
    venue.setId(idPrefix + "-venue");
    venue.setRequired(true);
    venue.setMaxLength(MAX_TEXT);
    startsAt.setId(idPrefix + "-starts-at");
    startsAt.setRequiredIndicatorVisible(true);
    startsAt.setStep(Duration.ofMinutes(1));
    salesOpenAt.setId(idPrefix + "-sales-open-at");
    salesOpenAt.setHelperText("Empty: the sale opens when the concert is published");
    salesOpenAt.setStep(Duration.ofSeconds(1));
    salesCloseAt.setId(idPrefix + "-sales-close-at");
    salesCloseAt.setHelperText("Empty: on sale until sold out");
    salesCloseAt.setStep(Duration.ofSeconds(1));
    description.setId(idPrefix + "-description");
    description.setMaxLength(MAX_DESCRIPTION);
    for (DateTimePicker picker : List.of(startsAt, salesOpenAt, salesCloseAt)) {
      // One way of writing times for every organiser, whatever their browser's language:
      // 2027-06-19 and 20:00:00, as the UTC in the label suggests.
      picker.setLocale(Locale.UK);
      picker.setDatePickerI18n(new DatePicker.DatePickerI18n().setDateFormat("yyyy-MM-dd"));
    }
    maxPerAccount.setId(idPrefix + "-max-per-account");
    maxPerAccount.setMin(1);
    maxPerAccount.setMax(PurchaseLimits.HIGHEST_LIMIT);
    maxPerAccount.setHelperText("Held and bought together, over every tier. Empty: no limit");
    accountRequired.setId(idPrefix + "-account-required");
    add(name, venue, startsAt, salesOpenAt, salesCloseAt, maxPerAccount, accountRequired);
    add(description);
    setColspan(description, 2);
    setResponsiveSteps(new ResponsiveStep("0", 1), new ResponsiveStep("36em", 2));
  }

  /** Fills the form with the concert as it stands. */
  void show(ConcertDetails concert) {
    name.setValue(concert.name());
    venue.setValue(concert.venue());
    startsAt.setValue(local(concert.startsAt()));
    salesOpenAt.setValue(local(concert.salesOpenAt()));
    salesCloseAt.setValue(local(concert.salesCloseAt()));
    description.setValue(concert.description() == null ? "" : concert.description());
    maxPerAccount.setValue(concert.limits().maxTicketsPerAccount());
    accountRequired.setValue(concert.limits().accountRequired());
  }

  /** The concert as entered, or empty (with the reasons next to the fields) if it cannot be. */
  Optional<ConcertDraft> draft() {
    clearErrors();
    boolean valid = true;
    valid &= text(name, "a name");
    valid &= text(venue, "a venue");
    if (startsAt.isEmpty()) {
      valid = refuse(startsAt, "Enter the date and time the concert starts");
    }
    if (!salesOpenAt.isEmpty()
        && !salesCloseAt.isEmpty()
        && !salesCloseAt.getValue().isAfter(salesOpenAt.getValue())) {
      valid = refuse(salesCloseAt, "The sale must close after it opens");
    }
    Integer max = maxPerAccount.getValue();
    if (max != null && (max < 1 || max > PurchaseLimits.HIGHEST_LIMIT)) {
      valid =
          refuse(
              maxPerAccount,
              "Enter a number from 1 to " + PurchaseLimits.HIGHEST_LIMIT + ", or leave it empty");
    }
    if (!valid) {
      return Optional.empty();
    }
    String about = description.getValue().strip();
    return Optional.of(
        new ConcertDraft(
            name.getValue().strip(),
            venue.getValue().strip(),
            utc(startsAt.getValue()),
            about.isEmpty() ? null : about,
            utc(salesOpenAt.getValue()),
            utc(salesCloseAt.getValue()),
            new PurchaseLimits(max, accountRequired.getValue())));
  }

  /** Shows the server's refusal next to the field it is about, if it names one. */
  boolean showRefusal(OrganiserRefusedException refused) {
    HasValidation field =
        switch (String.valueOf(refused.field())) {
          case "salesCloseAt" -> salesCloseAt;
          case "salesOpenAt" -> salesOpenAt;
          case "name" -> name;
          case "venue" -> venue;
          case "startsAt" -> startsAt;
          case "maxTicketsPerAccount" -> maxPerAccount;
          default -> null;
        };
    return field != null && !refuse(field, refused.getMessage());
  }

  private boolean text(TextField field, String what) {
    String value = field.getValue().strip();
    if (value.isEmpty()) {
      return refuse(field, "Enter " + what);
    }
    if (value.length() > MAX_TEXT) {
      return refuse(field, "At most " + MAX_TEXT + " characters");
    }
    return true;
  }

  private static boolean refuse(HasValidation field, String words) {
    field.setErrorMessage(words);
    field.setInvalid(true);
    return false;
  }

  private void clearErrors() {
    for (HasValidation field :
        List.<HasValidation>of(name, venue, startsAt, salesOpenAt, salesCloseAt, maxPerAccount)) {
      field.setInvalid(false);
    }
  }

  private static LocalDateTime local(OffsetDateTime time) {
    return time == null ? null : time.withOffsetSameInstant(ZoneOffset.UTC).toLocalDateTime();
  }

  private static OffsetDateTime utc(LocalDateTime time) {
    return time == null ? null : time.atOffset(ZoneOffset.UTC);
  }
}
