package dev.ticketing.stock;

/** How a claim treats ticket rows that another booking has locked and not yet committed. */
public enum ClaimMode {
  /** Pass over them: never waits. A booking's first attempt. */
  SKIP_LOCKED(" SKIP LOCKED"),
  /** Wait until their booking commits or rolls back, then see the outcome. The second attempt. */
  WAIT("");

  final String lockSuffix;

  ClaimMode(String lockSuffix) {
    this.lockSuffix = lockSuffix;
  }
}
