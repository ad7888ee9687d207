package ma.ofppt.cmc.admissions.domain;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import ma.ofppt.cmc.platform.trainees.TraineeRecords.TraineeCount;

/** Storage of an intake's seats, offers, waitlists, groups and trainees. */
public interface Placements {
  /** The pool, read with a row lock held until the transaction ends. */
  Optional<SeatPool> poolForUpdate(UUID programmeId, String academicYear);

  List<SeatPool> pools(String academicYear);

  /**
   * Every pool of the intake, read with row locks held until the transaction ends (taken in the
   * order of their ids), in one query.
   */
  List<SeatPool> poolsForUpdate(String academicYear);

  void add(SeatPool pool);

  Optional<Offer> offer(UUID id);

  Optional<Offer> liveOfferOf(UUID applicationId);

  List<Offer> pendingOffersExpiringBefore(Instant moment);

  List<Offer> offers(String academicYear, UUID programmeId, OfferStatus status);

  void add(Offer offer);

  /** Entries still waiting, best first. */
  List<WaitlistEntry> waiting(UUID programmeId, String academicYear);

  List<WaitlistEntry> waitlistEntriesOf(UUID applicationId);

  Optional<WaitlistEntry> waitlistEntry(UUID programmeId, UUID applicationId);

  void add(WaitlistEntry entry);

  /** The programme's groups for the intake, by code, read with row locks. */
  List<TrainingGroup> groupsForUpdate(UUID programmeId, String academicYear);

  Optional<TrainingGroup> group(UUID id);

  /** Groups by id, in one query. */
  java.util.Map<UUID, TrainingGroup> groups(java.util.Collection<UUID> ids);

  void add(TrainingGroup group);

  /** The intake's groups, by programme and code. */
  List<TrainingGroup> groupsOf(String academicYear);

  Optional<Trainee> trainee(UUID id);

  List<Trainee> trainees(
      String academicYear, UUID programmeId, TraineeStatus status, int offset, int limit);

  long countTrainees(String academicYear, UUID programmeId, TraineeStatus status);

  void add(Trainee trainee);

  /**
   * Per programme of the intake: wishes naming it (withdrawn applications aside) and first choices.
   */
  java.util.Map<UUID, long[]> wishCounts(String academicYear);

  /** Per programme of the intake: offers made, and how many were accepted. */
  java.util.Map<UUID, long[]> offerCounts(String academicYear);

  /** Per programme of the intake: trainee records except those transferred out. */
  java.util.Map<UUID, Long> enrolledCounts(String academicYear);

  /** As {@link #wishCounts}, for every intake at once: {@code count} wishes, {@code part} first. */
  List<IntakeCounts> wishCountsByIntake();

  /**
   * As {@link #offerCounts}, for every intake at once: {@code count} made, {@code part} accepted.
   */
  List<IntakeCounts> offerCountsByIntake();

  /** As {@link #enrolledCounts}, for every intake at once ({@code part} is 0). */
  List<IntakeCounts> enrolledCountsByIntake();

  /** Trainee records of the intakes per intake, programme and status, transferred-out aside. */
  List<TraineeCount> traineeCounts(Collection<String> academicYears);

  /** Counts of one programme in one intake. */
  record IntakeCounts(String academicYear, UUID programmeId, long count, long part) {}

  /**
   * Writes pending changes now: a transfer must close the old enrolment before the new one is
   * inserted, because at most one enrolment per application may be current.
   */
  void flush();
}
