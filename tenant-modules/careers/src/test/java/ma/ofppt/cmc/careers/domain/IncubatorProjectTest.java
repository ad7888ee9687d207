package ma.ofppt.cmc.careers.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.LocalDate;
import java.util.UUID;
import ma.ofppt.cmc.platform.domain.ConflictException;
import ma.ofppt.cmc.platform.domain.DomainRuleViolation;
import ma.ofppt.cmc.platform.domain.LocalizedName;
import org.junit.jupiter.api.Test;

class IncubatorProjectTest {
  private static final LocalDate TODAY = LocalDate.of(2045, 3, 1);

  private static IncubatorProject project() {
    return new IncubatorProject(
        "inc-1",
        LocalizedName.of("Atelier vélo", "ورشة الدراجات"),
        "services-to-persons",
        TODAY.minusDays(30),
        TODAY);
  }

  @Test
  void goesFromIdeaToLaunchWithDaysThatNeverGoBack() {
    IncubatorProject project = project();
    assertEquals("INC-1", project.code());
    assertEquals(
        "on",
        assertThrows(DomainRuleViolation.class, () -> project.incubate(TODAY.minusDays(31), TODAY))
            .field());
    project.incubate(TODAY.minusDays(20), TODAY);
    assertEquals(
        "founders",
        assertThrows(DomainRuleViolation.class, () -> project.launch(TODAY, TODAY)).field());
    UUID founder = UUID.randomUUID();
    project.addFounder(founder, TODAY.minusDays(20), TODAY);
    assertEquals(
        "traineeId",
        assertThrows(ConflictException.class, () -> project.addFounder(founder, TODAY, TODAY))
            .field());
    project.launch(TODAY, TODAY);
    assertEquals(ProjectStatus.LAUNCHED, project.status());
    assertEquals(
        "status",
        assertThrows(ConflictException.class, () -> project.incubate(TODAY, TODAY)).field());
    project.close(TODAY, "cessation d'activité", TODAY);
    assertEquals(
        "status",
        assertThrows(
                ConflictException.class, () -> project.recordSession(TODAY, "x", "coach", TODAY))
            .field());
  }

  @Test
  void refusesAnUnknownSectorOrAFutureDay() {
    assertEquals(
        "sectorCode",
        assertThrows(
                DomainRuleViolation.class,
                () ->
                    new IncubatorProject(
                        "INC-2", LocalizedName.of("Projet", "مشروع"), "space", TODAY, TODAY))
            .field());
    assertEquals(
        "heldOn",
        assertThrows(
                DomainRuleViolation.class,
                () -> project().recordSession(TODAY.plusDays(1), "pitch", "coach", TODAY))
            .field());
  }
}
