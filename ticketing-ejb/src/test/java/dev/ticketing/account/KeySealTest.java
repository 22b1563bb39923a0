package dev.ticketing.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.security.KeyFactory;
import java.security.KeyPairGenerator;
import java.security.spec.PKCS8EncodedKeySpec;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

class KeySealTest {
  private static final String SECRET = "a-long-random-deployment-secret";

  @Test
  void aSealedKeyOpensWithItsSecretAndIdAndIsNoLongerAPrivateKey() throws Exception {
    byte[] pkcs8 = KeyPairGenerator.getInstance("RSA").generateKeyPair().getPrivate().getEncoded();

    byte[] sealed = KeySeal.seal(pkcs8, SECRET, "kid-1");

    assertThat(KeySeal.open(sealed, SECRET, "kid-1")).isEqualTo(pkcs8);
    assertThatThrownBy(
            () -> KeyFactory.getInstance("RSA").generatePrivate(new PKCS8EncodedKeySpec(sealed)))
        .isInstanceOf(java.security.spec.InvalidKeySpecException.class);
    // A random salt and nonce each time: the same key never seals to the same bytes.
    assertThat(KeySeal.seal(pkcs8, SECRET, "kid-1")).isNotEqualTo(sealed);
  }

  @Test
  void anotherSecretAnotherKeyIdOrAnAlteredByteDoesNotOpen() {
    byte[] sealed = KeySeal.seal(new byte[] {1, 2, 3}, SECRET, "kid-1");
    byte[] altered = Arrays.copyOf(sealed, sealed.length);
    altered[altered.length - 1] ^= 1;

    assertThatThrownBy(() -> KeySeal.open(sealed, "another-long-secret-entirely", "kid-1"))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("ticketing.auth.key-encryption-secret");
    assertThatThrownBy(() -> KeySeal.open(sealed, SECRET, "kid-2"))
        .isInstanceOf(IllegalStateException.class);
    assertThatThrownBy(() -> KeySeal.open(altered, SECRET, "kid-1"))
        .isInstanceOf(IllegalStateException.class);
  }
}
