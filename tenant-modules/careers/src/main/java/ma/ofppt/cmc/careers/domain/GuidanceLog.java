package ma.ofppt.cmc.careers.domain;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Storage of the city's guidance interactions. */
public interface GuidanceLog {
  void add(GuidanceInteraction interaction);

  Optional<GuidanceInteraction> interaction(UUID id);

  /** Interactions matching the filter (each part optional), newest first, and how many match. */
  Page search(Filter filter, int offset, int limit);

  record Filter(UUID traineeId, GuidanceKind kind, LocalDate from, LocalDate to) {}

  record Page(List<GuidanceInteraction> items, long total) {}
}
