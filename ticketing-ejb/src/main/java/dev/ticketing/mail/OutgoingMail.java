package dev.ticketing.mail;

/** The words of a mail of the outbox, one type per {@link MailKind}. */
public sealed interface OutgoingMail permits ConfirmationMail, WaitlistOfferMail {
  MailKind kind();

  String subject();

  /** The plain-text body. */
  String body();
}
