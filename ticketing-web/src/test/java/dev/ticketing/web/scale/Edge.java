package dev.ticketing.web.scale;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyStore;
import java.security.cert.Certificate;
import java.security.cert.CertificateFactory;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManagerFactory;

/**
 * HAProxy's HTTPS as {@code deploy/topology.sh} sets it up: a certificate made by {@code
 * deploy/self-signed-certificate.sh} when none is given, the plain port redirecting to the TLS one.
 */
final class Edge {
  static final Path DEPLOY = Path.of("..", "deploy").toAbsolutePath().normalize();

  private Edge() {}

  /** A self-signed certificate for localhost and 127.0.0.1 with its key, made by the script. */
  static Path selfSignedCertificate(Path directory) throws Exception {
    Path pem = directory.resolve("self-signed.pem");
    Process made =
        new ProcessBuilder(DEPLOY.resolve("self-signed-certificate.sh").toString(), pem.toString())
            .redirectErrorStream(true)
            .start();
    String output = new String(made.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    if (!made.waitFor(60, TimeUnit.SECONDS) || made.exitValue() != 0) {
      throw new IllegalStateException("deploy/self-signed-certificate.sh failed: " + output);
    }
    return pem;
  }

  /**
   * HAProxy's environment for HTTPS on {@code tlsPort} with {@code certificate}; {@code selfSigned}
   * as topology.sh says it when it made the certificate itself.
   */
  static Map<String, String> tls(Path certificate, int tlsPort, boolean selfSigned) {
    Map<String, String> environment = new HashMap<>();
    environment.put("TICKETING_LB_CERTIFICATE", certificate.toString());
    environment.put("TICKETING_LB_TLS_BIND", "127.0.0.1:" + tlsPort);
    environment.put("TICKETING_LB_HTTPS_PORT", String.valueOf(tlsPort));
    if (selfSigned) {
      environment.put("TICKETING_LB_SELF_SIGNED", "yes");
    }
    return environment;
  }

  /**
   * TLS that trusts {@code certificate} (the first certificate of the PEM file) and nothing else.
   */
  static SSLContext trusting(Path certificate) throws Exception {
    String pem = Files.readString(certificate);
    String first =
        pem.substring(
            pem.indexOf("-----BEGIN CERTIFICATE-----"),
            pem.indexOf("-----END CERTIFICATE-----") + "-----END CERTIFICATE-----".length());
    Certificate parsed =
        CertificateFactory.getInstance("X.509")
            .generateCertificate(
                new ByteArrayInputStream(first.getBytes(StandardCharsets.US_ASCII)));
    KeyStore store = KeyStore.getInstance(KeyStore.getDefaultType());
    store.load(null, null);
    store.setCertificateEntry("edge", parsed);
    TrustManagerFactory trust =
        TrustManagerFactory.getInstance(TrustManagerFactory.getDefaultAlgorithm());
    trust.init(store);
    SSLContext tls = SSLContext.getInstance("TLS");
    tls.init(null, trust.getTrustManagers(), null);
    return tls;
  }
}
