package ma.ofppt.cmc.region.domain;

import java.security.PublicKey;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import ma.ofppt.cmc.platform.ledger.CanonicalForm;
import ma.ofppt.cmc.platform.ledger.ChainEntry;
import ma.ofppt.cmc.platform.ledger.ChainVerifier.Broken;
import ma.ofppt.cmc.platform.ledger.ChainVerifier.Reason;
import ma.ofppt.cmc.platform.ledger.LedgerKeys;

/**
 * Verifies what a region received of its city's chain, naming the first problem as the city's own
 * verifier ({@code ChainVerifier}) does and with its reasons. Pure.
 *
 * <ol>
 *   <li>For each position {@code n} (1, 2, ...): the sequence is {@code n} (higher: {@code
 *       deleted}, named by the first missing sequence, i.e. never received; lower: {@code
 *       reordered}); the previous hash is the hash of the entry before it ({@code reordered}); for
 *       an entry whose facts the region holds, the SHA-256 of its canonical form, recomputed with
 *       the platform's {@link CanonicalForm}, is the hash it claims ({@code edited}). The others
 *       are checked by their links only: the region never had their facts.
 *   <li>The digest (the latest, or the one asked for): its key id is the SHA-256 of the public key
 *       sent with it and its Ed25519 signature verifies with that key ({@code digest-signature});
 *       it signed no more entries than were received ({@code truncated}); the entry at its count
 *       has its head hash ({@code rewritten}).
 *   <li>The stored spending lines and evidence references: each is what its held entry derives
 *       ({@code edited}, named by that entry), and none is missing ({@code deleted}).
 * </ol>
 */
public final class RegionalVerification {
  private RegionalVerification() {}

  /**
   * @param entries the entries received, all of them, how many held
   * @param head the hash of the last entry received (64 zeros when none)
   * @param digest the digest held against, when there is one
   */
  public record Result(
      String city,
      boolean valid,
      long entries,
      long heldEntries,
      long linesChecked,
      long documentsChecked,
      String head,
      Optional<Broken> firstBroken,
      Optional<ReceivedDigest> digest) {}

  /**
   * @param entries the city's received entries in sequence order (then id)
   * @param lines the stored spending lines of the city
   * @param documents the stored evidence references of the city
   */
  public static Result verify(
      String city,
      List<ReceivedEntry> entries,
      Optional<ReceivedDigest> digest,
      List<SpendingLine> lines,
      List<EvidenceReference> documents) {
    long held = entries.stream().filter(e -> e.held().isPresent()).count();
    Broken broken = chain(city, entries);
    String head =
        entries.isEmpty() ? CanonicalForm.GENESIS : entries.get(entries.size() - 1).hash();
    if (broken == null && digest.isPresent()) {
      broken = digest(city, entries, digest.get());
    }
    if (broken == null) {
      broken = lines(entries, lines);
    }
    if (broken == null) {
      broken = documents(entries, lines, documents);
    }
    return new Result(
        city,
        broken == null,
        entries.size(),
        held,
        lines.size(),
        documents.size(),
        head,
        Optional.ofNullable(broken),
        digest);
  }

  private static Broken chain(String city, List<ReceivedEntry> entries) {
    String previous = CanonicalForm.GENESIS;
    long expected = 1;
    for (ReceivedEntry entry : entries) {
      if (!city.equals(entry.city())) {
        return new Broken(
            entry.sequence(),
            Reason.REORDERED,
            "entry " + entry.sequence() + " belongs to " + entry.city() + ", not " + city);
      }
      if (entry.sequence() > expected) {
        return new Broken(
            expected,
            Reason.DELETED,
            (expected == entry.sequence() - 1
                    ? "entry " + expected + " is missing"
                    : "entries " + expected + " to " + (entry.sequence() - 1) + " are missing")
                + " from what the region received");
      }
      if (entry.sequence() < expected) {
        return new Broken(
            entry.sequence(),
            Reason.REORDERED,
            "entry " + entry.sequence() + " comes where " + expected + " was expected");
      }
      if (!previous.equals(entry.previousHash())) {
        return new Broken(
            entry.sequence(),
            Reason.REORDERED,
            "entry "
                + entry.sequence()
                + " does not follow the entry before it (its previous hash is "
                + entry.previousHash()
                + ", the entry before it has "
                + previous
                + ")");
      }
      Optional<ChainEntry> whole = entry.chainEntry();
      if (whole.isPresent()) {
        String recomputed = whole.get().recomputedHash();
        if (!recomputed.equals(entry.hash())) {
          return new Broken(
              entry.sequence(),
              Reason.EDITED,
              "entry "
                  + entry.sequence()
                  + " ("
                  + entry.type()
                  + ") hashes to "
                  + recomputed
                  + " from the facts the region holds, not to the "
                  + entry.hash()
                  + " it was received with");
        }
      }
      previous = entry.hash();
      expected++;
    }
    return null;
  }

