package ma.ofppt.cmc.careers.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.UUID;
import ma.ofppt.cmc.platform.domain.ConflictException;
import ma.ofppt.cmc.platform.domain.DomainRuleViolation;
import org.junit.jupiter.api.Test;

class TracerSurveyTest {
  private static final LocalDate GRADUATED = LocalDate.of(2044, 6, 30);
  private static final LocalDate TODAY = LocalDate.of(2045, 1, 15);

  private static TracerSurvey survey(int horizon) {
    TracerWave wave = new TracerWave("2043-2044", horizon, TODAY);
    return new TracerSurvey(wave, UUID.randomUUID(), UUID.randomUUID(), GRADUATED);
  }

  private static SurveyAnswer employed() {
    return new SurveyAnswer(
        Situation.EMPLOYED, "digital-ai", ContractType.FIXED_TERM, true, false, null, null);
  }

  @Test
  void isDueOnTheGraduationDayPlusTheHorizon() {
    assertEquals(LocalDate.of(2044, 12, 30), survey(6).dueOn());
    assertEquals(LocalDate.of(2045, 6, 30), survey(12).dueOn());
    DomainRuleViolation bad =
        assertThrows(DomainRuleViolation.class, () -> new TracerWave("2043-2044", 9, TODAY));
    assertEquals("horizonMonths", bad.field());
    assertEquals(
        "academicYear",
        assertThrows(DomainRuleViolation.class, () -> new TracerWave("2043-2045", 6, TODAY))
            .field());
  }

  @Test
  void aResponseIsFinal() {
    TracerSurvey survey = survey(6);
    assertFalse(survey.contacted());
    survey.respond(employed(), TODAY, TODAY);
    assertEquals(SurveyState.RESPONDED, survey.state());
    assertTrue(survey.contacted());
    assertEquals(Situation.EMPLOYED, survey.answer().orElseThrow().situation());
    ConflictException again =
        assertThrows(ConflictException.class, () -> survey.refuse(TODAY, TODAY));
    assertEquals("state", again.field());
    assertThrows(
        ConflictException.class,
        () -> survey.recordAttempt(TODAY, ContactChannel.PHONE, null, TODAY));
  }

  @Test
  void unreachableOnlyAfterThreeAttempts() {
    TracerSurvey survey = survey(6);
    survey.recordAttempt(TODAY.minusDays(2), ContactChannel.PHONE, "no answer", TODAY);
    survey.recordAttempt(TODAY.minusDays(1), ContactChannel.SMS, null, TODAY);
    DomainRuleViolation early =
        assertThrows(DomainRuleViolation.class, () -> survey.markUnreachable(TODAY, TODAY));
    assertEquals("contactAttempts", early.field());
    survey.recordAttempt(TODAY, ContactChannel.EMAIL, null, TODAY);
    survey.markUnreachable(TODAY, TODAY);
    assertEquals(SurveyState.UNREACHABLE, survey.state());
    assertEquals(3, survey.attempts().size());
  }

  @Test
  void datesAreBetweenGraduationAndToday() {
    TracerSurvey survey = survey(6);
    assertEquals(
        "attemptedOn",
        assertThrows(
                DomainRuleViolation.class,
                () ->
                    survey.recordAttempt(GRADUATED.minusDays(1), ContactChannel.PHONE, null, TODAY))
            .field());
    assertEquals(
        "respondedOn",
        assertThrows(
                DomainRuleViolation.class,
                () -> survey.respond(employed(), TODAY.plusDays(1), TODAY))
            .field());
  }

  @Test
  void anAnswerHasTheDetailsOfItsSituationOnly() {
    assertEquals(
        "contractType",
        assertThrows(
                DomainRuleViolation.class,
                () ->
                    new SurveyAnswer(
                        Situation.EMPLOYED, "digital-ai", null, true, false, null, null))
            .field());
    assertEquals(
        "sectorCode",
        assertThrows(
                DomainRuleViolation.class,
                () ->
                    new SurveyAnswer(
                        Situation.EMPLOYED, "space", ContractType.INTERIM, true, false, null, null))
            .field());
    assertEquals(
        "country",
        assertThrows(
                DomainRuleViolation.class,
                () ->
                    new SurveyAnswer(
                        Situation.INTERNATIONAL_MOBILITY, null, null, null, false, "MA", "THAMM"))
            .field());
    assertEquals(
        "contractType",
        assertThrows(
                DomainRuleViolation.class,
                () ->
                    new SurveyAnswer(
                        Situation.FURTHER_STUDY,
                        null,
                        ContractType.PERMANENT,
                        null,
                        false,
                        null,
                        null))
            .field());
    assertEquals(
        "incubatorStartup",
        assertThrows(
                DomainRuleViolation.class,
                () -> new SurveyAnswer(Situation.SEEKING, null, null, null, true, null, null))
            .field());
    SurveyAnswer abroad =
        new SurveyAnswer(Situation.INTERNATIONAL_MOBILITY, null, null, null, false, "de", "THAMM");
    assertEquals("DE", abroad.country());
  }

  @Test
  void ratesComeFromSummedCountsAndSayWhenTheBaseIsSmall() {
    TracerSurvey employed = survey(6);
    employed.respond(employed(), TODAY, TODAY);
    TracerSurvey studying = survey(6);
    studying.respond(
        new SurveyAnswer(Situation.FURTHER_STUDY, null, null, null, false, null, null),
        TODAY,
        TODAY);
    TracerSurvey abroad = survey(6);
    abroad.respond(
        new SurveyAnswer(Situation.INTERNATIONAL_MOBILITY, null, null, null, false, "BE", "THAMM"),
        TODAY,
        TODAY);
    TracerSurvey refused = survey(6);
    refused.refuse(TODAY, TODAY);
    TracerSurvey pending = survey(6);
    TracerCounts counts = TracerCounts.graduatesOnly(6);
    for (TracerSurvey s : new TracerSurvey[] {employed, studying, abroad, refused, pending}) {
      counts = counts.plus(TracerCounts.of(s));
    }
    assertEquals(6, counts.graduates());
    assertEquals(5, counts.surveyed());
    assertEquals(4, counts.contacted());
    assertEquals(3, counts.responses());
    assertEquals(1, counts.refused());
    assertEquals(1, counts.pending());
    assertEquals(2, counts.inserted(), "further study is not insertion");
    assertEquals(1, counts.employedInField());
    assertEquals(new BigDecimal("60.0"), counts.responseRate().value());
    assertEquals(new BigDecimal("66.7"), counts.insertionRate().value());
    assertEquals(3, counts.insertionRate().base());
    assertTrue(counts.insertionRate().smallBase());
    assertNull(TracerCounts.NONE.insertionRate().value(), "no respondent, no rate");
    assertFalse(Rate.of(7, 10).smallBase());
  }
}
