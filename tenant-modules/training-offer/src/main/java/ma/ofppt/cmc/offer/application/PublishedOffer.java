package ma.ofppt.cmc.offer.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import ma.ofppt.cmc.offer.domain.OfferCatalogue;
import ma.ofppt.cmc.offer.domain.Programme;
import ma.ofppt.cmc.offer.domain.ProgrammeIntake;
import ma.ofppt.cmc.offer.domain.ProgrammeStatus;
import ma.ofppt.cmc.platform.domain.AcademicYear;
import ma.ofppt.cmc.platform.offer.OfferedProgrammes;

/** The training offer as other modules may see it (see {@link OfferedProgrammes}). */
@ApplicationScoped
public class PublishedOffer implements OfferedProgrammes {
  @Inject OfferCatalogue catalogue;

  @Override
  @Transactional
  public List<OfferedProgramme> offeredIn(String academicYear) {
    AcademicYear year = new AcademicYear(academicYear);
    return catalogue.offeredIn(year).stream()
        .map(p -> published(p, p.intake(year).orElseThrow()))
        .toList();
  }

  @Override
  @Transactional
  public Optional<OfferedProgramme> find(UUID programmeId, String academicYear) {
    if (!AcademicYear.isValid(academicYear)) {
      return Optional.empty();
    }
    AcademicYear year = new AcademicYear(academicYear);
    return catalogue
        .programme(programmeId)
        .filter(p -> p.status() == ProgrammeStatus.ACTIVE)
        .flatMap(p -> p.intake(year).map(intake -> published(p, intake)));
  }

  @Override
  @Transactional
  public Map<UUID, String> poleCodes() {
    Map<UUID, String> codes = new LinkedHashMap<>();
    catalogue.poles().forEach(p -> codes.put(p.id(), p.code()));
    return codes;
  }

  private static OfferedProgramme published(Programme p, ProgrammeIntake intake) {
    return new OfferedProgramme(
        p.id(),
        p.code(),
        p.name().fr(),
        p.name().ar(),
        p.poleId(),
        p.sectorCode(),
        p.level().name(),
        p.level().isDiploma(),
        p.targetAgeMin(),
        p.targetAgeMax(),
        p.minimumEducation(),
        intake.academicYear().value(),
        intake.totalSeats(),
        intake.firstYearSeats());
  }
}