  private static Broken digest(String city, List<ReceivedEntry> entries, ReceivedDigest digest) {
    String when = "the digest of " + digest.producedAt();
    PublicKey key;
    try {
      key = LedgerKeys.publicKey(digest.publicKeyPem());
    } catch (IllegalArgumentException e) {
      return new Broken(
          digest.entryCount(),
          Reason.DIGEST_SIGNATURE,
          when + " came with a public key that is not an Ed25519 key");
    }
    if (!LedgerKeys.keyId(key).equals(digest.keyId())) {
      return new Broken(
          digest.entryCount(),
          Reason.DIGEST_SIGNATURE,
          when + " names key " + digest.keyId() + ", not the key it came with");
    }
    if (!city.equals(digest.city()) || !digest.signed().isSignedBy(key)) {
      return new Broken(
          digest.entryCount(),
          Reason.DIGEST_SIGNATURE,
          when + " is not signed by key " + digest.keyId() + " for " + city);
    }
    if (digest.entryCount() > entries.size()) {
      return new Broken(
          entries.size() + 1L,
          Reason.TRUNCATED,
          when
              + " signed "
              + digest.entryCount()
              + " entries; the region received "
              + entries.size());
    }
    String signedHead =
        digest.entryCount() == 0
            ? CanonicalForm.GENESIS
            : entries.get((int) (digest.entryCount() - 1)).hash();
    if (!signedHead.equals(digest.headHash())) {
      return new Broken(
          digest.entryCount(),
          Reason.REWRITTEN,
          "entry "
              + digest.entryCount()
              + " has hash "
              + signedHead
              + ", "
              + when
              + " signed "
              + digest.headHash());
    }
    return null;
  }

  private static Broken lines(List<ReceivedEntry> entries, List<SpendingLine> stored) {
    Map<UUID, SpendingLine> expected = SpendingLines.replay(entries);
    Broken first = null;
    for (SpendingLine line : stored) {
      SpendingLine derived = expected.get(line.id());
      Broken problem;
      if (derived == null) {
        problem =
            new Broken(
                line.ledgerSequence(),
                Reason.EDITED,
                "the spending line "
                    + line.id()
                    + " is not what any entry the region holds records");
      } else {
        String field = line.firstDifference(derived);
        problem =
            field == null
                ? null
                : new Broken(
                    derived.ledgerSequence(),
                    Reason.EDITED,
                    "the "
                        + line.kind()
                        + " line "
                        + (line.reference() == null ? line.id() : line.reference())
                        + " no longer says what entry "
                        + derived.ledgerSequence()
                        + " records: its "
                        + field
                        + " differs");
      }
      first = earlier(first, problem);
    }
    Map<UUID, SpendingLine> byId =
        stored.stream()
            .collect(Collectors.toMap(SpendingLine::id, Function.identity(), (a, b) -> a));
    for (SpendingLine derived : expected.values()) {
      if (!byId.containsKey(derived.id())) {
        first =
            earlier(
                first,
                new Broken(
                    derived.ledgerSequence(),
                    Reason.DELETED,
                    "the spending line of entry "
                        + derived.ledgerSequence()
                        + " is missing from the region's store"));
      }
    }
    return first;
  }

  private static Broken documents(
      List<ReceivedEntry> entries, List<SpendingLine> lines, List<EvidenceReference> stored) {
    Map<UUID, ReceivedEntry> heldById =
        entries.stream()
            .filter(e -> e.held().isPresent())
            .collect(Collectors.toMap(ReceivedEntry::id, Function.identity(), (a, b) -> a));
    Broken first = null;
    for (EvidenceReference document : stored) {
      ReceivedEntry entry = heldById.get(document.entryId());
      Broken problem = null;
      if (entry == null) {
        problem =
            new Broken(
                document.ledgerSequence(),
                Reason.EDITED,
                "the document " + document.fileName() + " is not in any entry the region holds");
      } else if (!SpendingLines.evidence(entry, document.lineId()).equals(document)) {
        problem =
            new Broken(
                entry.sequence(),
                Reason.EDITED,
                "the document "
                    + document.fileName()
                    + " no longer says what entry "
                    + entry.sequence()
                    + " records (name, type, size, SHA-256 or line)");
      }
      first = earlier(first, problem);
    }
    java.util.Set<UUID> storedIds =
        stored.stream().map(EvidenceReference::entryId).collect(Collectors.toSet());
    java.util.Set<UUID> lineIds = lines.stream().map(SpendingLine::id).collect(Collectors.toSet());
    for (ReceivedEntry entry : heldById.values()) {
      Optional<UUID> subject =
          SpendingLines.evidenceSubject(entry.type(), entry.held().get().facts());
      if (subject.isPresent()
          && lineIds.contains(subject.get())
          && !storedIds.contains(entry.id())) {
        first =
            earlier(
                first,
                new Broken(
                    entry.sequence(),
                    Reason.DELETED,
                    "the document of entry "
                        + entry.sequence()
                        + " is missing from the region's store"));
      }
    }
    return first;
  }

  private static Broken earlier(Broken a, Broken b) {
    if (a == null) {
      return b;
    }
    if (b == null) {
      return a;
    }
    return Comparator.comparingLong(Broken::sequence).compare(b, a) < 0 ? b : a;
  }
}
