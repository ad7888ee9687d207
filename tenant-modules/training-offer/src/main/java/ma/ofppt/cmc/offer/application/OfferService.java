package ma.ofppt.cmc.offer.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.OptimisticLockException;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import ma.ofppt.cmc.offer.application.OfferSummary.Counts;
import ma.ofppt.cmc.offer.domain.OfferCatalogue;
import ma.ofppt.cmc.offer.domain.Pole;
import ma.ofppt.cmc.offer.domain.Programme;
import ma.ofppt.cmc.offer.domain.ProgrammeDefinition;
import ma.ofppt.cmc.offer.domain.ProgrammeIntake;
import ma.ofppt.cmc.offer.domain.ProgrammeQuery;
import ma.ofppt.cmc.offer.domain.Sector;
import ma.ofppt.cmc.offer.domain.TrainingLevel;
import ma.ofppt.cmc.platform.audit.AuditTrail;
import ma.ofppt.cmc.platform.consolidation.Outbox;
import ma.ofppt.cmc.platform.domain.AcademicYear;
import ma.ofppt.cmc.platform.domain.ConflictException;
import ma.ofppt.cmc.platform.domain.DomainRuleViolation;
import ma.ofppt.cmc.platform.domain.LocalizedName;
import ma.ofppt.cmc.platform.domain.NotFoundException;
import ma.ofppt.cmc.platform.domain.PageRequest;

/** The training offer's use cases: each one transaction, each change audited. */
@ApplicationScoped
public class OfferService {
  @Inject OfferCatalogue catalogue;
  @Inject AuditTrail audit;
  @Inject Outbox outbox;

  @Transactional
  public List<Sector> sectors() {
    return catalogue.sectors();
  }

  @Transactional
  public Sector renameSector(String code, LocalizedName name) {
    Sector sector = catalogue.sector(code).orElseThrow(() -> new NotFoundException("sector", code));
    sector.rename(name);
    return sector;
  }

  @Transactional
  public List<Pole> poles() {
    return catalogue.poles();
  }

  @Transactional
  public Pole pole(UUID id) {
    return catalogue.pole(id).orElseThrow(() -> new NotFoundException("pole", id));
  }

  @Transactional
  public Pole createPole(String code, LocalizedName name, String sectorCode) {
    Pole pole = new Pole(code, name, sector(sectorCode));
    if (catalogue.poleCodeTaken(pole.code())) {
      throw new ConflictException("code", "this city already has a pole " + pole.code());
    }
    catalogue.add(pole);
    audit.record("pole.created", "pole", pole.id(), pole.code() + " " + pole.name());
    return pole;
  }

  @Transactional
  public Pole describePole(UUID id, long expectedVersion, LocalizedName name, String sectorCode) {
    Pole pole = pole(id);
    requireVersion(pole.version(), expectedVersion);
    pole.describe(name, sector(sectorCode));
    audit.record("pole.updated", "pole", pole.id(), pole.code() + " " + pole.name());
    return pole;
  }

  @Transactional
  public Programme programme(UUID id) {
    return catalogue.programme(id).orElseThrow(() -> new NotFoundException("programme", id));
  }

  @Transactional
  public Programme createProgramme(String code, ProgrammeCommand command) {
    Programme programme = new Programme(code, definition(command));
    if (catalogue.programmeCodeTaken(programme.code())) {
      throw new ConflictException("code", "this city already has a programme " + programme.code());
    }
    catalogue.add(programme);
    audit.record(
        "programme.created",
        "programme",
        programme.id(),
        programme.code() + " " + programme.name());
    return programme;
  }

  @Transactional
  public Programme redefineProgramme(UUID id, long expectedVersion, ProgrammeCommand command) {
    Programme programme = programme(id);
    requireVersion(programme.version(), expectedVersion);
    programme.redefine(definition(command));
    audit.record(
        "programme.updated",
        "programme",
        programme.id(),
        programme.code() + " " + programme.name());
    offerChanged();
    return programme;
  }

  @Transactional
  public Programme deactivateProgramme(UUID id, String reason) {
    Programme programme = programme(id);
    programme.deactivate(reason);
    audit.record("programme.deactivated", "programme", id, reason);
    offerChanged();
    return programme;
  }

