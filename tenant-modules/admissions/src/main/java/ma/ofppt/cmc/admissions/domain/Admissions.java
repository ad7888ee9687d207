package ma.ofppt.cmc.admissions.domain;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/** Storage of a city's applicants and applications. */
public interface Admissions {
  Optional<Applicant> applicant(UUID id);

  Optional<Applicant> applicantByNationalId(String nationalId);

  void add(Applicant applicant);

  Optional<Application> application(UUID id);

  Optional<Application> applicationOf(UUID applicantId, String academicYear);

  void add(Application application);

  /** Of these national identifiers, those already known as applicants, with the applicant's id. */
  Map<String, UUID> applicantIds(Collection<String> nationalIds);

  /** Of these applicants, those who have an application for the intake. */
  Set<UUID> appliedFor(String academicYear, Collection<UUID> applicantIds);

  /**
   * Stores new applicants and new applications with their wishes, many at once (the import's write
   * path). The applicants must be new; each application's applicant is among them or already
   * stored. Same rows as {@link #add(Applicant)} and {@link #add(Application)} one by one.
   */
  void addAll(List<Applicant> applicants, List<Application> applications);

  /**
   * Refreshes the planner's statistics of applicants, applications and wishes (after an import).
   */
  void refreshStatistics();

  /** The ids of the intake's applications in the given statuses, in id order. */
  List<UUID> applicationIdsOf(String academicYear, List<ApplicationStatus> statuses);

  /**
   * These applications with their wishes; unknown ids are left out. In id order for a slice of an
   * intake (up to 5,000 ids, one query); more are read 5,000 at a time, each part in id order.
   */
  List<Application> applications(List<UUID> ids);

  /** These applicants, by id; unknown ids are left out. */
  Map<UUID, Applicant> applicants(Collection<UUID> ids);

  /**
   * Writes what the transaction has pending and forgets every aggregate read or added in it so far,
   * whatever repository it came from: work over a whole intake goes through it a slice at a time,
   * so that its memory does not grow with the city. An aggregate held from before is detached
   * afterwards (changing it writes nothing): read it again.
   */
  void writeAndForget();

  Optional<ProgrammeCriteria> criteria(UUID programmeId, String academicYear);

  List<ProgrammeCriteria> criteriaOf(String academicYear);

  void add(ProgrammeCriteria criteria);

  Optional<SelectionRun> selectionRun(String academicYear);

  void add(SelectionRun run);

  /** Applications with their applicants, filtered and paged, newest first. */
  Page search(ApplicationQuery query, int offset, int limit);

  /** An application and the person who made it. */
  record Row(Application application, Applicant applicant) {}

  /** A page of applications and how many match in all. */
  record Page(List<Row> rows, long total) {}
}
