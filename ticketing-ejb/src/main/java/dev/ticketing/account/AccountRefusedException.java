package dev.ticketing.account;

import jakarta.ejb.ApplicationException;

/** An account that cannot be created as asked; nothing was changed. */
@ApplicationException(rollback = true)
public class AccountRefusedException extends RuntimeException {
  public enum Reason {
    INVALID_EMAIL,
    WEAK_PASSWORD,
    EMAIL_TAKEN
  }

  private final Reason reason;

  public AccountRefusedException(Reason reason, String message) {
    super(message);
    this.reason = reason;
  }

  public Reason reason() {
    return reason;
  }

  /** The request's field the refusal is about. */
  public String field() {
    return reason == Reason.WEAK_PASSWORD ? "password" : "email";
  }
}
