package ma.ofppt.cmc.platform.ledger;

import java.security.PublicKey;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;

/**
 * Recomputes a city's chain and names the first entry that breaks it. Pure: it reads the entries in
 * the order given (the order of their sequence, as stored or exported) and, when given, the latest
 * signed digest; the server and the command-line verifier call the same code.
 *
 * <p>Checks, in this order for each position {@code n} (1, 2, ...), stopping at the first failure:
 *
 * <ol>
 *   <li>the entry belongs to the city: otherwise {@link Reason#REORDERED} (inserted from
 *       elsewhere);
 *   <li>its sequence is {@code n}: a higher one means entries are missing, {@link Reason#DELETED}
 *       named by the first missing sequence; a lower one means it is out of place, {@link
 *       Reason#REORDERED};
 *   <li>its previous hash is the hash of the entry before it (64 zeros for the first): otherwise
 *       {@link Reason#REORDERED} (moved or inserted);
 *   <li>the SHA-256 of its canonical form is the hash it claims: otherwise {@link Reason#EDITED}.
 * </ol>
 *
 * Then the digest: if it is not signed by the platform key, {@link Reason#DIGEST_SIGNATURE}; if it
 * signed more entries than the chain has, {@link Reason#TRUNCATED}, named by the first missing
 * sequence; if the entry at its count does not have its head hash, {@link Reason#REWRITTEN} (a
 * chain recomputed consistently after a change).
 */
public final class ChainVerifier {
  /** Why the chain is broken at an entry. */
  public enum Reason {
    EDITED("edited"),
    DELETED("deleted"),
    REORDERED("reordered"),
    TRUNCATED("truncated"),
    REWRITTEN("rewritten"),
    DIGEST_SIGNATURE("digest-signature");

    private final String label;

    Reason(String label) {
      this.label = label;
    }

    /** The name used in reports and on the API. */
    public String label() {
      return label;
    }
  }

  /** The first broken entry: its sequence, why, and what was seen. */
  public record Broken(long sequence, Reason reason, String detail) {}

  /**
   * The outcome: whether the chain holds, how many entries it has, its head hash (64 zeros when
   * empty), and the first broken entry when it does not hold.
   */
  public record Verification(
      boolean valid, long entries, String head, Optional<Broken> firstBroken) {
    static Verification of(long entries, String head, Broken broken) {
      return new Verification(broken == null, entries, head, Optional.ofNullable(broken));
    }
  }

  private ChainVerifier() {}

  /** Verifies the chain alone (an entry deleted at the end is not seen without a digest). */
  public static Verification verify(String tenant, List<ChainEntry> entries) {
    return verify(tenant, entries, Optional.empty(), null);
  }

  /**
   * Verifies the chain and, when a digest is given, that the chain still reaches it. The digest's
   * signature is checked when {@code platformKey} is given.
   */
  public static Verification verify(
      String tenant,
      List<ChainEntry> entries,
      Optional<SignedDigest> latestDigest,
      PublicKey platformKey) {
    return verifyPartly(tenant, entries, entry -> true, latestDigest, platformKey);
  }

  /**
   * As {@link #verify(String, List, Optional, PublicKey)}, for a copy of a chain that holds the
   * content of some entries only (a region's audit store, ADR 0018): every entry is checked by its
   * city, sequence and previous hash, and only the entries {@code held} accepts have their hash
   * recomputed; the others are vouched for by the links of the entries after them and the digest.
   */
  public static Verification verifyPartly(
      String tenant,
      List<ChainEntry> entries,
      Predicate<ChainEntry> held,
      Optional<SignedDigest> latestDigest,
      PublicKey platformKey) {
    String previous = CanonicalForm.GENESIS;
    long expected = 1;
    for (ChainEntry entry : entries) {
      Broken broken = check(tenant, entry, expected, previous, held.test(entry));
      if (broken != null) {
        return Verification.of(entries.size(), head(entries), broken);
      }
      previous = entry.hash();
      expected++;
    }
    Broken broken =
        latestDigest.map(d -> checkDigest(tenant, entries, d, platformKey)).orElse(null);
    return Verification.of(entries.size(), previous, broken);
  }

  private static Broken check(
      String tenant, ChainEntry entry, long expected, String previous, boolean recompute) {
    if (!tenant.equals(entry.tenant())) {
      return new Broken(
          entry.sequence(),
          Reason.REORDERED,
          "entry " + entry.sequence() + " belongs to " + entry.tenant() + ", not " + tenant);
    }
    if (entry.sequence() > expected) {
      return new Broken(
          expected,
          Reason.DELETED,
          expected == entry.sequence() - 1
              ? "entry " + expected + " is missing"
              : "entries " + expected + " to " + (entry.sequence() - 1) + " are missing");
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
    if (!recompute) {
      return null;
    }
    String recomputed = entry.recomputedHash();
    if (!recomputed.equals(entry.hash())) {
      return new Broken(
          entry.sequence(),
          Reason.EDITED,
          "entry "
              + entry.sequence()
              + " hashes to "
              + recomputed
              + ", not to the "
              + entry.hash()
              + " it was recorded with");
    }
    return null;
  }

  private static Broken checkDigest(
      String tenant, List<ChainEntry> entries, SignedDigest digest, PublicKey platformKey) {
    if (!tenant.equals(digest.tenant())
        || (platformKey != null && !digest.isSignedBy(platformKey))) {
      return new Broken(
          digest.entryCount(),
          Reason.DIGEST_SIGNATURE,
          "the digest of "
              + digest.producedAt()
              + " is not signed by the platform key for "
              + tenant);
    }
    if (digest.entryCount() > entries.size()) {
      return new Broken(
          entries.size() + 1L,
          Reason.TRUNCATED,
          "the digest of "
              + digest.producedAt()
              + " signed "
              + digest.entryCount()
              + " entries; the chain has "
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
              + ", the digest of "
              + digest.producedAt()
              + " signed "
              + digest.headHash());
    }
    return null;
  }

  private static String head(List<ChainEntry> entries) {
    return entries.isEmpty() ? CanonicalForm.GENESIS : entries.get(entries.size() - 1).hash();
  }
}
