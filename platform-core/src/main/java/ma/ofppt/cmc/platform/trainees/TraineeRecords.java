package ma.ofppt.cmc.platform.trainees;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * Admissions' published interface: what the other modules of a city (staff, boarding, facilities,
 * careers) may know of its trainees and training groups, without depending on the admissions
 * module. Implemented there; every call answers for the current city only, inside the caller's
 * transaction, so another city's trainee is simply not found.
 */
public interface TraineeRecords {

  /** One trainee record of the city. */
  Optional<TraineeRecord> trainee(UUID traineeId);

  /**
   * The intake's trainee records that are still current (transferred-out records are left out: the
   * trainee appears once, under the programme they moved to).
   */
  List<TraineeRecord> traineesOf(String academicYear);

  /**
   * How many trainee records the intakes have, per intake, programme and status, counted as {@link
   * #traineesOf} lists them (transferred-out records left out): what figures need, in one query,
   * without reading anyone's record.
   */
  List<TraineeCount> countsOf(Collection<String> academicYears);

  /** One training group (cohort) of the city. */
  Optional<GroupRecord> group(UUID groupId);

  /** The intake's training groups. */
  List<GroupRecord> groupsOf(String academicYear);

  /**
   * A trainee as the other modules see it.
   *
   * @param status ACTIVE, SUSPENDED, DROPPED_OUT, TRANSFERRED or GRADUATED
   * @param sex F or M
   * @param graduatedOn the day the graduation was recorded, when graduated
   */
  record TraineeRecord(
      UUID id,
      UUID programmeId,
      String academicYear,
      UUID groupId,
      String status,
      String firstNameFr,
      String lastNameFr,
      String firstNameAr,
      String lastNameAr,
      String sex,
      String province,
      boolean remoteArea,
      boolean disability,
      Optional<LocalDate> graduatedOn) {

    /** Active or suspended: still in training. */
    public boolean isCurrent() {
      return status.equals("ACTIVE") || status.equals("SUSPENDED");
    }
  }

  /** Trainee records of one intake and programme in one status (as {@link TraineeRecord}). */
  record TraineeCount(String academicYear, UUID programmeId, String status, long trainees) {}

  /** A training group (cohort) of a programme in an intake. */
  record GroupRecord(
      UUID id, UUID programmeId, String academicYear, String code, int capacity, int size) {}
}
