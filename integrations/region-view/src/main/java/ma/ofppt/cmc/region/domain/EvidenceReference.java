package ma.ofppt.cmc.region.domain;

import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/**
 * A document attached to a co-funded commitment or payment, as the ledger recorded it: the region
 * never holds the bytes, only what proves them (name, type, size, SHA-256) and where in the chain.
 *
 * @param id the evidence's id in the city (the subject of its ledger entry)
 * @param lineId the spending line (commitment or payment) it is attached to
 */
public record EvidenceReference(
    String city,
    UUID id,
    UUID lineId,
    String subjectType,
    String fileName,
    String contentType,
    long sizeBytes,
    String sha256,
    UUID entryId,
    long ledgerSequence,
    String ledgerHash,
    Instant attachedAt) {

  public EvidenceReference {
    Objects.requireNonNull(city, "city");
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(lineId, "lineId");
    Objects.requireNonNull(subjectType, "subjectType");
    Objects.requireNonNull(fileName, "fileName");
    Objects.requireNonNull(contentType, "contentType");
    Objects.requireNonNull(sha256, "sha256");
    Objects.requireNonNull(entryId, "entryId");
    Objects.requireNonNull(ledgerHash, "ledgerHash");
    Objects.requireNonNull(attachedAt, "attachedAt");
  }
}
