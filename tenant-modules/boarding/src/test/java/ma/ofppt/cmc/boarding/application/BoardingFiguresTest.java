package ma.ofppt.cmc.boarding.application;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;

class BoardingFiguresTest {
  @Test
  void ratesHaveOneDecimalHalfUpAndNoneWithoutADenominator() {
    assertEquals("33.3", BoardingFigures.percent(1, 3).toPlainString());
    assertEquals("66.7", BoardingFigures.percent(2, 3).toPlainString());
    assertEquals("0.2", BoardingFigures.percent(1, 448).toPlainString());
    assertEquals("100.0", BoardingFigures.percent(5, 5).toPlainString());
    assertNull(BoardingFigures.percent(0, 0));
  }

  @Test
  void theTargetIsSixteenPercentRoundedUp() {
    assertEquals(0, BoardingFigures.atTarget(0));
    assertEquals(1, BoardingFigures.atTarget(5));
    assertEquals(16, BoardingFigures.atTarget(100));
    assertEquals(17, BoardingFigures.atTarget(101));
    assertEquals(480, BoardingFigures.atTarget(3000));
  }

  @Test
  void demoBedsArePublishedOrSixteenPercentOfSeatsInRoomsOfFour() {
    assertEquals(56, BoardingDemoData.roomsPerWing(448, 3000), "Tamansourt: 448 beds published");
    assertEquals(91, BoardingDemoData.roomsPerWing(null, 4560), "16 % of 4,560 = 729 → 728");
    assertEquals(0, BoardingDemoData.roomsPerWing(null, 0));
  }
}
