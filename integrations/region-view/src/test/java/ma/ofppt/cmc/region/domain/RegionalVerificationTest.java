package ma.ofppt.cmc.region.domain;

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
import java.util.Map;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.UUID;
import ma.ofppt.cmc.platform.ledger.CanonicalForm;
import ma.ofppt.cmc.platform.ledger.ChainEntry;
import ma.ofppt.cmc.platform.ledger.ChainVerifier.Reason;
import ma.ofppt.cmc.platform.ledger.LedgerKeys;
import ma.ofppt.cmc.platform.ledger.SignedDigest;
import org.junit.jupiter.api.Test;

/**
 * The region's verifier over a chain built with the platform's own {@link ChainEntry}: a held
 * commitment, an entry the region does not hold, a held payment and its evidence.
 */
class RegionalVerificationTest {
  private static final String CITY = "casablanca-settat";
  private final UUID line = UUID.randomUUID();
  private final UUID commitment = UUID.randomUUID();
  private final UUID payment = UUID.randomUUID();

  private static SortedMap<String, String> facts(String... pairs) {
    SortedMap<String, String> facts = new TreeMap<>();
    for (int i = 0; i < pairs.length; i += 2) {
      facts.put(pairs[i], pairs[i + 1]);
    }
    return facts;
  }

  private static SortedMap<String, String> split(String region, String... more) {
    SortedMap<String, String> facts =
        facts(
            "split.REGION", region,
            "split.STATE", "100.00",
            "split.OFPPT", "0.00",
            "split.HASSAN_II_FUND", "0.00",
            "currency", "MAD");
    facts.putAll(facts(more));
    return facts;
  }

  /** The city's chain, then what the region keeps of it. */
  private List<ReceivedEntry> received() {
    List<ChainEntry> chain = new ArrayList<>();
    add(
        chain,
        "budget-line.created",
        line,
        split(
            "900.00",
            "amount",
            "1000.00",
            "fiscalYear",
            "2035",
            "category",
            "EQUIPMENT",
            "label",
            "Ateliers"));
    add(
        chain,
        "commitment.made",
        commitment,
        split(
            "400.00",
            "amount",
            "500.00",
            "budgetLineId",
            line.toString(),
            "reference",
            "MC-1",
            "status",
            "APPROVED",
            "supplierIdentifier",
            "ICE1"));
    add(chain, "commitment.made", UUID.randomUUID(), split("0.00", "amount", "100.00"));
    add(
        chain,
        "payment.made",
        payment,
        split(
            "40.00",
            "amount",
            "50.00",
            "commitmentId",
            commitment.toString(),
            "reference",
            "PAY-1",
            "paidOn",
            "2035-03-01"));
    add(
        chain,
        "evidence.attached",
        UUID.randomUUID(),
        facts(
            "subjectType", "PAYMENT",
            "subjectId", payment.toString(),
            "fileName", "ov.pdf",
            "contentType", "application/pdf",
            "sizeBytes", "12",
            "sha256", "a".repeat(64),
            "currency", "MAD"));
    List<ReceivedEntry> received = new ArrayList<>();
    for (ChainEntry e : chain) {
      ReceivedEntry whole =
          new ReceivedEntry(
              CITY,
              e.sequence(),
              e.id(),
              e.type(),
              e.subjectId(),
              e.recordedAt(),
              e.previousHash(),
              e.hash(),
              Optional.of(new ReceivedEntry.Held(e.actor(), e.facts())));
      boolean held =
          SpendingLines.coFunded(e.facts())
              || SpendingLines.evidenceSubject(e.type(), e.facts()).isPresent();
      received.add(held ? whole : whole.placeOnly());
    }
    return received;
  }

  private static void add(
      List<ChainEntry> chain, String type, UUID subject, SortedMap<String, String> facts) {
    String previous = chain.isEmpty() ? CanonicalForm.GENESIS : chain.get(chain.size() - 1).hash();
    chain.add(
        ChainEntry.chained(
            CITY,
            chain.size() + 1L,
            UUID.randomUUID(),
            type,
            subject,
            Instant.parse("2035-01-01T10:00:00.123456789Z").plusSeconds(chain.size()),
            "officer",
            facts,
            previous));
  }

  private static List<EvidenceReference> documents(List<ReceivedEntry> entries) {
    ReceivedEntry evidence = entries.get(4);
    UUID subject =
        SpendingLines.evidenceSubject(evidence.type(), evidence.held().get().facts()).get();
    return List.of(SpendingLines.evidence(evidence, subject));
  }

  private static ReceivedDigest digest(KeyPair key, List<ReceivedEntry> entries, long count)
      throws Exception {
    SignedDigest unsigned =
        new SignedDigest(
            UUID.randomUUID(),
            CITY,
            count,
            entries.get((int) count - 1).hash(),
            CanonicalForm.toMicros(Instant.now()),
            LedgerKeys.keyId(key.getPublic()),
            "");
    Signature ed25519 = Signature.getInstance("Ed25519");
    ed25519.initSign(key.getPrivate());
    ed25519.update(unsigned.canonical().getBytes(StandardCharsets.UTF_8));
    return new ReceivedDigest(
        unsigned.id(),
        CITY,
        count,
        unsigned.headHash(),
        unsigned.producedAt(),
        unsigned.keyId(),
        Base64.getEncoder().encodeToString(ed25519.sign()),
        LedgerKeys.pem("PUBLIC KEY", key.getPublic().getEncoded()),
        Instant.now());
  }

