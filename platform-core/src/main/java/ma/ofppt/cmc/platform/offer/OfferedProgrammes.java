package ma.ofppt.cmc.platform.offer;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * The training offer's published interface: what other modules of a city (admissions, campus,
 * finance) may know of its programmes, without depending on the training-offer module. Implemented
 * there; every call is answered for the current city only, inside the caller's transaction.
 */
public interface OfferedProgrammes {

  /** The active programmes that open seats in the academic year, by code. */
  List<OfferedProgramme> offeredIn(String academicYear);

  /** One programme of the city as offered in the academic year, if it opens seats that year. */
  Optional<OfferedProgramme> find(UUID programmeId, String academicYear);

  /**
   * The codes of the city's poles, by pole id, in one query: what the aggregate figures sent above
   * the city name a pole by (a code never changes; an id means nothing outside the city).
   */
  Map<UUID, String> poleCodes();

  /**
   * A programme as admissions sees it: who it is for and how many first-year seats it opens.
   *
   * @param diploma one of the three diploma levels, which target ages 15 to 30
   */
  record OfferedProgramme(
      UUID id,
      String code,
      String nameFr,
      String nameAr,
      UUID poleId,
      String sectorCode,
      String level,
      boolean diploma,
      int targetAgeMin,
      int targetAgeMax,
      EducationLevel minimumEducation,
      String academicYear,
      int totalSeats,
      int firstYearSeats) {}
}
