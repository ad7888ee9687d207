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

  /** A page of programmes and how many match in all. */
  record ProgrammePage(List<Programme> items, long total) {}

  /** Active programmes that open seats in one academic year, per pole and level. */
  record SeatCount(
      UUID poleId, TrainingLevel level, long programmes, long totalSeats, long firstYearSeats) {}
}
