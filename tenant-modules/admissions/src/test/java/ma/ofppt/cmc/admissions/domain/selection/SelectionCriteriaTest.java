package ma.ofppt.cmc.admissions.domain.selection;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import ma.ofppt.cmc.platform.domain.DomainRuleViolation;
import org.junit.jupiter.api.Test;

/** A programme's weighted criteria and the scores they give. */
class SelectionCriteriaTest {
  private static final SelectionCriteria USUAL =
      SelectionCriteria.of("gradeAverage", "0.6", "test", "0.3", "interview", "0.1");

  @Test
  void scoreIsTheWeightedSumToFourDecimals() {
    BigDecimal score = USUAL.score(inputs("15.25", "12.5", "18"));
    // 0.6 × 15.25 + 0.3 × 12.5 + 0.1 × 18 = 9.15 + 3.75 + 1.8
    assertEquals(new BigDecimal("14.7000"), score);
    assertEquals(List.of("gradeAverage", "test", "interview"), USUAL.names());
  }

  @Test
  void scoreIsRoundedOnceHalfEven() {
    SelectionCriteria half = SelectionCriteria.of("gradeAverage", "0.5");
    // 5.00005 and 5.00015 are both exactly half-way: half-even goes to the even neighbour (half-up
    // would give 5.0001 for the first).
    assertEquals(new BigDecimal("5.0000"), half.score(Map.of("gradeAverage", bd("10.0001"))));
    assertEquals(new BigDecimal("5.0002"), half.score(Map.of("gradeAverage", bd("10.0003"))));
    // The exact sum 0.00004 + 0.00004 rounds to 0.0001; rounding each product first would give 0.
    SelectionCriteria two = SelectionCriteria.of("a", "0.00002", "b", "0.00002");
    assertEquals(new BigDecimal("0.0001"), two.score(Map.of("a", bd("2"), "b", bd("2"))));
  }

  @Test
  void longArithmeticAndBigDecimalGiveTheSameScores() {
    // Ranking scores in long arithmetic when weights and inputs have few decimals, and in
    // BigDecimal otherwise; both must equal the plain definition, including half-way cases.
    Random random = new Random(3);
    int[] inputDecimals = {0, 1, 2, 4, 6};
    for (int n = 0; n < 5_000; n++) {
      int count = 1 + random.nextInt(4);
      String[] spec = new String[2 * count];
      for (int i = 0; i < count; i++) {
        spec[2 * i] = "c" + i;
        int weightScale = random.nextInt(10) == 0 ? 9 : random.nextInt(4);
        BigDecimal weight =
            BigDecimal.valueOf(1 + random.nextInt(5_000), weightScale)
                .multiply(random.nextInt(50) == 0 ? new BigDecimal("1E+14") : BigDecimal.ONE);
        spec[2 * i + 1] = weight.toString();
      }
      SelectionCriteria criteria = SelectionCriteria.of(spec);
      Map<String, BigDecimal> inputs = new HashMap<>();
      BigDecimal exact = BigDecimal.ZERO;
      for (int i = 0; i < count; i++) {
        int decimals = inputDecimals[random.nextInt(inputDecimals.length)];
        long unscaled = random.nextInt(20) * pow10(decimals) + random.nextInt(pow10(decimals));
        BigDecimal input = BigDecimal.valueOf(unscaled, decimals);
        inputs.put("c" + i, input);
        exact = exact.add(criteria.criteria().get(i).weight().multiply(input));
      }
      assertEquals(
          exact.setScale(4, RoundingMode.HALF_EVEN),
          criteria.score(inputs),
          criteria + " " + inputs);
    }
  }

  @Test
  void unusualDecimalsStillScoreExactly() {
    // Nine decimals in a weight, six in an input, a weight written 1E+1: BigDecimal arithmetic.
    SelectionCriteria fine = SelectionCriteria.of("a", "0.000000005", "b", "1E+1");
    assertEquals(
        new BigDecimal("120.0000"), fine.score(Map.of("a", bd("0.000001"), "b", bd("12"))));
    assertEquals(
        new BigDecimal("120.0000"), fine.score(Map.of("a", bd("10"), "b", bd("12.000000"))));
    assertEquals(new BigDecimal("0.0001"), fine.score(Map.of("a", bd("10"), "b", bd("0.00001"))));
  }

  @Test
  void hugeWeightsDoNotOverflow() {
    // 2 × 3·10^13 × 20 × 10^4 exceeds a long: such weights are scored in BigDecimal.
    SelectionCriteria huge = SelectionCriteria.of("a", "3E+13", "b", "3E+13");
    assertEquals(
        new BigDecimal("1200000000000000.0000"), huge.score(Map.of("a", bd("20"), "b", bd("20"))));
  }

  private static int pow10(int n) {
    int p = 1;
    for (int i = 0; i < n; i++) {
      p *= 10;
    }
    return p;
  }

  @Test
  void inputsNoCriterionNamesAreIgnored() {
    SelectionCriteria gradesOnly = SelectionCriteria.of("gradeAverage", "1");
    assertEquals(new BigDecimal("13.5000"), gradesOnly.score(inputs("13.5", "2", "3")));
  }

  @Test
  void aMissingOrOutOfScaleInputIsACallersMistake() {
    assertThrows(
        IllegalArgumentException.class,
        () -> USUAL.score(Map.of("gradeAverage", bd("12"), "test", bd("11"))));
    assertThrows(IllegalArgumentException.class, () -> USUAL.score(inputs("20.01", "1", "1")));
    assertThrows(IllegalArgumentException.class, () -> USUAL.score(inputs("-0.01", "1", "1")));
    assertEquals(new BigDecimal("20.0000"), USUAL.score(inputs("20", "20", "20")));
    assertEquals(new BigDecimal("0.0000"), USUAL.score(inputs("0", "0", "0")));
  }

  @Test
  void refusesCriteriaThatCannotRank() {
    assertThrows(DomainRuleViolation.class, () -> new SelectionCriteria(List.of()));
    assertThrows(
        DomainRuleViolation.class, () -> SelectionCriteria.of("test", "0.5", "test", "0.5"));
    assertThrows(DomainRuleViolation.class, () -> SelectionCriteria.of("test", "0"));
    assertThrows(DomainRuleViolation.class, () -> SelectionCriteria.of("test", "-0.1"));
    assertThrows(DomainRuleViolation.class, () -> SelectionCriteria.of(" ", "1"));
    assertThrows(DomainRuleViolation.class, () -> SelectionCriteria.of("test"));
    DomainRuleViolation e =
        assertThrows(DomainRuleViolation.class, () -> SelectionCriteria.of("a", "1", "a", "2"));
    assertEquals("criteria", e.field());
  }

  static Map<String, BigDecimal> inputs(String gradeAverage, String test, String interview) {
    return Map.of("gradeAverage", bd(gradeAverage), "test", bd(test), "interview", bd(interview));
  }

  static BigDecimal bd(String value) {
    return new BigDecimal(value);
  }
}
