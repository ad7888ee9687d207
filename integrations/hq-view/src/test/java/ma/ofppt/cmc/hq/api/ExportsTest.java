package ma.ofppt.cmc.hq.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import ma.ofppt.cmc.hq.domain.Dimension;
import ma.ofppt.cmc.platform.api.InvalidInputException;
import org.junit.jupiter.api.Test;

class ExportsTest {
  @Test
  void csvQuotesOnlyWhatNeedsItAndKeepsNumbersExact() {
    String csv =
        Exports.csv(
            new Exports.Table(
                "t",
                List.of("city", "note", "value", "at"),
                List.of(
                    Arrays.asList(
                        "fes-meknes",
                        "a, \"b\"\nc",
                        new BigDecimal("1E+3"),
                        Instant.parse("2026-12-03T10:00:00Z")),
                    Arrays.asList("oriental", null, new BigDecimal("0.50"), null))));
    assertEquals(
        "city,note,value,at\r\n"
            + "fes-meknes,\"a, \"\"b\"\"\nc\",1000,2026-12-03T10:00:00Z\r\n"
            + "oriental,,0.50,\r\n",
        csv);
  }

  @Test
  void parametersAreReadOrRefusedByName() {
    assertEquals(List.of(Dimension.CITY, Dimension.PERIOD), Params.groupBy(null));
    assertEquals(List.of(), Params.groupBy(List.of("none")));
    assertEquals(
        List.of(Dimension.REGION, Dimension.SECTOR, Dimension.LEVEL),
        Params.groupBy(List.of("region, sector", "level")));
    assertEquals(
        "groupBy",
        assertThrows(InvalidInputException.class, () -> Params.groupBy(List.of("province")))
            .field());
    assertEquals(
        "period",
        assertThrows(
                InvalidInputException.class,
                () -> Params.periods(List.of("intake:2025-2026,2026"), "period"))
            .field());
    assertEquals(
        "city",
        assertThrows(InvalidInputException.class, () -> Params.names(List.of("Fès"), "city"))
            .field());
    assertEquals(
        "format", assertThrows(InvalidInputException.class, () -> Params.format("pdf")).field());
  }
}
