package dev.ticketing.ui.account;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class BrowserLoginTest {
  @Test
  void aLoginSendsTheBrowserBackOnlyToAPageOfThisApplication() {
    assertThat(BrowserLogin.isReturnAddress("organiser")).isTrue();
    assertThat(BrowserLogin.isReturnAddress("organiser/concerts/12")).isTrue();
    assertThat(BrowserLogin.isReturnAddress("https://evil.example")).isFalse();
    assertThat(BrowserLogin.isReturnAddress("//evil.example")).isFalse();
    assertThat(BrowserLogin.isReturnAddress("a//evil.example")).isFalse();
    assertThat(BrowserLogin.isReturnAddress("javascript:alert(1)")).isFalse();
    assertThat(BrowserLogin.isReturnAddress(null)).isFalse();
  }

  @Test
  void aThrottledLoginSaysHowManyMinutesToWaitRoundedUp() {
    assertThat(LoginView.tooManyAttempts(Duration.ofSeconds(30)))
        .isEqualTo("Too many failed attempts: please try again in 1 minute.");
    assertThat(LoginView.tooManyAttempts(Duration.ofSeconds(61)))
        .isEqualTo("Too many failed attempts: please try again in 2 minutes.");
  }
}
