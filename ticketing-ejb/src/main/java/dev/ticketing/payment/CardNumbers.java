package dev.ticketing.payment;

/** Checks of a card number's form that any provider would make before sending it anywhere. */
public final class CardNumbers {
  private CardNumbers() {}

  /**
   * The digits of a card number written with or without spaces or dashes.
   *
   * @throws InvalidCardException unless it has 12 to 19 digits and a valid check digit (Luhn)
   */
  public static String digits(String cardNumber) {
    if (cardNumber == null) {
      throw new InvalidCardException("A card number is needed");
    }
    String digits = cardNumber.replace(" ", "").replace("-", "");
    if (!digits.matches("[0-9]{12,19}")) {
      throw new InvalidCardException("A card number has 12 to 19 digits");
    }
    if (!luhnValid(digits)) {
      throw new InvalidCardException("This card number has a typo: its check digit is wrong");
    }
    return digits;
  }

  private static boolean luhnValid(String digits) {
    int sum = 0;
    for (int i = 0; i < digits.length(); i++) {
      int digit = digits.charAt(digits.length() - 1 - i) - '0';
      if (i % 2 == 1) {
        digit *= 2;
        if (digit > 9) {
          digit -= 9;
        }
      }
      sum += digit;
    }
    return sum % 10 == 0;
  }
}
