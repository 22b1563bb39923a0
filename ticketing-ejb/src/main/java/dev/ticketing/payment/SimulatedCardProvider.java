package dev.ticketing.payment;

import dev.ticketing.database.ApplicationDataSource;
import dev.ticketing.payment.PaymentDeclinedException.DeclineCode;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.UUID;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * A card processor in test mode: the outcome of a payment is decided by the card number ({@link
 * TestCard}), never at random, so that tests and people trying the system can reproduce every case.
 * Its books (authorisations, captures, releases, refunds, as a provider's dashboard would show
 * them) are kept in table {@code simulated_card_ledger}, not in memory: shared by every instance
 * and kept across restarts, as a real provider's are. A capture, release or refund asked for again
 * is done once, as at a real provider.
 */
@ApplicationScoped
public class SimulatedCardProvider implements PaymentProvider {
  static final Duration SLOW_ANSWER = Duration.ofSeconds(3);
  private static final Logger LOG = Logger.getLogger(SimulatedCardProvider.class.getName());

  @Resource(lookup = ApplicationDataSource.JNDI_NAME)
  private DataSource dataSource;

  private long timeoutMillis;

  /** What became of an authorisation. */
  public enum State {
    AUTHORISED,
    CAPTURED,
    RELEASED,
    REFUNDED
  }

  @PostConstruct
  void configure() {
    timeoutMillis =
        ConfigProvider.getConfig(SimulatedCardProvider.class.getClassLoader())
            .getValue("ticketing.payment.timeout-millis", Long.class);
  }

  @Override
  public String name() {
    return "simulated";
  }

  @Override
  public Authorisation authorise(
      String cardNumber, long amountMinor, String currency, UUID reference) {
    String digits = CardNumbers.digits(cardNumber);
    TestCard card =
        TestCard.of(digits)
            .orElseThrow(
                () ->
                    new PaymentDeclinedException(
                        DeclineCode.NOT_A_TEST_CARD,
                        "This is a test system: pay with one of the test cards, such as "
                            + TestCard.APPROVED.number()));
    switch (card) {
      case DECLINED ->
          throw new PaymentDeclinedException(
              DeclineCode.CARD_DECLINED, "The card was declined by its bank");
      case INSUFFICIENT_FUNDS ->
          throw new PaymentDeclinedException(
              DeclineCode.INSUFFICIENT_FUNDS, "The card has insufficient funds");
      case NO_ANSWER -> {
        pause(Duration.ofMillis(timeoutMillis));
        throw new PaymentTimeoutException(
            "The payment provider did not answer within "
                + timeoutMillis
                + " ms; nothing was charged");
      }
      case SLOW ->
          pause(
              SLOW_ANSWER.compareTo(Duration.ofMillis(timeoutMillis)) < 0
                  ? SLOW_ANSWER
                  : Duration.ofMillis(timeoutMillis / 2));
      case APPROVED, CAPTURE_UNANSWERED, REFUND_UNANSWERED -> {
        // approved at once
      }
    }
    String id = "auth_" + UUID.randomUUID().toString().replace("-", "");
    update(
        "INSERT INTO simulated_card_ledger (authorisation_id, reference, card, amount_minor,"
            + " currency, state) VALUES (?, ?, ?, ?, ?, 'AUTHORISED')",
        id,
        reference,
        card.name(),
        amountMinor,
        currency);
    LOG.fine(() -> "Authorised " + amountMinor + " " + currency + " for " + reference + ": " + id);
    return new Authorisation(
        id, name(), amountMinor, currency, digits.substring(digits.length() - 4));
  }

  @Override
  public void capture(Authorisation authorisation) {
    String card =
        text(
            "UPDATE simulated_card_ledger SET capture_calls = capture_calls + 1"
                + " WHERE authorisation_id = ? AND capture_calls = 0 RETURNING card",
            authorisation.id());
    if (TestCard.CAPTURE_UNANSWERED.name().equals(card)) {
      pause(Duration.ofMillis(timeoutMillis));
      throw new PaymentTimeoutException(
          "The payment provider did not answer the capture within " + timeoutMillis + " ms");
    }
    update(
        "UPDATE simulated_card_ledger SET state = 'CAPTURED', captures = captures + 1"
            + " WHERE authorisation_id = ? AND state = 'AUTHORISED'",
        authorisation.id());
  }

  @Override
  public void release(Authorisation authorisation) {
    update(
        "UPDATE simulated_card_ledger SET state = 'RELEASED', releases = releases + 1"
            + " WHERE authorisation_id = ? AND state = 'AUTHORISED'",
        authorisation.id());
  }

  @Override
  public String refund(String authorisationId, long amountMinor, String currency) {
    String asked =
        text(
            "UPDATE simulated_card_ledger SET refund_calls = refund_calls + 1"
                + " WHERE authorisation_id = ? RETURNING card || ' ' || refund_calls",
            authorisationId);
    if (asked != null
        && asked.startsWith(TestCard.REFUND_UNANSWERED.name() + " ")
        && Integer.parseInt(asked.substring(asked.indexOf(' ') + 1)) <= 2) {
      throw new PaymentTimeoutException(
          "The payment provider did not answer the refund of " + authorisationId);
    }
    // Money not captured yet is given back by releasing it.
    update(
        "UPDATE simulated_card_ledger SET state = CASE state WHEN 'CAPTURED' THEN 'REFUNDED' ELSE"
            + " 'RELEASED' END, refunds = refunds + 1"
            + " WHERE authorisation_id = ? AND state IN ('CAPTURED', 'AUTHORISED')",
        authorisationId);
    LOG.fine(() -> "Refunded " + amountMinor + " " + currency + " of " + authorisationId);
    return "re_" + authorisationId.substring(authorisationId.indexOf('_') + 1);
  }

  /**
   * What became of an authorisation, as the provider's dashboard would show it; null if unknown.
   */
  public State state(String authorisationId) {
    String state =
        text("SELECT state FROM simulated_card_ledger WHERE authorisation_id = ?", authorisationId);
    return state == null ? null : State.valueOf(state);
  }

  private void update(String sql, Object... parameters) {
    try (Connection c = dataSource.getConnection();
        PreparedStatement s = prepared(c, sql, parameters)) {
      s.executeUpdate();
    } catch (SQLException e) {
      throw new PaymentTimeoutException("The payment provider could not be reached: " + e);
    }
  }

  private String text(String sql, Object... parameters) {
    try (Connection c = dataSource.getConnection();
        PreparedStatement s = prepared(c, sql, parameters);
        ResultSet rows = s.executeQuery()) {
      return rows.next() ? rows.getString(1) : null;
    } catch (SQLException e) {
      throw new PaymentTimeoutException("The payment provider could not be reached: " + e);
    }
  }

  private static PreparedStatement prepared(Connection c, String sql, Object... parameters)
      throws SQLException {
    PreparedStatement s = c.prepareStatement(sql);
    for (int i = 0; i < parameters.length; i++) {
      s.setObject(i + 1, parameters[i]);
    }
    return s;
  }

  private static void pause(Duration duration) {
    try {
      Thread.sleep(duration.toMillis());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new PaymentTimeoutException("The payment was interrupted; nothing was charged");
    }
  }
}
