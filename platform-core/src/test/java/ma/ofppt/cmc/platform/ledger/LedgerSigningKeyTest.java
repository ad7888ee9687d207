package ma.ofppt.cmc.platform.ledger;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LedgerSigningKeyTest {
  @Test
  void aKeptKeyReadsBackWithItsPublicHalf(@TempDir Path dir) throws Exception {
    KeyPair pair = KeyPairGenerator.getInstance("Ed25519").generateKeyPair();
    Path file = dir.resolve("ledger-signing-key.pem");
    LedgerSigningKey.write(file, pair.getPrivate());
    KeyPair read = LedgerSigningKey.read(file);
    assertArrayEquals(pair.getPublic().getEncoded(), read.getPublic().getEncoded());
    assertArrayEquals(pair.getPrivate().getEncoded(), read.getPrivate().getEncoded());
    assertArrayEquals(
        pair.getPublic().getEncoded(),
        LedgerKeys.publicKey(
                Files.readString(file).replace("PRIVATE", "PUBLIC").isEmpty()
                    ? ""
                    : LedgerKeys.pem("PUBLIC KEY", pair.getPublic().getEncoded()))
            .getEncoded());
  }
}
