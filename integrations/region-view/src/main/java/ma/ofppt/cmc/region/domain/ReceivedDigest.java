package ma.ofppt.cmc.region.domain;

import java.time.Instant;
import java.util.Objects;
import java.util.UUID;
import ma.ofppt.cmc.platform.ledger.SignedDigest;

/** A signed digest of a city's chain as the region received it, with the key sent alongside. */
public record ReceivedDigest(
    UUID id,
    String city,
    long entryCount,
    String headHash,
    Instant producedAt,
    String keyId,
    String signature,
    String publicKeyPem,
    Instant receivedAt) {

  public ReceivedDigest {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(city, "city");
    Objects.requireNonNull(headHash, "headHash");
    Objects.requireNonNull(producedAt, "producedAt");
    Objects.requireNonNull(keyId, "keyId");
    Objects.requireNonNull(signature, "signature");
    Objects.requireNonNull(publicKeyPem, "publicKeyPem");
  }

  /** As the platform's verifier reads a digest. */
  public SignedDigest signed() {
    return new SignedDigest(id, city, entryCount, headHash, producedAt, keyId, signature);
  }
}
