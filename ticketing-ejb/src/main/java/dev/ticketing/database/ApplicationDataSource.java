package dev.ticketing.database;

import jakarta.annotation.sql.DataSourceDefinition;
import jakarta.ejb.Singleton;

/**
 * The application's own data source, {@value #JNDI_NAME}, pooled by the container: PostgreSQL at
 * {@code ticketing.db.url} as {@code ticketing.db.user} (MicroProfile Config, so the {@code
 * TICKETING_DB_*} environment variables set it). Nothing has to be configured in the server.
 *
 * <p>A bean only so that every Jakarta EE server processes the definition; it has no methods.
 */
@DataSourceDefinition(
    name = ApplicationDataSource.JNDI_NAME,
    className = "org.postgresql.ds.PGSimpleDataSource",
    url = "${MPCONFIG=ticketing.db.url}",
    user = "${MPCONFIG=ticketing.db.user}",
    password = "${MPCONFIG=ticketing.db.password}",
    // Enough connections for the booking rush on 2 cores; more only lengthens the lock queue.
    minPoolSize = 4,
    maxPoolSize = 32,
    properties = {
      // Connections broken by a database restart are detected and replaced, not handed out.
      "fish.payara.is-connection-validation-required=true",
      "fish.payara.connection-validation-method=custom-validation",
      "fish.payara.validation-classname=org.glassfish.api.jdbc.validation.PostgresConnectionValidation",
      "fish.payara.fail-all-connections=true",
      // ... but not on every checkout: a validation is a round trip ("SELECT 1") before each use.
      "fish.payara.validate-atmost-once-period-in-seconds=5",
      // A request waits at most this long for a free connection, then fails (503) instead of
      // hanging while its client gives up.
      "fish.payara.max-wait-time-in-millis=${MPCONFIG=ticketing.db.pool-max-wait-millis}",
      "connectTimeout=5",
      // No statement waits on the database longer than this (a lock, a stall): with the one retry,
      // a request's database time stays below its idempotency key's lease (IdempotencyKeys).
      "socketTimeout=${MPCONFIG=ticketing.db.socket-timeout-seconds}",
      "ApplicationName=ticketing"
    })
@Singleton
public class ApplicationDataSource {
  public static final String JNDI_NAME = "java:global/jdbc/ticketing";
}
