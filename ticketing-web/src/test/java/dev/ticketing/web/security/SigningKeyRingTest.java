package dev.ticketing.web.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.security.KeyFactory;
import java.security.interfaces.RSAPublicKey;
import org.junit.jupiter.api.Test;

class SigningKeyRingTest {
  @Test
  void aKeyIdIsItsRfc7638ThumbprintAndItsNumbersAreUnpaddedBase64url() throws Exception {
    // RFC 7638, section 3.1: the example key and its thumbprint.
    String n =
        "0vx7agoebGcQSuuPiLJXZptN9nndrQmbXEps2aiAFbWhM78LhWx4cbbfAAtVT86zwu1RK7aPFFxuhDR1L6tSoc_BJECP"
            + "ebWKRXjBZCiFV4n3oknjhMstn64tZ_2W-5JsGY4Hc5n9yBXArwl93lqt7_RN5w6Cf0h4QyQ5v-65YGjQR0_FDW2Q"
            + "vzqY368QQMicAtaSqzs8KJZgnYb9c7d0zgdAZHzu6qMQvRL5hajrn1n91CbOpbISD08qNLyrdkt-bFTWhAI4vMQFh6"
            + "WeZu0fM4lFd2NcRwr3XPksINHaQ-G_xBniIqbw0Ls1jF44-csFCur-kEgU8awapJzKnqDKgw";
    RSAPublicKey key =
        (RSAPublicKey)
            KeyFactory.getInstance("RSA")
                .generatePublic(
                    new java.security.spec.RSAPublicKeySpec(
                        new java.math.BigInteger(1, java.util.Base64.getUrlDecoder().decode(n)),
                        java.math.BigInteger.valueOf(65537)));

    assertThat(SigningKeyRing.thumbprint(key))
        .isEqualTo("NzbLsXh8uDCcd-6MNwXF4W_7noWXFZAfHkxZsRGC9Xs");
    assertThat(SigningKeyRing.unsigned(key.getModulus())).isEqualTo(n);
    assertThat(SigningKeyRing.unsigned(key.getPublicExponent())).isEqualTo("AQAB");
  }
}
