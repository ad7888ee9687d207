package ma.ofppt.cmc.region.domain;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import java.util.SortedMap;
import java.util.UUID;
import ma.ofppt.cmc.platform.ledger.CanonicalForm;
import ma.ofppt.cmc.platform.ledger.ChainEntry;

/**
 * One entry of a city's chain as a region received it: always its place in the chain, and its actor
 * and facts only when the region is entitled to them ({@link #held()}).
 */
public record ReceivedEntry(
    String city,
    long sequence,
    UUID id,
    String type,
    UUID subjectId,
    Instant recordedAt,
    String previousHash,
    String hash,
    Optional<Held> held) {

  /** What only an entitled region keeps: who recorded the entry and its facts. */
  public record Held(String actor, SortedMap<String, String> facts) {
    public Held {
      Objects.requireNonNull(actor, "actor");
      Objects.requireNonNull(facts, "facts");
    }
  }

  public ReceivedEntry {
    Objects.requireNonNull(city, "city");
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(type, "type");
    Objects.requireNonNull(subjectId, "subjectId");
    Objects.requireNonNull(recordedAt, "recordedAt");
    Objects.requireNonNull(previousHash, "previousHash");
    Objects.requireNonNull(hash, "hash");
    Objects.requireNonNull(held, "held");
    recordedAt = CanonicalForm.toMicros(recordedAt);
  }

  /** The same place without actor and facts: what a region keeps of an entry not its own. */
  public ReceivedEntry placeOnly() {
    return new ReceivedEntry(
        city, sequence, id, type, subjectId, recordedAt, previousHash, hash, Optional.empty());
  }

  public String fact(String name) {
    return held.map(h -> h.facts().get(name)).orElse(null);
  }

  /** The whole entry, to recompute its hash with the platform's canonical form (held only). */
  public Optional<ChainEntry> chainEntry() {
    return held.map(
        h ->
            new ChainEntry(
                city,
                sequence,
                id,
                type,
                subjectId,
                recordedAt,
                h.actor(),
                h.facts(),
                previousHash,
                hash));
  }
}
