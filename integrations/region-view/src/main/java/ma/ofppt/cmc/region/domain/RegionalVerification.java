package ma.ofppt.cmc.region.domain;

import java.security.PublicKey;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import ma.ofppt.cmc.platform.ledger.CanonicalForm;
import ma.ofppt.cmc.platform.ledger.ChainEntry;
import ma.ofppt.cmc.platform.ledger.ChainVerifier;
import ma.ofppt.cmc.platform.ledger.ChainVerifier.Broken;
import ma.ofppt.cmc.platform.ledger.ChainVerifier.Reason;
import ma.ofppt.cmc.platform.ledger.LedgerKeys;

/**
 * Verifies what a region received of its city's chain, naming the first problem with the city's own
 * verifier ({@link ChainVerifier#verifyPartly}) and its reasons. Pure.
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
    List<ChainEntry> chain = entries.stream().map(RegionalVerification::asChainEntry).toList();
    Set<UUID> heldIds =
        entries.stream()
            .filter(e -> e.held().isPresent())
            .map(ReceivedEntry::id)
            .collect(Collectors.toSet());
    Predicate<ChainEntry> recompute = e -> heldIds.contains(e.id());
    // The key the digest came with, checked first against the key id it names; the chain is
    // still named first when it is broken too, as the city's verifier orders its reasons.
    PublicKey key = null;
    Broken keyProblem = null;
    if (digest.isPresent()) {
      String when = "the digest of " + digest.get().producedAt();
      try {
        key = LedgerKeys.publicKey(digest.get().publicKeyPem());
        if (!LedgerKeys.keyId(key).equals(digest.get().keyId())) {
          keyProblem =
              new Broken(
                  digest.get().entryCount(),
                  Reason.DIGEST_SIGNATURE,
                  when + " names key " + digest.get().keyId() + ", not the key it came with");
        }
      } catch (IllegalArgumentException e) {
        keyProblem =
            new Broken(
                digest.get().entryCount(),
                Reason.DIGEST_SIGNATURE,
                when + " came with a public key that is not an Ed25519 key");
      }
    }
    ChainVerifier.Verification verification =
        ChainVerifier.verifyPartly(
            city,
            chain,
            recompute,
            keyProblem == null ? digest.map(ReceivedDigest::signed) : Optional.empty(),
            key);
    Broken broken = verification.firstBroken().orElse(keyProblem);
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
        verification.head(),
        Optional.ofNullable(broken),
        digest);
  }

  /** A held entry whole; another with no actor and no facts (its hash is not recomputed). */
  private static ChainEntry asChainEntry(ReceivedEntry e) {
    return e.chainEntry()
        .orElseGet(
            () ->
                new ChainEntry(
                    e.city(),
                    e.sequence(),
                    e.id(),
                    e.type(),
                    e.subjectId(),
                    e.recordedAt(),
                    null,
                    new TreeMap<>(),
                    e.previousHash(),
                    e.hash()));
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
    Set<UUID> storedIds =
        stored.stream().map(EvidenceReference::entryId).collect(Collectors.toSet());
    Set<UUID> lineIds = lines.stream().map(SpendingLine::id).collect(Collectors.toSet());
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
