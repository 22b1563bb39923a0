package dev.ticketing.waitingroom;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import org.junit.jupiter.api.Test;

class RoomTokensTest {
  private final RoomTokens tokens = new RoomTokens("a deployment secret of some length");

  @Test
  void aTicketReadsBackAsIssued() {
    RoomTokens.Ticket ticket = new RoomTokens.Ticket(7, 123, 45);
    assertThat(tokens.readTicket(tokens.ticket(ticket))).contains(ticket);
  }

  @Test
  void anAdmissionReadsBackAsIssued() {
    RoomTokens.Admission admission =
        new RoomTokens.Admission(7, 123, Instant.ofEpochSecond(2_000_000_000L));
    assertThat(tokens.readAdmission(tokens.admission(admission))).contains(admission);
  }

  @Test
  void anAlteredTokenIsNotOneOfOurs() {
    String ticket = tokens.ticket(new RoomTokens.Ticket(7, 123, 45));
    assertThat(tokens.readTicket(ticket.replace("q1.7.123.45", "q1.7.123.1"))).isEmpty();
    assertThat(tokens.readTicket(ticket.replace("q1.7.", "q1.8."))).isEmpty();
    assertThat(tokens.readTicket(ticket + "x")).isEmpty();
    assertThat(tokens.readTicket("q1.7.123.45.AAAAAAAAAAAAAAAAAAAAAA")).isEmpty();
    assertThat(tokens.readTicket(null)).isEmpty();
    assertThat(tokens.readTicket("")).isEmpty();
    assertThat(tokens.readTicket("....")).isEmpty();
  }

  @Test
  void aTicketIsNoAdmissionAndAnotherSecretsTokensAreNotOurs() {
    String ticket = tokens.ticket(new RoomTokens.Ticket(7, 123, 45));
    assertThat(tokens.readAdmission(ticket)).isEmpty();
    RoomTokens other = new RoomTokens("another deployment's secret");
    assertThat(other.readTicket(ticket)).isEmpty();
  }

  @Test
  void withoutASecretNothingIsSigned() {
    assertThatThrownBy(() -> new RoomTokens(" ")).isInstanceOf(IllegalStateException.class);
  }
}
