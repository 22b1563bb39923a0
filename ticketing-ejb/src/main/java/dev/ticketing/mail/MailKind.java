package dev.ticketing.mail;

/** What a mail of the outbox says ({@code mail_outbox.kind}, V14). */
public enum MailKind {
  /** A paid booking's tickets, written by the database as the booking is confirmed. */
  CONFIRMATION,
  /** A waiting list's offer: tickets held for the next in line, to pay before they run out. */
  WAITLIST_OFFER
}
