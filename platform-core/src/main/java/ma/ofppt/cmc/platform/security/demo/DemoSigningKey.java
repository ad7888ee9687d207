package ma.ofppt.cmc.platform.security.demo;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.interfaces.RSAPrivateCrtKey;
import java.security.interfaces.RSAPublicKey;
import java.security.spec.PKCS8EncodedKeySpec;
import java.security.spec.RSAPublicKeySpec;
import java.util.Base64;

/**
 * The RSA key pair of demo mode. Kept in the file named by {@code cmc.demo.key-file} (or {@code
 * CMC_DEMO_KEY_FILE}) when given, so that tokens survive a restart of the embedded platform;
 * otherwise generated for the life of the process.
 */
public final class DemoSigningKey {
  private static volatile KeyPair keys;

  private DemoSigningKey() {}

  public static KeyPair get() {
    KeyPair current = keys;
    if (current == null) {
      synchronized (DemoSigningKey.class) {
        current = keys;
        if (current == null) {
          current = loadOrCreate();
          keys = current;
        }
      }
    }
    return current;
  }

  /** The public key as PEM, the form {@code mp.jwt.verify.publickey} accepts. */
  public static String publicKeyPem() {
    return pem("PUBLIC KEY", get().getPublic().getEncoded());
  }

  private static KeyPair loadOrCreate() {
    String file = System.getProperty("cmc.demo.key-file", System.getenv("CMC_DEMO_KEY_FILE"));
    try {
      if (file != null && Files.exists(Path.of(file))) {
        return read(Path.of(file));
      }
      KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
      generator.initialize(2048);
      KeyPair pair = generator.generateKeyPair();
      if (file != null) {
        Path path = Path.of(file);
        if (path.getParent() != null) {
          Files.createDirectories(path.getParent());
        }
        Files.writeString(path, pem("PRIVATE KEY", pair.getPrivate().getEncoded()));
      }
      return pair;
    } catch (IOException e) {
      throw new UncheckedIOException("cannot keep the demo signing key in " + file, e);
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("cannot create the demo signing key", e);
    }
  }

  private static KeyPair read(Path file) throws IOException, GeneralSecurityException {
    String text = Files.readString(file, StandardCharsets.US_ASCII);
    String base64 = text.replaceAll("-----[A-Z ]+-----", "").replaceAll("\\s", "");
    KeyFactory rsa = KeyFactory.getInstance("RSA");
    RSAPrivateCrtKey privateKey =
        (RSAPrivateCrtKey)
            rsa.generatePrivate(new PKCS8EncodedKeySpec(Base64.getDecoder().decode(base64)));
    RSAPublicKey publicKey =
        (RSAPublicKey)
            rsa.generatePublic(
                new RSAPublicKeySpec(privateKey.getModulus(), privateKey.getPublicExponent()));
    return new KeyPair(publicKey, privateKey);
  }

  private static String pem(String type, byte[] der) {
    return "-----BEGIN "
        + type
        + "-----\n"
        + Base64.getMimeEncoder(64, new byte[] {'\n'}).encodeToString(der)
        + "\n-----END "
        + type
        + "-----\n";
  }
}