  private static KeyPair key() throws Exception {
    return KeyPairGenerator.getInstance("Ed25519").generateKeyPair();
  }

  @Test
  void whatTheRegionReceivedVerifiesAgainstASignedDigest() throws Exception {
    List<ReceivedEntry> entries = received();
    Map<UUID, SpendingLine> lines = SpendingLines.replay(entries);
    assertEquals(3, lines.size(), "budget line, co-funded commitment, payment: " + lines.keySet());
    assertEquals("2035", String.valueOf(lines.get(line).fiscalYear()));
    assertEquals("40.00", lines.get(payment).regionShare().toPlainString());
    assertEquals("100.00", lines.get(payment).otherShares().get("STATE").toPlainString());
    RegionalVerification.Result result =
        RegionalVerification.verify(
            CITY,
            entries,
            Optional.of(digest(key(), entries, 5)),
            List.copyOf(lines.values()),
            documents(entries));
    assertTrue(result.valid(), result.toString());
    assertEquals(5, result.entries());
    assertEquals(4, result.heldEntries());
  }

  @Test
  void anEditedFactIsNamedByItsEntry() throws Exception {
    List<ReceivedEntry> entries = received();
    List<SpendingLine> lines = List.copyOf(SpendingLines.replay(entries).values());
    ReceivedEntry payment = entries.get(3);
    SortedMap<String, String> edited = new TreeMap<>(payment.held().get().facts());
    edited.put("split.REGION", "45.00");
    entries.set(
        3,
        new ReceivedEntry(
            CITY,
            payment.sequence(),
            payment.id(),
            payment.type(),
            payment.subjectId(),
            payment.recordedAt(),
            payment.previousHash(),
            payment.hash(),
            Optional.of(new ReceivedEntry.Held(payment.held().get().actor(), edited))));
    RegionalVerification.Result result =
        RegionalVerification.verify(CITY, entries, Optional.empty(), lines, documents(entries));
    assertFalse(result.valid());
    assertEquals(4, result.firstBroken().get().sequence());
    assertEquals(Reason.EDITED, result.firstBroken().get().reason());
  }

  @Test
  void aMissingEntryAWrongKeyAndAnEditedLineAreNamed() throws Exception {
    List<ReceivedEntry> entries = received();
    List<SpendingLine> lines = List.copyOf(SpendingLines.replay(entries).values());

    List<ReceivedEntry> gap = new ArrayList<>(entries);
    gap.remove(2);
    RegionalVerification.Result deleted =
        RegionalVerification.verify(CITY, gap, Optional.empty(), lines, documents(entries));
    assertEquals(Reason.DELETED, deleted.firstBroken().get().reason());
    assertEquals(3, deleted.firstBroken().get().sequence());

    ReceivedDigest good = digest(key(), entries, 5);
    ReceivedDigest otherKey = digest(key(), entries, 5);
    ReceivedDigest forged =
        new ReceivedDigest(
            good.id(),
            CITY,
            good.entryCount(),
            good.headHash(),
            good.producedAt(),
            good.keyId(),
            otherKey.signature(),
            good.publicKeyPem(),
            good.receivedAt());
    assertEquals(
        Reason.DIGEST_SIGNATURE,
        RegionalVerification.verify(CITY, entries, Optional.of(forged), lines, documents(entries))
            .firstBroken()
            .get()
            .reason());
    assertEquals(
        Reason.TRUNCATED,
        RegionalVerification.verify(
                CITY, entries.subList(0, 4), Optional.of(good), lines, documents(entries))
            .firstBroken()
            .get()
            .reason());

    List<SpendingLine> editedLines = new ArrayList<>(lines);
    SpendingLine commitmentLine =
        editedLines.stream().filter(l -> l.id().equals(commitment)).findFirst().get();
    editedLines.set(
        editedLines.indexOf(commitmentLine),
        new SpendingLine(
            CITY,
            commitmentLine.id(),
            commitmentLine.kind(),
            commitmentLine.fiscalYear(),
            commitmentLine.category(),
            commitmentLine.subCategory(),
            commitmentLine.label(),
            commitmentLine.budgetLineRef(),
            commitmentLine.commitmentRef(),
            commitmentLine.reversesRef(),
            commitmentLine.reference(),
            commitmentLine.supplierIdentifier(),
            commitmentLine.amount(),
            new java.math.BigDecimal("1.00"),
            commitmentLine.otherShares(),
            commitmentLine.currency(),
            commitmentLine.status(),
            commitmentLine.occurredOn(),
            commitmentLine.entryId(),
            commitmentLine.ledgerSequence(),
            commitmentLine.ledgerHash(),
            commitmentLine.statusSequence()));
    RegionalVerification.Result line =
        RegionalVerification.verify(
            CITY, entries, Optional.of(good), editedLines, documents(entries));
    assertEquals(Reason.EDITED, line.firstBroken().get().reason());
    assertEquals(2, line.firstBroken().get().sequence());
    assertTrue(line.firstBroken().get().detail().contains("regionShare"), line.toString());
  }

  @Test
  void aReversalHasANegativeRegionShareAndIsStillTheRegions() {
    assertTrue(SpendingLines.coFunded(split("-400.00")));
    assertFalse(SpendingLines.coFunded(split("0.00")));
    assertTrue(SpendingLines.coFunded(facts("funder", "REGION", "committedAmount", "1.00")));
    assertFalse(SpendingLines.coFunded(facts("funder", "STATE", "committedAmount", "1.00")));
  }
}
