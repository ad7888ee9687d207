package ma.ofppt.cmc.offer.application;

import java.util.UUID;
import ma.ofppt.cmc.offer.domain.TrainingLevel;
import ma.ofppt.cmc.platform.offer.EducationLevel;

/** A programme's definition as given by a caller, before sector and pole are resolved. */
public record ProgrammeCommand(
    String nameFr,
    String nameAr,
    String sectorCode,
    UUID poleId,
    TrainingLevel level,
    int durationMonths,
    int softSkillsShare,
    boolean newCurriculum,
    Boolean extraLanguageSemester,
    Integer targetAgeMin,
    Integer targetAgeMax,
    EducationLevel minimumEducation) {}
