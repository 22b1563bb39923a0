package dev.ticketing.web.auth;

import dev.ticketing.web.security.SigningKeyRing;
import jakarta.json.bind.annotation.JsonbPropertyOrder;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The public keys that verify the API's tokens: a JSON Web Key Set (RFC 7517). */
@Schema(
    name = "JwkSetView",
    description =
        "The keys that verify the API's bearer tokens now (RFC 7517); a token names its key in its"
            + " `kid` header")
public record JwkSetView(@Schema(description = "Newest first") List<Jwk> keys) {

  /** One RSA public key (RFC 7517, 7518). */
  @JsonbPropertyOrder({"kty", "kid", "use", "alg", "n", "e"})
  @Schema(name = "Jwk", description = "An RSA public key that verifies RS256 signatures")
  public record Jwk(
      @Schema(description = "Always `RSA`", example = "RSA") String kty,
      @Schema(
              description = "The key's id: its JWK thumbprint (RFC 7638, SHA-256)",
              example = "NzbLsXh8uDCcd-6MNwXF4W_7noWXFZAfHkxZsRGC9Xs")
          String kid,
      @Schema(description = "Always `sig`", example = "sig") String use,
      @Schema(description = "Always `RS256`", example = "RS256") String alg,
      @Schema(description = "The modulus, base64url without padding") String n,
      @Schema(description = "The public exponent, base64url without padding", example = "AQAB")
          String e) {}

  static JwkSetView of(List<SigningKeyRing.Published> keys) {
    return new JwkSetView(
        keys.stream().map(k -> new Jwk("RSA", k.id(), "sig", "RS256", k.n(), k.e())).toList());
  }
}
