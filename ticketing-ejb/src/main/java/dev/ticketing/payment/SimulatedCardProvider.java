package dev.ticketing.payment;

import dev.ticketing.payment.PaymentDeclinedException.DeclineCode;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * A card processor in test mode, in memory: the outcome of a payment is decided by the card number
 * ({@link TestCard}), never at random, so that tests and people trying the system can reproduce
 * every case. Authorisations, captures, releases and refunds are kept (in this JVM) the way a
 * provider's dashboard would show them, and logged.
 */
@ApplicationScoped
public class SimulatedCardProvider implements PaymentProvider {
  static final Duration SLOW_ANSWER = Duration.ofSeconds(3);
  private static final Logger LOG = Logger.getLogger(SimulatedCardProvider.class.getName());

  private long timeoutMillis;

  /** Every authorisation this provider gave, by id, with what became of it. */
  private final Map<String, State> authorisations = new ConcurrentHashMap<>();

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
      case APPROVED -> {
        // approved at once
      }
    }
    String id = "auth_" + UUID.randomUUID().toString().replace("-", "");
    authorisations.put(id, State.AUTHORISED);
    LOG.fine(() -> "Authorised " + amountMinor + " " + currency + " for " + reference + ": " + id);
    return new Authorisation(
        id, name(), amountMinor, currency, digits.substring(digits.length() - 4));
  }

  @Override
  public void capture(Authorisation authorisation) {
    authorisations.replace(authorisation.id(), State.AUTHORISED, State.CAPTURED);
  }

  @Override
  public void release(Authorisation authorisation) {
    authorisations.replace(authorisation.id(), State.AUTHORISED, State.RELEASED);
  }

  @Override
  public String refund(String authorisationId, long amountMinor, String currency) {
    authorisations.put(authorisationId, State.REFUNDED);
    String id = "re_" + UUID.randomUUID().toString().replace("-", "");
    LOG.fine(() -> "Refunded " + amountMinor + " " + currency + " of " + authorisationId);
    return id;
  }

  /**
   * What became of an authorisation, as the provider's dashboard would show it; null if unknown.
   */
  public State state(String authorisationId) {
    return authorisations.get(authorisationId);
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
