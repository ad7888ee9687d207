package ma.ofppt.cmc.platform.ledger;

import java.time.Instant;
import java.util.SortedMap;
import java.util.UUID;

/**
 * A city's tamper-evident ledger: every financial event, append-only, each entry carrying the hash
 * of the previous one over a canonical form of itself, so that an edited, deleted, reordered or
 * truncated entry is detected by recomputing the chain. Modules (finance) append through this
 * interface, in their own transaction, so the event and its entry commit or roll back together; the
 * entry belongs to the current city.
 */
public interface Ledger {

  /**
   * Appends one event to the current city's chain.
   *
   * @param type what happened, e.g. {@code commitment.approved}
   * @param subjectId the record it happened to
   * @param facts the event's facts as text (amounts as plain decimals, e.g. {@code 1250.00}),
   *     sorted by name: they are part of the hashed canonical form
   */
  Entry append(String type, UUID subjectId, SortedMap<String, String> facts);

  /** An entry as appended: its place in the chain and its hash. */
  record Entry(
      UUID id,
      long sequence,
      String type,
      UUID subjectId,
      Instant recordedAt,
      String previousHash,
      String hash) {}
}
