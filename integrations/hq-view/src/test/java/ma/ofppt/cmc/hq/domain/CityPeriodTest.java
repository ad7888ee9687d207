package ma.ofppt.cmc.hq.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import ma.ofppt.cmc.platform.domain.ConflictException;
import ma.ofppt.cmc.platform.domain.DomainRuleViolation;
import org.junit.jupiter.api.Test;

class CityPeriodTest {
  private static final Instant AT = Instant.parse("2026-12-03T12:00:00Z");

  @Test
  void periodsAreIntakesOrFiscalYears() {
    assertTrue(Period.isValid("intake:2025-2026"));
    assertTrue(Period.isValid("fiscal:2026"));
    assertFalse(Period.isValid("intake:2025-2027"));
    assertFalse(Period.isValid("2025-2026"));
    assertFalse(Period.isValid("fiscal:26"));
    assertFalse(Period.isValid("fiscal:1999"));
    assertFalse(Period.isValid(null));
    assertEquals(
        "period",
        assertThrows(DomainRuleViolation.class, () -> new Period("month:2026-01")).field());
  }

  @Test
  void closeThenReopenWithAReason() {
    CityPeriod period = CityPeriod.open("oriental", new Period("fiscal:2026"));
    PeriodEvent closed = period.close("analyst@ofppt", "  ", AT);
    assertTrue(period.isClosed());
    assertEquals(PeriodAction.CLOSED, closed.action());
    assertNull(closed.reason(), "a blank reason is no reason");
    assertEquals("analyst@ofppt", period.closedBy().orElseThrow());

    assertEquals(
        "period",
        assertThrows(ConflictException.class, () -> period.close("other", null, AT)).field());

    PeriodEvent reopened = period.reopen("analyst@ofppt", " audit found an error ", AT);
    assertFalse(period.isClosed());
    assertEquals("audit found an error", reopened.reason());
    assertEquals(PeriodAction.REOPENED, reopened.action());
  }

  @Test
  void reopeningNeedsAWrittenReasonAndAClosedPeriod() {
    CityPeriod closed =
        CityPeriod.closed("oriental", new Period("intake:2025-2026"), AT, "analyst@ofppt");
    assertEquals(
        "reason",
        assertThrows(DomainRuleViolation.class, () -> closed.reopen("a", " ", AT)).field());
    assertEquals(
        "reason",
        assertThrows(DomainRuleViolation.class, () -> closed.reopen("a", "x".repeat(2001), AT))
            .field());
    assertTrue(closed.isClosed(), "a refused reopen changes nothing");
    CityPeriod open = CityPeriod.open("oriental", new Period("intake:2025-2026"));
    assertEquals(
        "period",
        assertThrows(ConflictException.class, () -> open.reopen("a", "because", AT)).field());
  }
}
