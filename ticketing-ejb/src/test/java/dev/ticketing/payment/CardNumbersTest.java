package dev.ticketing.payment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class CardNumbersTest {

  @Test
  void everyTestCardIsAWellFormedCardNumber() {
    for (TestCard card : TestCard.values()) {
      assertThat(CardNumbers.digits(card.number())).isEqualTo(card.number());
      assertThat(TestCard.of(card.number())).contains(card);
    }
  }

  @Test
  void spacesAndDashesAreIgnored() {
    assertThat(CardNumbers.digits("4242 4242 4242 4242")).isEqualTo("4242424242424242");
    assertThat(CardNumbers.digits("4242-4242-4242-4242")).isEqualTo("4242424242424242");
  }

  @Test
  void aWrongCheckDigitOrLengthIsRefused() {
    assertThatThrownBy(() -> CardNumbers.digits("4242424242424241"))
        .isInstanceOf(InvalidCardException.class)
        .hasMessageContaining("check digit");
    assertThatThrownBy(() -> CardNumbers.digits("4242"))
        .isInstanceOf(InvalidCardException.class)
        .hasMessageContaining("12 to 19 digits");
    assertThatThrownBy(() -> CardNumbers.digits("4242abcd42424242"))
        .isInstanceOf(InvalidCardException.class);
    assertThatThrownBy(() -> CardNumbers.digits(null)).isInstanceOf(InvalidCardException.class);
  }
}