  @Transactional
  public Programme reactivateProgramme(UUID id) {
    Programme programme = programme(id);
    programme.reactivate();
    audit.record("programme.reactivated", "programme", id, programme.code());
    offerChanged();
    return programme;
  }

  @Transactional
  public ProgrammeIntake planIntake(
      UUID id, String academicYear, int totalSeats, int firstYearSeats) {
    Programme programme = programme(id);
    ProgrammeIntake intake =
        programme.planIntake(new AcademicYear(academicYear), totalSeats, firstYearSeats);
    audit.record(
        "programme.intake-planned",
        "programme",
        id,
        academicYear + ": " + totalSeats + " seats, " + firstYearSeats + " in first year");
    offerChanged();
    return intake;
  }

  @Transactional
  public void cancelIntake(UUID id, String academicYear) {
    Programme programme = programme(id);
    if (!programme.cancelIntake(new AcademicYear(academicYear))) {
      throw new NotFoundException("intake", academicYear);
    }
    audit.record("programme.intake-cancelled", "programme", id, academicYear);
    offerChanged();
  }

  @Transactional
  public OfferCatalogue.ProgrammePage search(ProgrammeQuery query, PageRequest page) {
    return catalogue.search(query, page.offset(), page.size());
  }

  @Transactional
  public OfferSummary summary(String academicYear) {
    AcademicYear year = new AcademicYear(academicYear);
    Map<UUID, List<OfferCatalogue.SeatCount>> byPole =
        catalogue.seatCounts(year).stream()
            .collect(Collectors.groupingBy(OfferCatalogue.SeatCount::poleId));
    List<OfferSummary.PoleSummary> poles = new ArrayList<>();
    Counts totals = Counts.ZERO;
    for (Pole pole : catalogue.poles()) {
      Map<TrainingLevel, Counts> levels = new EnumMap<>(TrainingLevel.class);
      for (OfferCatalogue.SeatCount count : byPole.getOrDefault(pole.id(), List.of())) {
        levels.put(
            count.level(),
            new Counts(count.programmes(), count.totalSeats(), count.firstYearSeats()));
      }
      Counts poleTotal = levels.values().stream().reduce(Counts.ZERO, Counts::plus);
      totals = totals.plus(poleTotal);
      poles.add(
          new OfferSummary.PoleSummary(
              pole,
              poleTotal,
              levels.entrySet().stream()
                  .map(e -> new OfferSummary.LevelSummary(e.getKey(), e.getValue()))
                  .sorted(Comparator.comparing(OfferSummary.LevelSummary::level))
                  .toList()));
    }
    return new OfferSummary(year.value(), totals, poles);
  }

  /**
   * Seats, or which programmes are offered and how they are classed, changed: the offer's figures
   * move, and so do those of every module that counts per offered programme (admissions' demand,
   * careers' graduates per pole). Those modules read the offer through its published interface and
   * the offer does not know them, so every figure source of the city is recomputed; the offer
   * changes seldom (planning, not daily work).
   */
  private void offerChanged() {
    outbox.figuresChanged(Outbox.ALL_SOURCES);
  }

  private ProgrammeDefinition definition(ProgrammeCommand c) {
    Sector sector = sector(c.sectorCode());
    DomainRuleViolation.require(c.poleId() != null, "poleId", "required");
    Pole pole =
        catalogue
            .pole(c.poleId())
            .orElseThrow(
                () -> new DomainRuleViolation("poleId", "no pole of this city has this id"));
    return new ProgrammeDefinition(
        LocalizedName.of(c.nameFr(), c.nameAr()),
        sector,
        pole,
        c.level(),
        c.durationMonths(),
        c.softSkillsShare(),
        c.newCurriculum(),
        c.extraLanguageSemester(),
        c.targetAgeMin(),
        c.targetAgeMax(),
        c.minimumEducation());
  }

  private Sector sector(String code) {
    DomainRuleViolation.require(code != null && !code.isBlank(), "sectorCode", "required");
    return catalogue
        .sector(code)
        .orElseThrow(() -> new DomainRuleViolation("sectorCode", "unknown sector"));
  }

  private static void requireVersion(long actual, long expected) {
    if (actual != expected) {
      throw new OptimisticLockException(
          "version " + expected + " is stale: the record is at version " + actual);
    }
  }
}
