package dev.ticketing.web.checkin;

import dev.ticketing.checkin.CheckInReader;
import jakarta.json.bind.annotation.JsonbPropertyOrder;
import java.time.OffsetDateTime;
import java.util.Base64;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** What a gate keeps to check tickets in while offline. */
@JsonbPropertyOrder({"concertId", "publicKey", "revoked", "admitted", "cursor"})
@Schema(
    name = "GateSyncView",
    description =
        "The concert's public key, and the tickets revoked and let in since the cursor: a gate"
            + " verifies codes with the key while offline")
public record GateSyncView(
    @Schema(description = "The concert", example = "1", required = true) long concertId,
    @Schema(required = true) PublicKeyView publicKey,
    @Schema(
            description = "Ids of the tickets revoked since the cursor (a ticket may come twice)",
            required = true)
        List<Long> revoked,
    @Schema(description = "Tickets let in since the cursor (one may come twice)", required = true)
        List<AdmittedView> admitted,
    @Schema(
            description = "Send as `since` next time to get only what changed after this",
            example = "48211",
            required = true)
        String cursor) {

  /** The concert's Ed25519 public key. */
  @JsonbPropertyOrder({"keyId", "algorithm", "spki"})
  @Schema(name = "TicketPublicKey")
  public record PublicKeyView(
      @Schema(description = "The key's id", example = "concert-1-5b0c", required = true)
          String keyId,
      @Schema(description = "Always Ed25519", example = "Ed25519", required = true)
          String algorithm,
      @Schema(
              description =
                  "The public key, X.509 SubjectPublicKeyInfo (DER), base64: WebCrypto's `spki`"
                      + " import. It verifies the last 64 bytes of a code (after `T1.`,"
                      + " base64url) as the signature of the bytes before them",
              example = "MCowBQYDK2VwAyEAGb9ECWmEzf6FQbrBZ9w7lshQhqowtrbLDFw4rXAxZuE=",
              required = true)
          String spki) {}

  /** A ticket let in. */
  @JsonbPropertyOrder({"ticketId", "admittedAt", "gate"})
  @Schema(name = "AdmittedTicket")
  public record AdmittedView(
      @Schema(example = "7", required = true) long ticketId,
      @Schema(example = "2027-06-01T19:02:11.5Z", required = true) OffsetDateTime admittedAt,
      @Schema(example = "3", required = true) String gate) {}

  static GateSyncView of(CheckInReader.GateSync sync) {
    return new GateSyncView(
        sync.concertId(),
        new PublicKeyView(
            sync.publicKey().keyId(),
            sync.publicKey().algorithm(),
            Base64.getEncoder().encodeToString(sync.publicKey().x509())),
        sync.revoked(),
        sync.admitted().stream()
            .map(a -> new AdmittedView(a.ticketId(), a.admittedAt(), a.gate()))
            .toList(),
        Long.toString(sync.cursor()));
  }
}
