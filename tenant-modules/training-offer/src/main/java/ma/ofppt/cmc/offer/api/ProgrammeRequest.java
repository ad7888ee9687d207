package ma.ofppt.cmc.offer.api;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;
import java.util.UUID;
import ma.ofppt.cmc.offer.application.ProgrammeCommand;
import ma.ofppt.cmc.offer.domain.TrainingLevel;
import ma.ofppt.cmc.platform.api.InvalidInputException;
import ma.ofppt.cmc.platform.offer.EducationLevel;

/**
 * A programme as a city sends it. {@code code} is read on creation only; {@code version} is
 * required on update (the version you read), so that two editors never overwrite each other. {@code
 * extraLanguageSemester}, {@code targetAgeMin/Max} and {@code minimumEducation} default from the
 * sector and the level when left out.
 */
public record ProgrammeRequest(
    String code,
    @NotNull @Valid NameDto name,
    @NotBlank String sectorCode,
    @NotNull UUID poleId,
    @NotBlank String level,
    @NotNull @Min(1) @Max(48) Integer durationMonths,
    @NotNull @Min(0) @Max(100) Integer softSkillsShare,
    Boolean newCurriculum,
    Boolean extraLanguageSemester,
    @Min(14) @Max(65) Integer targetAgeMin,
    @Min(14) @Max(65) Integer targetAgeMax,
    String minimumEducation,
    @PositiveOrZero Long version) {

  ProgrammeCommand toCommand() {
    return new ProgrammeCommand(
        name.fr(),
        name.ar(),
        sectorCode,
        poleId,
        InvalidInputException.parseEnum(TrainingLevel.class, level, "level"),
        durationMonths,
        softSkillsShare,
        Boolean.TRUE.equals(newCurriculum),
        extraLanguageSemester,
        targetAgeMin,
        targetAgeMax,
        InvalidInputException.parseEnum(
            EducationLevel.class, minimumEducation, "minimumEducation"));
  }
}
