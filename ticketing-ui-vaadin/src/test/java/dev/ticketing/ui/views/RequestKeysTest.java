package dev.ticketing.ui.views;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ticketing.booking.idempotency.IdempotentRequest;
import org.junit.jupiter.api.Test;

/** When a click sends a fresh idempotency key and when it sends the last one again. */
class RequestKeysTest {
  private final RequestKeys keys = new RequestKeys("ui:visit-1");

  @Test
  void everyClickAfterAnAnswerSendsAFreshKeyInTheVisitorsScope() {
    IdempotentRequest first = keys.keyFor("hold GA 2");
    keys.settled();
    IdempotentRequest second = keys.keyFor("hold GA 2");

    assertThat(second.key()).isNotEqualTo(first.key());
    assertThat(second.fingerprint()).isEqualTo(first.fingerprint());
    assertThat(first.scope()).isEqualTo("ui:visit-1");
    assertThat(IdempotentRequest.isWellFormed(first.key())).isTrue();
  }

  @Test
  void theSameRequestSentAgainBeforeItsOutcomeIsKnownKeepsItsKey() {
    IdempotentRequest first = keys.keyFor("pay b1 with a card ending 4242");
    IdempotentRequest retried = keys.keyFor("pay b1 with a card ending 4242");

    assertThat(retried).isEqualTo(first);
  }

  @Test
  void aDifferentRequestGetsAFreshKeyAndTheOldOneIsForgotten() {
    IdempotentRequest first = keys.keyFor("hold GA 2");
    IdempotentRequest other = keys.keyFor("hold GA 3");
    IdempotentRequest firstAgain = keys.keyFor("hold GA 2");

    assertThat(other.key()).isNotEqualTo(first.key());
    assertThat(other.fingerprint()).isNotEqualTo(first.fingerprint());
    assertThat(firstAgain.key()).isNotIn(first.key(), other.key());
  }
}
