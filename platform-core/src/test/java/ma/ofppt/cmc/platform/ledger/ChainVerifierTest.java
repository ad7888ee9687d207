package ma.ofppt.cmc.platform.ledger;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.Signature;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import java.util.TreeMap;
import java.util.UUID;
import ma.ofppt.cmc.platform.ledger.ChainVerifier.Reason;
import ma.ofppt.cmc.platform.ledger.ChainVerifier.Verification;
import org.junit.jupiter.api.Test;

class ChainVerifierTest {
  private static final String CITY = "laayoune-sakia-el-hamra";

  static List<ChainEntry> chain(String city, int length) {
    List<ChainEntry> chain = new ArrayList<>();
    String previous = CanonicalForm.GENESIS;
    for (int i = 1; i <= length; i++) {
      TreeMap<String, String> facts = new TreeMap<>();
      facts.put("amount", i + "00.00");
      facts.put("funder", "REGION");
      ChainEntry entry =
          ChainEntry.chained(
              city,
              i,
              UUID.randomUUID(),
              "payment.recorded",
              UUID.randomUUID(),
              Instant.parse("2026-12-02T09:00:00Z").plusSeconds(i),
              "finance.officer",
              facts,
              previous);
      chain.add(entry);
      previous = entry.hash();
    }
    return chain;
  }

  private static ChainEntry withFacts(ChainEntry e, String amount) {
    TreeMap<String, String> facts = new TreeMap<>(e.facts());
    facts.put("amount", amount);
    return new ChainEntry(
        e.tenant(),
        e.sequence(),
        e.id(),
        e.type(),
        e.subjectId(),
        e.recordedAt(),
        e.actor(),
        facts,
        e.previousHash(),
        e.hash());
  }

  private static ChainEntry withSequence(ChainEntry e, long sequence) {
    return new ChainEntry(
        e.tenant(),
        sequence,
        e.id(),
        e.type(),
        e.subjectId(),
        e.recordedAt(),
        e.actor(),
        e.facts(),
        e.previousHash(),
        e.hash());
  }

  private static void assertBroken(Verification v, long sequence, Reason reason) {
    assertFalse(v.valid(), "the chain should be broken");
    assertEquals(sequence, v.firstBroken().orElseThrow().sequence(), v.toString());
    assertEquals(reason, v.firstBroken().orElseThrow().reason(), v.toString());
  }

  @Test
  void anIntactChainIsValidWithItsHeadAndCount() {
    List<ChainEntry> chain = chain(CITY, 5);
    Verification v = ChainVerifier.verify(CITY, chain);
    assertTrue(v.valid());
    assertEquals(5, v.entries());
    assertEquals(chain.get(4).hash(), v.head());
    assertTrue(ChainVerifier.verify(CITY, List.of()).valid());
    assertEquals(CanonicalForm.GENESIS, ChainVerifier.verify(CITY, List.of()).head());
  }

  @Test
  void anEditedEntryIsNamed() {
    List<ChainEntry> chain = new ArrayList<>(chain(CITY, 5));
    chain.set(2, withFacts(chain.get(2), "999999.00"));
    assertBroken(ChainVerifier.verify(CITY, chain), 3, Reason.EDITED);
  }

  @Test
  void aDeletedEntryIsNamedByItsSequence() {
    List<ChainEntry> chain = new ArrayList<>(chain(CITY, 5));
    chain.remove(1);
    assertBroken(ChainVerifier.verify(CITY, chain), 2, Reason.DELETED);
  }

  @Test
  void aDeletedEntryWhoseSuccessorsWereRenumberedIsSeenByTheBrokenLink() {
    List<ChainEntry> chain = new ArrayList<>(chain(CITY, 5));
    chain.remove(1);
    for (int i = 1; i < chain.size(); i++) {
      chain.set(i, withSequence(chain.get(i), i + 1));
    }
    assertBroken(ChainVerifier.verify(CITY, chain), 2, Reason.REORDERED);
  }

  @Test
  void reorderedEntriesAreNamed() {
    List<ChainEntry> chain = new ArrayList<>(chain(CITY, 5));
    ChainEntry third = chain.get(2);
    ChainEntry fourth = chain.get(3);
    // the rows swap places, each taking the other's sequence
    chain.set(2, withSequence(fourth, 3));
    chain.set(3, withSequence(third, 4));
    assertBroken(ChainVerifier.verify(CITY, chain), 3, Reason.REORDERED);
    // or keep their sequences and come out of order
    List<ChainEntry> swapped = new ArrayList<>(chain(CITY, 5));
    ChainEntry moved = swapped.remove(3);
    swapped.add(2, moved);
    assertBroken(ChainVerifier.verify(CITY, swapped), 3, Reason.DELETED);
  }

