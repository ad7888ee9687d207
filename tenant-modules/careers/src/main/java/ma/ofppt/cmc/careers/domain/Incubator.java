package ma.ofppt.cmc.careers.domain;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Storage of the city's incubator projects. */
public interface Incubator {
  void add(IncubatorProject project);

  Optional<IncubatorProject> project(UUID id);

  boolean codeTaken(String code);

  /** Projects by code, of one status when given, and how many match. */
  Page search(ProjectStatus status, int offset, int limit);

  record Page(List<IncubatorProject> items, long total) {}
}
