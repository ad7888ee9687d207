package ma.ofppt.cmc.platform.ledger;

import java.time.Instant;
import java.util.Collections;
import java.util.Objects;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.UUID;

/**
 * One entry of a chain as stored or exported, with the hash it claims. Plain JDK, shared by the
 * server, the tests and the command-line verifier.
 */
public record ChainEntry(
    String tenant,
    long sequence,
    UUID id,
    String type,
    UUID subjectId,
    Instant recordedAt,
    String actor,
    SortedMap<String, String> facts,
    String previousHash,
    String hash) {

  public ChainEntry {
    Objects.requireNonNull(tenant, "tenant");
    Objects.requireNonNull(facts, "facts");
    facts = Collections.unmodifiableSortedMap(new TreeMap<>(facts));
  }

  /**
   * A new entry that follows {@code previousHash}: its hash is computed from its canonical form.
   */
  public static ChainEntry chained(
      String tenant,
      long sequence,
      UUID id,
      String type,
      UUID subjectId,
      Instant recordedAt,
      String actor,
      SortedMap<String, String> facts,
      String previousHash) {
    Instant stored = CanonicalForm.toMicros(recordedAt);
    String hash =
        CanonicalForm.sha256(
            CanonicalForm.entry(
                tenant, sequence, type, subjectId, stored, actor, facts, previousHash));
    return new ChainEntry(
        tenant, sequence, id, type, subjectId, stored, actor, facts, previousHash, hash);
  }

  /** The canonical text of this entry's content, as hashed. */
  public String canonical() {
    return CanonicalForm.entry(
        tenant, sequence, type, subjectId, recordedAt, actor, facts, previousHash);
  }

  /** The hash recomputed from the content, to compare with the hash the entry claims. */
  public String recomputedHash() {
    return CanonicalForm.sha256(canonical());
  }
}
