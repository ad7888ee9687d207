package ma.ofppt.cmc.admissions.domain.selection;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import java.util.UUID;
import ma.ofppt.cmc.platform.domain.DomainRuleViolation;
import org.junit.jupiter.api.Test;

/** The published draw, checked against numbers computed outside Java with {@code sha256sum}. */
class LotteryTest {
  static final String SEED = "cmc-casablanca-settat/2026-2027";
  static final UUID A = UUID.fromString("00000000-0000-0000-0000-00000000000a");
  static final UUID C = UUID.fromString("00000000-0000-0000-0000-00000000000c");

  @Test
  void numbersAreTheFirstEightBytesOfSha256OfSeedColonId() {
    // printf '%s' "cmc-casablanca-settat/2026-2027:00000000-0000-0000-0000-00000000000a" \
    //   | sha256sum | cut -c1-16
    Lottery lottery = new Lottery(SEED);
    assertEquals("0007c77456b52ae4", Lottery.hex(lottery.numberOf(A)));
    assertEquals("f3fa363a29d225b0", Lottery.hex(lottery.numberOf(C)));
    assertEquals("99c8b413d4c2f31e", Lottery.hex(new Lottery("intake-2027").numberOf(A)));
    assertEquals("958a962643acdbfc", Lottery.hex(new Lottery("intake-2027").numberOf(C)));
  }

  @Test
  void numbersCompareUnsigned() {
    // f3fa… is negative as a signed long; it must still come after 0007….
    Lottery lottery = new Lottery(SEED);
    long a = lottery.numberOf(A);
    long c = lottery.numberOf(C);
    assertEquals(-1, Integer.signum(Lottery.compare(a, A, c, C)));
    assertEquals(1, Integer.signum(Lottery.compare(c, C, a, A)));
    // Equal numbers (never seen in practice) fall back to the ids' text.
    assertEquals(-1, Integer.signum(Lottery.compare(7, A, 7, C)));
  }

  @Test
  void aDrawIsReproducibleAndCoversExactlyItsApplicants() {
    Lottery.Draw first = new Lottery(SEED).draw(List.of(A, C));
    Lottery.Draw again = new Lottery(SEED).draw(List.of(C, A));
    assertEquals(first.numberOf(A), again.numberOf(A));
    assertEquals(first.numberOf(C), again.numberOf(C));
    assertEquals(new Lottery(SEED).numberOf(C), first.numberOf(C));
    assertEquals(2, first.size());
    assertNotEquals(first.numberOf(A), new Lottery(SEED + " ").draw(List.of(A)).numberOf(A));
    assertThrows(
        IllegalArgumentException.class,
        () -> first.numberOf(UUID.fromString("00000000-0000-0000-0000-00000000000b")));
  }

  @Test
  void hexKeepsLeadingZeros() {
    assertEquals("0000000000000001", Lottery.hex(1));
    assertEquals("ffffffffffffffff", Lottery.hex(-1));
  }

  @Test
  void refusesABlankSeed() {
    assertThrows(DomainRuleViolation.class, () -> new Lottery(" "));
    assertThrows(DomainRuleViolation.class, () -> new Lottery(null));
  }
}
