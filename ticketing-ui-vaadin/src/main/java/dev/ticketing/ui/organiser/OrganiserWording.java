package dev.ticketing.ui.organiser;

/** What the organiser screens say when something went wrong on our side. */
final class OrganiserWording {
  static final String UNREACHABLE =
      "The ticket office cannot be reached right now. Please reload the page in a moment.";
  static final String FAILED =
      "Sorry, something went wrong on our side and nothing may have changed. Please reload the"
          + " page and check.";

  private OrganiserWording() {}
}
