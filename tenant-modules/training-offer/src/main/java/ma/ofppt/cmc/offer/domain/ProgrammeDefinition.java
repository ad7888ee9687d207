package ma.ofppt.cmc.offer.domain;

import ma.ofppt.cmc.platform.domain.LocalizedName;
import ma.ofppt.cmc.platform.offer.EducationLevel;

/**
 * What a city says a programme is: everything but its code and its seats. {@code
 * extraLanguageSemester}, {@code targetAgeMin/Max} and {@code minimumEducation} may be left null to
 * take the sector's and the level's defaults.
 */
public record ProgrammeDefinition(
    LocalizedName name,
    Sector sector,
    Pole pole,
    TrainingLevel level,
    int durationMonths,
    int softSkillsShare,
    boolean newCurriculum,
    Boolean extraLanguageSemester,
    Integer targetAgeMin,
    Integer targetAgeMax,
    EducationLevel minimumEducation) {}
