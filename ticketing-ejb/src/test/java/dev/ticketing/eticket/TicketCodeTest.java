package dev.ticketing.eticket;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;
import org.junit.jupiter.api.Test;

class TicketCodeTest {
  private static final byte[] SIGNATURE = new byte[64];

  @Test
  void aCodeParsesBackToWhatItSaysWithItsPayloadAndSignature() {
    TicketCode ticket = new TicketCode(3, 300_000, 1L << 40, UUID.randomUUID());
    SIGNATURE[0] = 7;

    TicketCode.Signed parsed = TicketCode.parse(ticket.withSignature(SIGNATURE)).orElseThrow();

    assertThat(parsed.ticket()).isEqualTo(ticket);
    assertThat(parsed.payload()).isEqualTo(ticket.payload());
    assertThat(parsed.signature()).isEqualTo(SIGNATURE);
    assertThat(ticket.withSignature(SIGNATURE)).startsWith("T1.").hasSizeLessThan(130);
  }

  @Test
  void anythingElseIsNotATicketCode() {
    String code = new TicketCode(1, 2, 3, UUID.randomUUID()).withSignature(SIGNATURE);

    assertThat(TicketCode.parse(null)).isEmpty();
    assertThat(TicketCode.parse("")).isEmpty();
    assertThat(TicketCode.parse("hello")).isEmpty();
    assertThat(TicketCode.parse("T1.!!!")).isEmpty();
    assertThat(TicketCode.parse(code.substring(0, code.length() - 10))).isEmpty();
    assertThat(TicketCode.parse(code + "AAAA")).isEmpty();
    assertThat(TicketCode.parse("T2." + code.substring(3))).isEmpty();
    assertThat(TicketCode.parse("T1." + "A".repeat(190))).isEmpty();
    assertThat(TicketCode.parse(" " + code + "\n")).isPresent();
  }
}
