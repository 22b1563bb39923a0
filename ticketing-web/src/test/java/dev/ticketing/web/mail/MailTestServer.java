package dev.ticketing.web.mail;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import dev.ticketing.web.fault.ApplicationProcess;
import dev.ticketing.web.support.Api;
import dev.ticketing.web.support.TestDatabase;
import jakarta.mail.internet.MimeMessage;
import java.net.ServerSocket;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * A real SMTP server (GreenMail, in this JVM) and an application server of its own that sends to
 * it, on a database of its own: started once for every mail test class of the run
 * ({@code @ExtendWith(MailTestServer.class)}), stopped when the run ends. Each test uses addresses
 * of its own, so the classes do not see each other's mails.
 */
public final class MailTestServer implements BeforeAllCallback {
  /** The address of My bookings the server puts in its mails. */
  public static final String MY_BOOKINGS = "https://tickets.example/my-bookings";

  public static final String FROM = "box-office@concerts.example";

  private static final String DATABASE = System.getProperty("ticketing.it.db.name") + "_mail";

  private static Running running;

  private record Running(GreenMail smtp, ApplicationProcess server, Api api)
      implements ExtensionContext.Store.CloseableResource {
    @Override
    public void close() throws Throwable {
      try {
        server.close();
      } finally {
        smtp.stop();
      }
    }
  }

  @Override
  public void beforeAll(ExtensionContext context) throws Exception {
    synchronized (MailTestServer.class) {
      if (running == null) {
        running = start();
        // The root store closes it when the whole run ends, after the last class that used it.
        context.getRoot().getStore(ExtensionContext.Namespace.GLOBAL).put(DATABASE, running);
      }
    }
  }

  private static Running start() throws Exception {
    try (Connection admin =
            DriverManager.getConnection(
                TestDatabase.url("postgres"), TestDatabase.user(), TestDatabase.password());
        Statement statement = admin.createStatement()) {
      statement.execute("DROP DATABASE IF EXISTS " + DATABASE + " WITH (FORCE)");
      statement.execute("CREATE DATABASE " + DATABASE);
    }
    int port;
    try (ServerSocket free = new ServerSocket(0)) {
      port = free.getLocalPort();
    }
    GreenMail smtp = new GreenMail(new ServerSetup(port, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
    smtp.start();
    ApplicationProcess server =
        new ApplicationProcess(
            Map.of(
                "TICKETING_DB_URL",
                TestDatabase.url(DATABASE),
                "TICKETING_MAIL_SMTP_HOST",
                "127.0.0.1",
                "TICKETING_MAIL_SMTP_PORT",
                Integer.toString(port),
                "TICKETING_MAIL_FROM",
                FROM,
                "TICKETING_MAIL_MY_BOOKINGS_URL",
                MY_BOOKINGS,
                "TICKETING_MAIL_SEND_INTERVAL_MILLIS",
                "300"),
            "mail");
    try {
      server.start();
      server.await("/health/ready", 200, Duration.ofMinutes(2));
    } catch (Exception | AssertionError failed) {
      server.close();
      smtp.stop();
      throw failed;
    }
    return new Running(smtp, server, new Api(server.uri("/").toURL()));
  }

  /** A client of the mailing server. */
  public static Api api() {
    return running.api();
  }

  /** The mails delivered so far to {@code address}. */
  public static List<MimeMessage> mailsTo(String address) {
    return Arrays.stream(running.smtp().getReceivedMessages())
        .filter(
            m -> {
              try {
                return m.getAllRecipients()[0].toString().equals(address);
              } catch (Exception e) {
                throw new IllegalStateException(e);
              }
            })
        .toList();
  }

  /** The mails to {@code address}, once there are {@code count} (or after 30 s). */
  public static List<MimeMessage> awaitMailsTo(String address, int count)
      throws InterruptedException {
    long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
    while (mailsTo(address).size() < count && System.nanoTime() < deadline) {
      Thread.sleep(100);
    }
    return mailsTo(address);
  }

  /** The first column of the first row of {@code sql}, on the mailing server's database. */
  public static int queryInt(String sql) throws Exception {
    try (Connection c =
            DriverManager.getConnection(
                TestDatabase.url(DATABASE), TestDatabase.user(), TestDatabase.password());
        Statement s = c.createStatement();
        var rs = s.executeQuery(sql)) {
      rs.next();
      return rs.getInt(1);
    }
  }
}
