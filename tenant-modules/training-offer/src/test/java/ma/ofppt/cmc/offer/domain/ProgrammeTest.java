package ma.ofppt.cmc.offer.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.Field;
import ma.ofppt.cmc.platform.domain.AcademicYear;
import ma.ofppt.cmc.platform.domain.DomainRuleViolation;
import ma.ofppt.cmc.platform.domain.LocalizedName;
import ma.ofppt.cmc.platform.offer.EducationLevel;
import org.junit.jupiter.api.Test;

/** The programme's own rules, without a container. */
class ProgrammeTest {
  private static final Sector DIGITAL = sector("digital-ai", false);
  private static final Sector COMMERCE = sector("management-commerce", true);
  private static final Pole POLE =
      new Pole("DIGITAL", LocalizedName.of("Pôle digital", "القطب الرقمي"), DIGITAL);

  @Test
  void diplomaLevelsDefaultToAges15To30AndTheirEntryLevel() {
    Programme p =
        new Programme(
            "dev-ts", definition(DIGITAL, TrainingLevel.SPECIALIZED_TECHNICIAN, null, null, null));
    assertEquals("DEV-TS", p.code());
    assertEquals(15, p.targetAgeMin());
    assertEquals(30, p.targetAgeMax());
    assertEquals(EducationLevel.BACCALAUREATE, p.minimumEducation());
    assertFalse(p.hasExtraLanguageSemester());
    assertEquals(24, p.totalDurationMonths());
  }

  @Test
  void diplomaLevelsRefuseAgesOutside15To30() {
    assertField(
        "targetAgeMax",
        () -> new Programme("A", definition(DIGITAL, TrainingLevel.TECHNICIAN, null, 16, 31)));
    assertField(
        "targetAgeMin",
        () ->
            new Programme("A", definition(DIGITAL, TrainingLevel.QUALIFIED_WORKER, null, 14, 20)));
    Programme adults =
        new Programme("A", definition(DIGITAL, TrainingLevel.QUALIFYING, null, 18, 45));
    assertEquals(45, adults.targetAgeMax());
  }

  @Test
  void commerceAndTourismCarryTheExtraSemester() {
    Programme derived =
        new Programme("A", definition(COMMERCE, TrainingLevel.TECHNICIAN, null, null, null));
    assertTrue(derived.hasExtraLanguageSemester());
    assertEquals(30, derived.totalDurationMonths());
    assertField(
        "extraLanguageSemester",
        () ->
            new Programme("A", definition(COMMERCE, TrainingLevel.TECHNICIAN, false, null, null)));
    assertTrue(
        new Programme("A", definition(DIGITAL, TrainingLevel.TECHNICIAN, true, null, null))
            .hasExtraLanguageSemester());
  }

  @Test
  void newCurriculaGiveAtLeast30PercentToSoftSkills() {
    ProgrammeDefinition low =
        new ProgrammeDefinition(
            LocalizedName.of("Cuisine", "الطبخ"),
            DIGITAL,
            POLE,
            TrainingLevel.TECHNICIAN,
            24,
            29,
            true,
            null,
            null,
            null,
            null);
    assertField("softSkillsShare", () -> new Programme("A", low));
    ProgrammeDefinition legacy =
        new ProgrammeDefinition(
            LocalizedName.of("Cuisine", "الطبخ"),
            DIGITAL,
            POLE,
            TrainingLevel.TECHNICIAN,
            24,
            10,
            false,
            null,
            null,
            null,
            null);
    assertEquals(10, new Programme("A", legacy).softSkillsShare());
  }

  @Test
  void intakesNeverHaveMoreFirstYearSeatsThanSeatsAndClosedProgrammesTakeNone() {
    Programme p =
        new Programme("A", definition(DIGITAL, TrainingLevel.TECHNICIAN, null, null, null));
    AcademicYear year = new AcademicYear("2025-2026");
    p.planIntake(year, 40, 20);
    p.planIntake(year, 50, 25);
    assertEquals(1, p.intakes().size());
    assertEquals(50, p.intake(year).orElseThrow().totalSeats());
    assertField("firstYearSeats", () -> p.planIntake(year, 10, 11));
    assertEquals(50, p.intake(year).orElseThrow().totalSeats(), "a refused change keeps the seats");
    p.deactivate("fermée");
    assertField("status", () -> p.planIntake(new AcademicYear("2026-2027"), 10, 5));
    assertField(
        "reason",
        () ->
            new Programme("B", definition(DIGITAL, TrainingLevel.TECHNICIAN, null, null, null))
                .deactivate(" "));
  }

  @Test
  void academicYearsAreConsecutive() {
    assertTrue(AcademicYear.isValid("2025-2026"));
    assertFalse(AcademicYear.isValid("2025-2027"));
    assertFalse(AcademicYear.isValid("25-26"));
    assertField("academicYear", () -> new AcademicYear("2025"));
  }

  @Test
  void codesAreNormalisedAndChecked() {
    assertField(
        "code",
        () ->
            new Programme(
                "has space", definition(DIGITAL, TrainingLevel.TECHNICIAN, null, null, null)));
    assertField(
        "code",
        () -> new Programme("", definition(DIGITAL, TrainingLevel.TECHNICIAN, null, null, null)));
  }

  private static ProgrammeDefinition definition(
      Sector sector, TrainingLevel level, Boolean semester, Integer ageMin, Integer ageMax) {
    return new ProgrammeDefinition(
        LocalizedName.of("Développement digital", "التنمية الرقمية"),
        sector,
        POLE,
        level,
        24,
        30,
        true,
        semester,
        ageMin,
        ageMax,
        null);
  }

  private static void assertField(String field, Runnable action) {
    DomainRuleViolation violation = assertThrows(DomainRuleViolation.class, action::run);
    assertEquals(field, violation.field(), violation.getMessage());
  }

  private static Sector sector(String code, boolean languageSemester) {
    try {
      var constructor = Sector.class.getDeclaredConstructor();
      constructor.setAccessible(true);
      Sector sector = constructor.newInstance();
      set(sector, "code", code);
      set(sector, "name", LocalizedName.of(code, "قطاع"));
      set(sector, "languageSemester", languageSemester);
      return sector;
    } catch (ReflectiveOperationException e) {
      throw new IllegalStateException(e);
    }
  }

  private static void set(Object target, String field, Object value)
      throws ReflectiveOperationException {
    Field f = target.getClass().getDeclaredField(field);
    f.setAccessible(true);
    f.set(target, value);
  }
}
