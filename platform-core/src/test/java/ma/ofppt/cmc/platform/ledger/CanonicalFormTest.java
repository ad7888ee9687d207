package ma.ofppt.cmc.platform.ledger;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.Comparator;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class CanonicalFormTest {
  private static final UUID SUBJECT = UUID.fromString("9b0c1d2e-3f40-4a5b-8c6d-7e8f90a1b2c3");
  private static final Instant AT = Instant.parse("2026-12-02T09:00:00.123456789Z");

  @Test
  void theFormIsFixedLinesWithFactsSortedAndTimeInMicros() {
    SortedMap<String, String> facts = new TreeMap<>(Comparator.reverseOrder());
    facts.put("funder", "REGION");
    facts.put("amount", "1250.00");
    String text =
        CanonicalForm.entry(
            "laayoune-sakia-el-hamra",
            1,
            "commitment.approved",
            SUBJECT,
            AT,
            "fatima",
            facts,
            CanonicalForm.GENESIS);
    assertEquals(
        "cmc-ledger-entry/1\n"
            + "tenant:laayoune-sakia-el-hamra\n"
            + "sequence:1\n"
            + "type:commitment.approved\n"
            + "subject:9b0c1d2e-3f40-4a5b-8c6d-7e8f90a1b2c3\n"
            + "recorded-at:1796202000123456\n"
            + "actor:fatima\n"
            + "previous:"
            + "0".repeat(64)
            + "\n"
            + "facts:2\n"
            + "amount=1250.00\n"
            + "funder=REGION\n",
        text);
    assertTrue(CanonicalForm.isHash(CanonicalForm.sha256(text)));
  }

  @Test
  void theHashIsSha256HexOfUtf8() {
    assertEquals(
        "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad",
        CanonicalForm.sha256("abc"));
  }

  @Test
  void lineBreaksAndEqualsSignsCannotForgeAnotherFact() {
    TreeMap<String, String> one = new TreeMap<>();
    one.put("a", "1\nb=2");
    TreeMap<String, String> two = new TreeMap<>();
    two.put("a", "1");
    two.put("b", "2");
    assertNotEquals(CanonicalForm.facts(one), CanonicalForm.facts(two));
    TreeMap<String, String> tricky = new TreeMap<>();
    tricky.put("x=y", "a\\b\r\nc");
    tricky.put("ar", "مركز");
    assertEquals(tricky, CanonicalForm.parseFacts(CanonicalForm.facts(tricky)));
  }

  @Test
  void theStoredTimeHashesAsTheAppendedOne() {
    ChainEntry appended =
        ChainEntry.chained(
            "oriental",
            1,
            UUID.randomUUID(),
            "t",
            SUBJECT,
            AT,
            "a",
            new TreeMap<>(),
            CanonicalForm.GENESIS);
    assertEquals(Instant.parse("2026-12-02T09:00:00.123456Z"), appended.recordedAt());
    assertEquals(appended.hash(), appended.recomputedHash());
    ChainEntry parsed = ChainJson.parseEntry(ChainJson.line(appended));
    assertEquals(appended, parsed);
  }

  @Test
  void theDigestFormNamesCityCountHeadAndTime() {
    assertEquals(
        "cmc-ledger-digest/1\ntenant:oriental\ncount:3\nhead:"
            + "a".repeat(64)
            + "\nproduced-at:1796202000123456\n",
        CanonicalForm.digest("oriental", 3, "a".repeat(64), AT));
  }
}
