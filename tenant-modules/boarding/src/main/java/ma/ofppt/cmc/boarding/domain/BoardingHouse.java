package ma.ofppt.cmc.boarding.domain;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import ma.ofppt.cmc.platform.domain.AcademicYear;

/** Storage of a city's boarding house: wings, rooms, beds, policies, applications, assignments. */
public interface BoardingHouse {
  List<Wing> wings();

  Optional<Wing> wing(UUID id);

  boolean wingCodeTaken(String code);

  void add(Wing wing);

  /** Rooms by code, optionally of one wing, one page, and how many match. */
  Page<Room> rooms(UUID wingId, int offset, int limit);

  Optional<Room> room(UUID id);

  boolean roomCodeTaken(String code);

  void add(Room room, List<Bed> beds);

  List<Bed> bedsOf(UUID roomId);

  Optional<Bed> bed(UUID id);

  long bedCount(Sex sex);

  /** Beds of a sex that no non-cancelled assignment holds at any moment of [from, to), by code. */
  List<Bed> freeBeds(Sex sex, LocalDate from, LocalDate to);

  boolean bedFree(UUID bedId, LocalDate from, LocalDate to);

  Optional<BoardingPolicy> policy(AcademicYear year);

  /** The year's policy, its row locked until the transaction ends. */
  Optional<BoardingPolicy> policyForUpdate(AcademicYear year);

  void add(BoardingPolicy policy);

  Optional<BoardingApplication> application(UUID id);

  Optional<BoardingApplication> applicationOf(UUID traineeId, AcademicYear year);

  void add(BoardingApplication application);

  Page<BoardingApplication> applications(
      AcademicYear year, ApplicationStatus status, int offset, int limit);

  /** Pending and waitlisted applications of the year (any order). */
  List<BoardingApplication> waiting(AcademicYear year);

  long countApplications(AcademicYear year, ApplicationStatus status, Sex sex);

  Optional<BedAssignment> assignment(UUID id);

  Optional<BedAssignment> liveAssignmentOf(UUID applicationId);

  void add(BedAssignment assignment);

  Page<BedAssignment> assignments(AcademicYear year, int offset, int limit);

  /** Non-cancelled assignments whose period contains {@code day}. */
  List<BedAssignment> holdingOn(LocalDate day);

  /** Every bed of the house. */
  long bedCount();

  /**
   * Per academic year, the assignments that hold their bed on {@code day} (as {@link #holdingOn}):
   * how many, how many of their boarders are present that day, and how many distinct trainees hold
   * them. Years without such an assignment are absent.
   */
  List<YearHolding> holdingByYear(LocalDate day);

  /** Applications per academic year and status; every year with an application appears. */
  Map<String, Map<ApplicationStatus, Long>> applicationCountsByYear();

  /** The academic years that have a policy. */
  List<String> policyYears();

  /** Sends queued writes now, so that a constraint the database checks is checked here. */
  void flush();

  /**
   * Sends queued writes now; if the database refuses an overlapping period (an exclusion
   * constraint), fails with a conflict naming {@code field}.
   */
  void flush(String field, String conflictMessage);

  /** The beds held on a day by one academic year's assignments. */
  record YearHolding(String academicYear, long allocated, long occupied, long trainees) {}

  /** One page of a list and how many match in all. */
  record Page<T>(List<T> items, long total) {}
}
