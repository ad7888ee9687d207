package ma.ofppt.cmc.offer.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;
import ma.ofppt.cmc.offer.domain.OfferCatalogue;
import ma.ofppt.cmc.offer.domain.OfferCatalogue.Revision;
import ma.ofppt.cmc.offer.domain.Programme;
import ma.ofppt.cmc.offer.domain.ProgrammeIntake;
import ma.ofppt.cmc.platform.domain.AcademicYear;
import ma.ofppt.cmc.platform.offer.OfferedProgrammes;
import ma.ofppt.cmc.platform.tenancy.TenantContext;

/**
 * The training offer as other modules may see it (see {@link OfferedProgrammes}), read from a
 * memory copy per city and academic year. Admissions asks for a city's whole offer on every page of
 * applications and every submission (to name and check the wishes' programmes); building it from
 * the tables each time was the largest cost of those requests. The copy is checked on every use
 * against the city's offer revision in the database (one indexed row, in the caller's transaction):
 * any change of a pole, programme or intake, made by any instance of the platform, advances it, so
 * a copy is used only while it is exactly what the tables hold. A transaction that changed the
 * offer itself reads the tables and keeps nothing, since it may still roll back.
 */
@ApplicationScoped
public class PublishedOffer implements OfferedProgrammes {
  /** Cities × academic years asked for; past it the copies are dropped (years are user input). */
  static final int MAX_COPIES = 512;

  @Inject OfferCatalogue catalogue;
  @Inject TenantContext tenants;

  private final Map<String, Copy<Map<UUID, OfferedProgramme>>> offers = new ConcurrentHashMap<>();
  private final Map<String, Copy<Map<UUID, String>>> poleCodes = new ConcurrentHashMap<>();

  private record Copy<T>(long revision, T value) {}

  @Override
  @Transactional
  public List<OfferedProgramme> offeredIn(String academicYear) {
    return List.copyOf(offer(new AcademicYear(academicYear)).values());
  }

  @Override
  @Transactional
  public Optional<OfferedProgramme> find(UUID programmeId, String academicYear) {
    if (!AcademicYear.isValid(academicYear)) {
      return Optional.empty();
    }
    return Optional.ofNullable(offer(new AcademicYear(academicYear)).get(programmeId));
  }

  @Override
  @Transactional
  public Map<UUID, String> poleCodes() {
    return current(
        poleCodes,
        tenants.require().value(),
        () -> {
          Map<UUID, String> codes = new LinkedHashMap<>();
          catalogue.poles().forEach(p -> codes.put(p.id(), p.code()));
          return Collections.unmodifiableMap(codes);
        });
  }

  /** The city's active programmes that open seats in the year, by id, in the order of codes. */
  private Map<UUID, OfferedProgramme> offer(AcademicYear year) {
    return current(
        offers,
        tenants.require().value() + "/" + year.value(),
        () -> {
          Map<UUID, OfferedProgramme> byId = new LinkedHashMap<>();
          for (Programme p : catalogue.offeredIn(year)) {
            byId.put(p.id(), published(p, p.intake(year).orElseThrow()));
          }
          return Collections.unmodifiableMap(byId);
        });
  }

  /**
   * The memory copy under {@code key} if the city's revision has not moved, else the tables read
   * again. The revision is read before the tables: if another transaction commits a change between
   * the two reads, the copy is labelled with the older revision and is replaced at its next use.
   */
  private <T> T current(Map<String, Copy<T>> copies, String key, Supplier<T> read) {
    Revision revision = catalogue.revision();
    Copy<T> copy = copies.get(key);
    if (copy != null && copy.revision() == revision.number() && !revision.changedHere()) {
      return copy.value();
    }
    T value = read.get();
    if (!revision.changedHere()) {
      if (copies.size() >= MAX_COPIES) {
        copies.clear();
      }
      copies.put(key, new Copy<>(revision.number(), value));
    }
    return value;
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
