package ma.ofppt.cmc.platform.ledger;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.PublicKey;
import java.security.Signature;
import java.time.Instant;
import java.util.Base64;
import java.util.UUID;

/**
 * A city's chain at one moment (entry count, head hash, time), signed with the platform's Ed25519
 * key over {@link CanonicalForm#digest}. {@code keyId} is the SHA-256 (hex) of the public key's
 * X.509 encoding; {@code signature} is base64. Plain JDK, shared with the command-line verifier.
 */
public record SignedDigest(
    UUID id,
    String tenant,
    long entryCount,
    String headHash,
    Instant producedAt,
    String keyId,
    String signature) {

  /** The text that was signed. */
  public String canonical() {
    return CanonicalForm.digest(tenant, entryCount, headHash, producedAt);
  }

  /** True when the signature is the given key's over this digest. */
  public boolean isSignedBy(PublicKey key) {
    try {
      Signature ed25519 = Signature.getInstance("Ed25519");
      ed25519.initVerify(key);
      ed25519.update(canonical().getBytes(StandardCharsets.UTF_8));
      return ed25519.verify(Base64.getDecoder().decode(signature));
    } catch (GeneralSecurityException | IllegalArgumentException e) {
      return false;
    }
  }
}
