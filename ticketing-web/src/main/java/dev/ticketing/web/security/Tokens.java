package dev.ticketing.web.security;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.ConfigProvider;
import org.jose4j.jwa.AlgorithmConstraints;
import org.jose4j.jws.AlgorithmIdentifiers;
import org.jose4j.jws.JsonWebSignature;
import org.jose4j.jwt.JwtClaims;
import org.jose4j.jwt.MalformedClaimException;
import org.jose4j.jwt.NumericDate;
import org.jose4j.jwt.consumer.InvalidJwtException;
import org.jose4j.jwt.consumer.JwtConsumer;
import org.jose4j.jwt.consumer.JwtConsumerBuilder;
import org.jose4j.lang.JoseException;
import org.jose4j.lang.UnresolvableKeyException;

/**
 * The API's bearer tokens: MicroProfile JWT (RS256, claims {@code iss}, {@code sub}, {@code upn},
 * {@code groups}, {@code iat}, {@code exp}, {@code jti}), signed with the current key of the {@link
 * SigningKeyRing} (the same on every instance, rotated, each token naming its key as {@code kid}),
 * valid for {@code ticketing.auth.token-minutes}. Other services verify them with the keys
 * published at {@code GET /api/auth/jwks}.
 */
@ApplicationScoped
public class Tokens {
  /** The issuer every token names, and the only one accepted. */
  public static final String ISSUER = "ticketing";

  @Inject private SigningKeyRing keys;

  private long minutes;

  /** A token and when it stops being accepted. */
  public record Issued(String token, Instant expiresAt) {}

  /** Who a valid token names. */
  public record Verified(String email, Set<String> groups) {}

  @PostConstruct
  void configure() {
    Config config = ConfigProvider.getConfig(Tokens.class.getClassLoader());
    minutes = config.getValue("ticketing.auth.token-minutes", Long.class);
  }

  /** A token for the account, with its groups (roles). */
  public Issued issue(String email, Set<String> groups) {
    Instant now = Instant.now().truncatedTo(ChronoUnit.SECONDS);
    Instant expiresAt = now.plus(minutes, ChronoUnit.MINUTES);
    JwtClaims claims = new JwtClaims();
    claims.setIssuer(ISSUER);
    claims.setSubject(email);
    claims.setClaim("upn", email);
    claims.setStringListClaim("groups", List.copyOf(groups));
    claims.setIssuedAt(NumericDate.fromSeconds(now.getEpochSecond()));
    claims.setExpirationTime(NumericDate.fromSeconds(expiresAt.getEpochSecond()));
    claims.setGeneratedJwtId();
    SigningKeyRing.Signer key = keys.signing();
    JsonWebSignature jws = new JsonWebSignature();
    jws.setPayload(claims.toJson());
    jws.setKey(key.privateKey());
    jws.setKeyIdHeaderValue(key.id());
    jws.setHeader("typ", "JWT");
    jws.setAlgorithmHeaderValue(AlgorithmIdentifiers.RSA_USING_SHA256);
    try {
      return new Issued(jws.getCompactSerialization(), expiresAt);
    } catch (JoseException e) {
      throw new IllegalStateException("could not sign a token", e);
    }
  }

  /**
   * Who the token names, if it is one of ours: signed (RS256 only) with the key its {@code kid}
   * names, while that key verifies, by our issuer, not expired (30 s of clock skew allowed).
   */
  public Optional<Verified> verify(String token) {
    JwtConsumer consumer =
        new JwtConsumerBuilder()
            .setRequireExpirationTime()
            .setRequireIssuedAt()
            .setAllowedClockSkewInSeconds((int) SigningKeyRing.CLOCK_SKEW.toSeconds())
            .setExpectedIssuer(ISSUER)
            .setRequireSubject()
            .setVerificationKeyResolver(
                (jws, nesting) ->
                    keys.publicKey(jws.getKeyIdHeaderValue())
                        .orElseThrow(
                            () ->
                                new UnresolvableKeyException(
                                    "no key " + jws.getKeyIdHeaderValue())))
            .setJwsAlgorithmConstraints(
                AlgorithmConstraints.ConstraintType.PERMIT, AlgorithmIdentifiers.RSA_USING_SHA256)
            .build();
    try {
      JwtClaims claims = consumer.processToClaims(token);
      String email = claims.getClaimValueAsString("upn");
      List<String> groups =
          claims.hasClaim("groups") ? claims.getStringListClaimValue("groups") : List.of();
      return email == null
          ? Optional.empty()
          : Optional.of(new Verified(email, Set.copyOf(groups)));
    } catch (InvalidJwtException | MalformedClaimException e) {
      return Optional.empty();
    }
  }
}
