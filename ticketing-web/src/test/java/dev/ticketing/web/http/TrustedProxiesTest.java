package dev.ticketing.web.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class TrustedProxiesTest {
  private final TrustedProxies haproxy = TrustedProxies.parse("10.0.0.5/32, 192.168.0.0/16, ::1");

  @Test
  void withNoTrustedProxyTheClientIsThePeerWhateverItWrites() {
    TrustedProxies none = TrustedProxies.parse("");
    assertThat(none.client("10.0.0.5", List.of("203.0.113.7"))).isEqualTo("10.0.0.5");
  }

  @Test
  void aPeerThatIsNoTrustedProxyIsTheClientEvenIfItSendsForwardedFor() {
    assertThat(haproxy.client("198.51.100.1", List.of("203.0.113.7"))).isEqualTo("198.51.100.1");
  }

  @Test
  void behindATrustedProxyTheClientIsTheRightMostAddressThatIsNoTrustedProxy() {
    assertThat(haproxy.client("10.0.0.5", List.of("203.0.113.7"))).isEqualTo("203.0.113.7");
    // The left-most entries are whatever the client wrote.
    assertThat(haproxy.client("10.0.0.5", List.of("1.2.3.4, 203.0.113.7")))
        .isEqualTo("203.0.113.7");
    assertThat(haproxy.client("10.0.0.5", List.of("1.2.3.4", "203.0.113.7, 192.168.4.4")))
        .isEqualTo("203.0.113.7");
  }

  @Test
  void withoutAnUntrustedEntryTheFarthestTrustedHopIsTheClient() {
    assertThat(haproxy.client("10.0.0.5", List.of())).isEqualTo("10.0.0.5");
    assertThat(haproxy.client("10.0.0.5", List.of("192.168.1.1"))).isEqualTo("192.168.1.1");
    assertThat(haproxy.client("10.0.0.5", List.of("not-an-address, 192.168.1.1")))
        .isEqualTo("192.168.1.1");
  }

  @Test
  void ipv6AndPortsAreUnderstoodAndHostNamesAreNeverLookedUp() {
    assertThat(haproxy.client("0:0:0:0:0:0:0:1", List.of("[2001:db8::1]:4711")))
        .isEqualTo("2001:db8:0:0:0:0:0:1");
    assertThat(haproxy.client("10.0.0.5", List.of("203.0.113.7:51234"))).isEqualTo("203.0.113.7");
    assertThat(haproxy.client("10.0.0.5", List.of("localhost"))).isEqualTo("10.0.0.5");
  }

  @Test
  void aMalformedSettingIsRefusedAtStart() {
    assertThatThrownBy(() -> TrustedProxies.parse("10.0.0.0/33"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("10.0.0.0/33");
    assertThatThrownBy(() -> TrustedProxies.parse("haproxy"))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
