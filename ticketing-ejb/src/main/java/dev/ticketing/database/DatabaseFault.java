package dev.ticketing.database;

import java.sql.SQLException;
import java.util.Optional;

/**
 * A failure of the database, or of the way to it, that is not the request's fault and may pass:
 * found in an exception's causes by its SQLState (PostgreSQL's error codes) or, for the connection
 * pool's own refusals, which carry none, by its message.
 */
public enum DatabaseFault {
  /**
   * The connection failed or could not be made ({@code 08*}): the database is restarting, gone, or
   * the network dropped.
   */
  CONNECTION(true),
  /** The database is shutting down or restarting ({@code 57P01}-{@code 57P03}). */
  SHUTDOWN(true),
  /** The transaction lost a serialization conflict or a deadlock ({@code 40001}, {@code 40P01}). */
  CONFLICT(true),
  /** A lock could not be had in time ({@code 55P03}). */
  LOCK_TIMEOUT(true),
  /** Every pooled connection is in use and none came free within the pool's wait: overload. */
  POOL_EXHAUSTED(false);

  private final boolean worthRetrying;

  DatabaseFault(boolean worthRetrying) {
    this.worthRetrying = worthRetrying;
  }

  /**
   * Whether running the same transaction again at once may succeed. An exhausted pool is overload:
   * a retry would only add to it.
   */
  public boolean worthRetrying() {
    return worthRetrying;
  }

  /** The fault somewhere in {@code e}'s causes, if it is one. */
  public static Optional<DatabaseFault> of(Throwable e) {
    for (Throwable cause = e; cause != null; cause = cause.getCause()) {
      if (cause instanceof SQLException sql) {
        for (SQLException next = sql; next != null; next = next.getNextException()) {
          Optional<DatabaseFault> fault = classify(next);
          if (fault.isPresent()) {
            return fault;
          }
        }
      } else if (poolExhausted(cause.getMessage())) {
        return Optional.of(POOL_EXHAUSTED);
      } else if (commitFailed(cause)) {
        return Optional.of(CONNECTION);
      }
      if (cause.getCause() == cause) {
        break;
      }
    }
    return Optional.empty();
  }

  /**
   * Whether the failure happened before anything reached the database: no connection could be had
   * (refused, unreachable, the pool could not make or lend one). Then the request's transaction
   * certainly did not commit.
   */
  public static boolean nothingWasSent(Throwable e) {
    for (Throwable cause = e;
        cause != null && cause.getCause() != cause;
        cause = cause.getCause()) {
      String name = cause.getClass().getName();
      if (name.endsWith("ResourceAllocationException") || name.endsWith("PoolingException")) {
        return true;
      }
      if (cause instanceof SQLException sql) {
        String state = sql.getSQLState();
        if ("08001".equals(state) || "08004".equals(state)) {
          return true;
        }
        if (state == null && allocationFailed(sql)) {
          return true;
        }
      }
    }
    return false;
  }

  /** The SQLState of a failure in {@code e}'s causes, or null. */
  public static String sqlState(Throwable e) {
    for (Throwable cause = e;
        cause != null && cause.getCause() != cause;
        cause = cause.getCause()) {
      if (cause instanceof SQLException sql && sql.getSQLState() != null) {
        return sql.getSQLState();
      }
    }
    return null;
  }

  private static Optional<DatabaseFault> classify(SQLException e) {
    String state = e.getSQLState();
    if (state == null) {
      if (poolExhausted(e.getMessage())) {
        return Optional.of(POOL_EXHAUSTED);
      }
      // The pool could not make a connection, or lent one that turned out dead when the
      // transaction began on it ("Got exception during XAResource.start").
      return allocationFailed(e) ? Optional.of(CONNECTION) : Optional.empty();
    }
    if (state.startsWith("08")) {
      return Optional.of(CONNECTION);
    }
    return switch (state) {
      case "57P01", "57P02", "57P03" -> Optional.of(SHUTDOWN);
      case "40001", "40P01" -> Optional.of(CONFLICT);
      case "55P03" -> Optional.of(LOCK_TIMEOUT);
      default -> Optional.empty();
    };
  }

  private static boolean allocationFailed(SQLException e) {
    return e.getMessage() != null && e.getMessage().startsWith("Error in allocating a connection");
  }

  /**
   * The transaction manager could not complete the commit on the connection (it broke while the
   * commit was sent): the outcome is not known. It says so with these types, without a SQLState.
   */
  private static boolean commitFailed(Throwable e) {
    String name = e.getClass().getName();
    return name.equals("javax.transaction.xa.XAException")
        || name.equals("jakarta.resource.spi.LocalTransactionException")
        || name.equals("jakarta.transaction.SystemException")
        || name.equals("jakarta.transaction.HeuristicMixedException");
  }

  /** The container's pool says so in words only ("... expired max-wait-time ..."). */
  private static boolean poolExhausted(String message) {
    return message != null
        && (message.contains("max-wait-time") || message.contains("max-pool-size"));
  }
}
