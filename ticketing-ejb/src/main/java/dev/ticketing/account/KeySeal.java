package dev.ticketing.account;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import javax.crypto.Cipher;
import javax.crypto.SecretKeyFactory;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.PBEKeySpec;
import javax.crypto.spec.SecretKeySpec;

/**
 * Seals a signing key's private half before it is stored, and opens it again: AES-256-GCM under a
 * key derived with PBKDF2-HMAC-SHA256 from the deployment's secret ({@code
 * ticketing.auth.key-encryption-secret}) and a random salt of its own. The key's id is
 * authenticated with it, so a sealed key moved to another row does not open. Layout: version (1),
 * salt (16), nonce (12), ciphertext with its 16-byte tag.
 */
public final class KeySeal {
  private static final byte VERSION = 1;
  private static final int SALT_BYTES = 16;
  private static final int NONCE_BYTES = 12;
  private static final int TAG_BITS = 128;
  // The secret is meant to be long and random; the iterations only slow down a guessable one.
  private static final int ITERATIONS = 100_000;
  private static final SecureRandom RANDOM = new SecureRandom();

  private KeySeal() {}

  /** {@code plain} sealed under {@code secret}, bound to {@code keyId}. */
  public static byte[] seal(byte[] plain, String secret, String keyId) {
    byte[] salt = random(SALT_BYTES);
    byte[] nonce = random(NONCE_BYTES);
    byte[] sealed = cipher(Cipher.ENCRYPT_MODE, secret, keyId, salt, nonce, plain);
    return ByteBuffer.allocate(1 + SALT_BYTES + NONCE_BYTES + sealed.length)
        .put(VERSION)
        .put(salt)
        .put(nonce)
        .put(sealed)
        .array();
  }

  /**
   * What {@link #seal} sealed.
   *
   * @throws IllegalStateException if it was sealed under another secret, for another key id, or
   *     altered since
   */
  public static byte[] open(byte[] sealed, String secret, String keyId) {
    ByteBuffer in = ByteBuffer.wrap(sealed);
    if (sealed.length < 1 + SALT_BYTES + NONCE_BYTES + TAG_BITS / 8 || in.get() != VERSION) {
      throw new IllegalStateException("signing key " + keyId + " is not sealed in a known way");
    }
    byte[] salt = new byte[SALT_BYTES];
    byte[] nonce = new byte[NONCE_BYTES];
    in.get(salt).get(nonce);
    byte[] body = new byte[in.remaining()];
    in.get(body);
    return cipher(Cipher.DECRYPT_MODE, secret, keyId, salt, nonce, body);
  }

  private static byte[] cipher(
      int mode, String secret, String keyId, byte[] salt, byte[] nonce, byte[] input) {
    try {
      byte[] key =
          SecretKeyFactory.getInstance("PBKDF2WithHmacSHA256")
              .generateSecret(new PBEKeySpec(secret.toCharArray(), salt, ITERATIONS, 256))
              .getEncoded();
      Cipher aes = Cipher.getInstance("AES/GCM/NoPadding");
      aes.init(mode, new SecretKeySpec(key, "AES"), new GCMParameterSpec(TAG_BITS, nonce));
      aes.updateAAD(keyId.getBytes(StandardCharsets.UTF_8));
      return aes.doFinal(input);
    } catch (javax.crypto.AEADBadTagException wrongSecret) {
      throw new IllegalStateException(
          "signing key "
              + keyId
              + " does not open with ticketing.auth.key-encryption-secret: was the secret changed?"
              + " (every instance needs the same one)",
          wrongSecret);
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("AES-GCM and PBKDF2 are part of every Java runtime", e);
    }
  }

  private static byte[] random(int bytes) {
    byte[] value = new byte[bytes];
    RANDOM.nextBytes(value);
    return value;
  }
}
