package ma.ofppt.cmc.admissions.domain;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Storage of import jobs and the row errors they reported. */
public interface ImportJobs {
  void add(ImportJob job);

  Optional<ImportJob> job(UUID id);

  List<ImportJob> recent(int limit);

  void add(ImportRowError error);

  List<ImportRowError> errors(UUID jobId, int offset, int limit);

  long countErrors(UUID jobId);
}
