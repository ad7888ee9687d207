package ma.ofppt.cmc.offer.api;

import java.util.List;
import java.util.UUID;
import ma.ofppt.cmc.offer.domain.Programme;
import ma.ofppt.cmc.offer.domain.ProgrammeIntake;
import ma.ofppt.cmc.offer.domain.ProgrammeStatus;
import ma.ofppt.cmc.offer.domain.TrainingLevel;
import ma.ofppt.cmc.platform.api.Name;
import ma.ofppt.cmc.platform.offer.EducationLevel;

public record ProgrammeView(
    UUID id,
    String code,
    Name name,
    String sectorCode,
    UUID poleId,
    TrainingLevel level,
    int durationMonths,
    int totalDurationMonths,
    int softSkillsShare,
    boolean newCurriculum,
    boolean extraLanguageSemester,
    int targetAgeMin,
    int targetAgeMax,
    EducationLevel minimumEducation,
    ProgrammeStatus status,
    String statusReason,
    long version,
    List<IntakeView> intakes) {

  public record IntakeView(String academicYear, int totalSeats, int firstYearSeats) {
    static IntakeView of(ProgrammeIntake intake) {
      return new IntakeView(
          intake.academicYear().value(), intake.totalSeats(), intake.firstYearSeats());
    }
  }

  static ProgrammeView of(Programme p) {
    return new ProgrammeView(
        p.id(),
        p.code(),
        Name.of(p.name()),
        p.sectorCode(),
        p.poleId(),
        p.level(),
        p.durationMonths(),
        p.totalDurationMonths(),
        p.softSkillsShare(),
        p.isNewCurriculum(),
        p.hasExtraLanguageSemester(),
        p.targetAgeMin(),
        p.targetAgeMax(),
        p.minimumEducation(),
        p.status(),
        p.statusReason().orElse(null),
        p.version(),
        p.intakes().stream().map(IntakeView::of).toList());
  }
}
