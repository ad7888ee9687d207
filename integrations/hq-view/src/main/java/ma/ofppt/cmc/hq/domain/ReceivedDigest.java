package ma.ofppt.cmc.hq.domain;

import java.time.Instant;
import java.util.UUID;

/**
 * A city's signed ledger digest (ADR 0014) as HQ keeps it: the chain's length and head at a moment,
 * the Ed25519 signature over them, the id and PEM of the key that verifies it.
 */
public record ReceivedDigest(
    String city,
    UUID id,
    long entryCount,
    String headHash,
    Instant producedAt,
    String keyId,
    String signature,
    String publicKey,
    Instant receivedAt) {}
