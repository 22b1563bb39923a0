package dev.ticketing.checkin;

import jakarta.ejb.ApplicationException;

/** A scan's nonce was used before for another code: the gate must make a new one per scan. */
@ApplicationException(rollback = true)
public class NonceReusedException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  public NonceReusedException(String nonce) {
    super("The nonce " + nonce + " was used for another code: use a new nonce for each scan");
  }
}
