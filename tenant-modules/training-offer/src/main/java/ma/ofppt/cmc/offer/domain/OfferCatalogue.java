package ma.ofppt.cmc.offer.domain;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import ma.ofppt.cmc.platform.domain.AcademicYear;

/** Storage of a city's poles and programmes, and of the national sector list. */
public interface OfferCatalogue {
  List<Sector> sectors();

  Optional<Sector> sector(String code);

  List<Pole> poles();

  Optional<Pole> pole(UUID id);

  boolean poleCodeTaken(String code);

  void add(Pole pole);

  Optional<Programme> programme(UUID id);

  boolean programmeCodeTaken(String code);

  void add(Programme programme);

  ProgrammePage search(ProgrammeQuery query, int offset, int limit);

  /** Active programmes that open seats in the academic year, by code. */
  List<Programme> offeredIn(AcademicYear year);

  List<SeatCount> seatCounts(AcademicYear year);

  /**
   * Every academic year's active programmes that open seats, per sector, pole and level, by year:
   * the counts of {@link #seatCounts} for all years at once, split by the programme's sector.
   */
  List<IntakeSeatCount> seatCountsByIntake();

  /**
   * The city's offer revision as the current transaction sees it: advanced in the database by every
   * change of a pole, programme or intake (migration {@code offer_revision}).
   */
  Revision revision();

  /**
   * @param number 0 while the city's offer was never changed since revisions exist
   * @param changedHere the current transaction made the last change (it may still roll back)
   */
  record Revision(long number, boolean changedHere) {}

  /** A page of programmes and how many match in all. */
  record ProgrammePage(List<Programme> items, long total) {}

  /** Active programmes that open seats in one academic year, per pole and level. */
  record SeatCount(
      UUID poleId, TrainingLevel level, long programmes, long totalSeats, long firstYearSeats) {}

  /** Active programmes that open seats in an academic year, per sector, pole and level. */
  record IntakeSeatCount(
      String academicYear,
      String sectorCode,
      UUID poleId,
      TrainingLevel level,
      long programmes,
      long totalSeats,
      long firstYearSeats) {}
}