  @Test
  void anEntryOfAnotherCityIsNotPartOfTheChain() {
    List<ChainEntry> chain = new ArrayList<>(chain(CITY, 3));
    chain.set(1, chain("oriental", 3).get(1));
    assertBroken(ChainVerifier.verify(CITY, chain), 2, Reason.REORDERED);
  }

  @Test
  void aTruncatedChainIsSeenAgainstTheLatestDigest() throws Exception {
    KeyPair key = KeyPairGenerator.getInstance("Ed25519").generateKeyPair();
    List<ChainEntry> chain = chain(CITY, 5);
    SignedDigest digest = signed(key, CITY, 5, chain.get(4).hash());
    assertTrue(ChainVerifier.verify(CITY, chain, Optional.of(digest), key.getPublic()).valid());
    // the last two entries removed: the chain alone still holds, the digest does not
    List<ChainEntry> truncated = chain.subList(0, 3);
    assertTrue(ChainVerifier.verify(CITY, truncated).valid());
    assertBroken(
        ChainVerifier.verify(CITY, truncated, Optional.of(digest), key.getPublic()),
        4,
        Reason.TRUNCATED);
  }

  @Test
  void aConsistentlyRewrittenChainIsSeenAgainstTheDigest() throws Exception {
    KeyPair key = KeyPairGenerator.getInstance("Ed25519").generateKeyPair();
    SignedDigest digest = signed(key, CITY, 3, chain(CITY, 3).get(2).hash());
    assertBroken(
        ChainVerifier.verify(CITY, chain(CITY, 4), Optional.of(digest), key.getPublic()),
        3,
        Reason.REWRITTEN);
  }

  @Test
  void aForgedDigestIsRefused() throws Exception {
    KeyPair platform = KeyPairGenerator.getInstance("Ed25519").generateKeyPair();
    KeyPair forger = KeyPairGenerator.getInstance("Ed25519").generateKeyPair();
    List<ChainEntry> chain = chain(CITY, 2);
    SignedDigest forged = signed(forger, CITY, 2, chain.get(1).hash());
    assertBroken(
        ChainVerifier.verify(CITY, chain, Optional.of(forged), platform.getPublic()),
        2,
        Reason.DIGEST_SIGNATURE);
    SignedDigest otherCity = signed(platform, "oriental", 2, chain.get(1).hash());
    assertBroken(
        ChainVerifier.verify(CITY, chain, Optional.of(otherCity), platform.getPublic()),
        2,
        Reason.DIGEST_SIGNATURE);
  }

  @Test
  void theExportRoundTripsAndVerifiesTheSame() {
    List<ChainEntry> chain = chain(CITY, 4);
    List<ChainEntry> read = ChainJson.parseLines(ChainJson.lines(chain));
    assertEquals(chain, read);
    assertTrue(ChainVerifier.verify(CITY, read).valid());
  }

  static SignedDigest signed(KeyPair key, String city, long count, String head) throws Exception {
    Instant at = Instant.parse("2026-12-02T10:00:00.000001Z");
    Signature ed = Signature.getInstance("Ed25519");
    ed.initSign(key.getPrivate());
    ed.update(CanonicalForm.digest(city, count, head, at).getBytes(StandardCharsets.UTF_8));
    return new SignedDigest(
        UUID.randomUUID(),
        city,
        count,
        head,
        at,
        LedgerKeys.keyId(key.getPublic()),
        Base64.getEncoder().encodeToString(ed.sign()));
  }

  @Test
  void aPartlyHeldCopyRecomputesOnlyTheHeldEntriesAndChecksTheLinksOfAll() {
    List<ChainEntry> chain = chain(CITY, 4);
    // Entries 2 and 4 held; the others' content is not (here: altered, as if unknown).
    chain.set(0, withFacts(chain.get(0), "0.00"));
    chain.set(2, withFacts(chain.get(2), "0.00"));
    java.util.Set<UUID> held = java.util.Set.of(chain.get(1).id(), chain.get(3).id());
    assertTrue(
        ChainVerifier.verifyPartly(CITY, chain, e -> held.contains(e.id()), Optional.empty(), null)
            .valid());
    chain.set(3, withFacts(chain.get(3), "1.00"));
    assertBroken(
        ChainVerifier.verifyPartly(CITY, chain, e -> held.contains(e.id()), Optional.empty(), null),
        4,
        Reason.EDITED);
    List<ChainEntry> gap = new ArrayList<>(chain(CITY, 4));
    gap.remove(1);
    assertBroken(
        ChainVerifier.verifyPartly(CITY, gap, e -> false, Optional.empty(), null),
        2,
        Reason.DELETED);
  }
}
