package ma.ofppt.cmc.platform.ledger;

import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.Signature;
import java.security.spec.EdECPrivateKeySpec;
import java.security.spec.NamedParameterSpec;
import java.util.Base64;
import java.util.Optional;
import ma.ofppt.cmc.platform.domain.ConflictException;
import ma.ofppt.cmc.platform.security.demo.DemoMode;

/**
 * The platform's Ed25519 key that signs ledger digests. Read from the PKCS#8 PEM file named by
 * {@code cmc.ledger.key-file} (or {@code CMC_LEDGER_KEY_FILE}). In demo mode the file defaults to
 * {@code ledger-signing-key.pem} next to the demo token key (the embedded platform's data
 * directory) and is generated there on first use, so digests stay verifiable across restarts; demo
 * mode with no data directory keeps a key for the life of the process. Outside demo mode a missing
 * key is never generated: digests are refused until the operator provides one (ADR 0014).
 */
@ApplicationScoped
public class LedgerSigningKey {
  public static final String PROPERTY = "cmc.ledger.key-file";
  public static final String ENVIRONMENT = "CMC_LEDGER_KEY_FILE";
  static final String DEMO_FILE_NAME = "ledger-signing-key.pem";

  private volatile KeyPair keys;

  /** The key pair, or a 409 naming the missing configuration. */
  public KeyPair keys() {
    KeyPair current = keys;
    if (current == null) {
      synchronized (this) {
        current = keys;
        if (current == null) {
          current = load();
          keys = current;
        }
      }
    }
    return current;
  }

  public PublicKey publicKey() {
    return keys().getPublic();
  }

  public String keyId() {
    return LedgerKeys.keyId(publicKey());
  }

  /** The base64 Ed25519 signature of the text's UTF-8 bytes. */
  public String sign(String text) {
    try {
      Signature ed25519 = Signature.getInstance(LedgerKeys.ALGORITHM);
      ed25519.initSign(keys().getPrivate());
      ed25519.update(text.getBytes(StandardCharsets.UTF_8));
      return Base64.getEncoder().encodeToString(ed25519.sign());
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("cannot sign a ledger digest", e);
    }
  }

  private static KeyPair load() {
    Optional<Path> file = configuredFile();
    boolean demo = DemoMode.isEnabled();
    try {
      if (file.isPresent() && Files.exists(file.get())) {
        return read(file.get());
      }
      if (!demo) {
        throw new ConflictException(
            "signingKey",
            "no ledger signing key: set "
                + PROPERTY
                + " to an Ed25519 private key (PKCS#8 PEM)"
                + file.map(f -> "; " + f + " does not exist").orElse(""));
      }
      KeyPair pair = KeyPairGenerator.getInstance(LedgerKeys.ALGORITHM).generateKeyPair();
      if (file.isPresent()) {
        write(file.get(), pair.getPrivate());
      }
      return pair;
    } catch (IOException e) {
      throw new UncheckedIOException("cannot keep the ledger signing key in " + file, e);
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("cannot create the ledger signing key", e);
    }
  }

  private static Optional<Path> configuredFile() {
    String file = System.getProperty(PROPERTY, System.getenv(ENVIRONMENT));
    if (file != null && !file.isBlank()) {
      return Optional.of(Path.of(file));
    }
    if (DemoMode.isEnabled()) {
      String demoKey = System.getProperty("cmc.demo.key-file", System.getenv("CMC_DEMO_KEY_FILE"));
      if (demoKey != null && !demoKey.isBlank()) {
        return Optional.of(Path.of(demoKey).toAbsolutePath().resolveSibling(DEMO_FILE_NAME));
      }
    }
    return Optional.empty();
  }

  static void write(Path file, PrivateKey key) throws IOException {
    if (file.getParent() != null) {
      Files.createDirectories(file.getParent());
    }
    Files.writeString(
        file,
        LedgerKeys.pem("PRIVATE KEY", key.getEncoded()),
        StandardOpenOption.CREATE_NEW,
        StandardOpenOption.WRITE);
    try {
      Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
    } catch (UnsupportedOperationException e) {
      // not a POSIX file system: the data directory's own protection applies
    }
  }

  /** The pair from the private key alone: Ed25519's public key is derived from it. */
  static KeyPair read(Path file) throws IOException, GeneralSecurityException {
    PrivateKey privateKey =
        LedgerKeys.privateKey(Files.readString(file, StandardCharsets.US_ASCII));
    KeyFactory factory = KeyFactory.getInstance(LedgerKeys.ALGORITHM);
    EdECPrivateKeySpec spec = factory.getKeySpec(privateKey, EdECPrivateKeySpec.class);
    return new KeyPair(derivePublic(spec.getBytes()), privateKey);
  }

  private static PublicKey derivePublic(byte[] seed) throws GeneralSecurityException {
    // The JDK has no public API deriving an EdDSA public key; a generator seeded with the private
    // key's bytes produces exactly that key pair.
    KeyPairGenerator generator = KeyPairGenerator.getInstance(LedgerKeys.ALGORITHM);
    generator.initialize(NamedParameterSpec.ED25519, new FixedSeed(seed));
    KeyPair pair = generator.generateKeyPair();
    return pair.getPublic();
  }

  /** Hands out the given seed as the generator's randomness. */
  private static final class FixedSeed extends java.security.SecureRandom {
    private static final long serialVersionUID = 1L;
    private final byte[] seed;

    FixedSeed(byte[] seed) {
      this.seed = seed.clone();
    }

    @Override
    public void nextBytes(byte[] bytes) {
      System.arraycopy(seed, 0, bytes, 0, Math.min(seed.length, bytes.length));
    }
  }
}
