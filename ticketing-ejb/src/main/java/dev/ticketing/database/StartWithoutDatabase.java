package dev.ticketing.database;

import org.eclipse.persistence.internal.databaseaccess.DatabaseAccessor;
import org.eclipse.persistence.internal.databaseaccess.DatasourcePlatform;
import org.eclipse.persistence.sessions.DatabaseLogin;
import org.eclipse.persistence.sessions.Login;
import org.eclipse.persistence.sessions.Session;
import org.eclipse.persistence.sessions.SessionCustomizer;
import org.eclipse.persistence.sessions.server.ConnectionPool;
import org.eclipse.persistence.sessions.server.ExternalConnectionPool;
import org.eclipse.persistence.sessions.server.ServerSession;

/**
 * Lets the application deploy while the database is down. Payara deploys the persistence unit
 * eagerly and EclipseLink then opens one connection to check it, so an unreachable database would
 * fail the whole deployment with a wall of stack traces, and the server would never recover. With
 * this customizer that first check may fail: EclipseLink connects on first use instead, {@link
 * SchemaMigration} logs one line and retries, and readiness stays DOWN until the database answers.
 *
 * <p>Registered in persistence.xml as {@code eclipselink.session.customizer}.
 */
public class StartWithoutDatabase implements SessionCustomizer {

  @Override
  public void customize(Session session) {
    if (session.getDatasourceLogin() instanceof DatabaseLogin login) {
      // EclipseLink would retry a failed read three times, 5 s apart, while the request waits:
      // a database that is down would hold every request 10-15 s. The booking path retries once
      // by itself (BookingService), quickly; what still fails is answered 503 at once.
      login.setQueryRetryAttemptCount(0);
      login.setDelayBetweenConnectionAttempts(0);
    }
    if (!(session instanceof ServerSession server)
        || !server.getDatasourceLogin().shouldUseExternalConnectionPooling()) {
      return;
    }
    ConnectionPool write = server.getDefaultConnectionPool();
    if (write != null) {
      server
          .getConnectionPools()
          .put(write.getName(), new TolerantPool(write.getName(), write.getLogin(), server));
    }
    ConnectionPool read = server.getReadConnectionPool();
    if (read instanceof ExternalConnectionPool) {
      server.setReadConnectionPool(new TolerantPool(read.getName(), read.getLogin(), server));
    }
  }

  /** A pool of the container's data source whose start does not require the database. */
  static final class TolerantPool extends ExternalConnectionPool {
    TolerantPool(String name, Login login, ServerSession owner) {
      super(name, login, owner);
    }

    /**
     * Starts without opening a connection: the accessor connects through the container's pool on
     * first use. EclipseLink's own start would open one only to check that it can.
     */
    @Override
    public synchronized void startUp() {
      if (isConnected()) {
        return;
      }
      LazyAccessor accessor = new LazyAccessor(getLogin());
      accessor.setPool(this);
      setCachedConnection(accessor);
      setIsConnected(true);
    }
  }

  /** An accessor that knows its login but has not connected yet. */
  static final class LazyAccessor extends DatabaseAccessor {
    LazyAccessor(Login login) {
      setLogin(login);
      setDatasourcePlatform((DatasourcePlatform) login.getDatasourcePlatform());
    }
  }
}
