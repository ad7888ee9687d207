package ma.ofppt.cmc.boarding.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import ma.ofppt.cmc.boarding.domain.ApplicationStatus;
import ma.ofppt.cmc.boarding.domain.AssignmentStatus;
import ma.ofppt.cmc.boarding.domain.Bed;
import ma.ofppt.cmc.boarding.domain.BedAssignment;
import ma.ofppt.cmc.boarding.domain.BoardingApplication;
import ma.ofppt.cmc.boarding.domain.BoardingHouse;
import ma.ofppt.cmc.boarding.domain.BoardingPolicy;
import ma.ofppt.cmc.boarding.domain.PolicyWeights;
import ma.ofppt.cmc.boarding.domain.Sex;
import ma.ofppt.cmc.platform.audit.AuditTrail;
import ma.ofppt.cmc.platform.consolidation.Outbox;
import ma.ofppt.cmc.platform.domain.AcademicYear;
import ma.ofppt.cmc.platform.domain.ConflictException;
import ma.ofppt.cmc.platform.domain.DomainRuleViolation;
import ma.ofppt.cmc.platform.domain.NotFoundException;
import ma.ofppt.cmc.platform.domain.PageRequest;
import ma.ofppt.cmc.platform.trainees.TraineeRecords;
import ma.ofppt.cmc.platform.trainees.TraineeRecords.TraineeRecord;

/**
 * Who gets a bed: the year's policy, applications, allocation runs, manual assignments, the
 * waitlist, check-in and check-out. Every change of a year's beds first locks the year's policy
 * row, so concurrent changes are served one after the other; the database's exclusion constraints
 * stand behind that, and a refusal of theirs is a 409 naming the bed.
 */
@ApplicationScoped
public class AllocationService {
  /** Moroccan time decides what "today" is for a bed given out now. */
  static final ZoneId CITY_TIME = ZoneId.of("Africa/Casablanca");

  @Inject BoardingHouse house;
  @Inject TraineeRecords trainees;
  @Inject AuditTrail audit;
  @Inject Outbox outbox;

  private final Clock clock = Clock.systemUTC();

  /** What an allocation run did. */
  public record RunResult(String academicYear, int ranked, int assigned, int waitlisted) {}

  /** An application at its place on the waitlist of its sex (positions from 1). */
  public record WaitlistPlace(int position, BoardingApplication application) {}

  @Transactional
  public BoardingPolicy policy(String academicYear) {
    AcademicYear year = new AcademicYear(academicYear);
    return house
        .policy(year)
        .orElseThrow(() -> new NotFoundException("boarding policy", academicYear));
  }

  @Transactional
  public BoardingPolicy definePolicy(
      String academicYear, PolicyWeights weights, LocalDate startsOn, LocalDate endsOn) {
    AcademicYear year = new AcademicYear(academicYear);
    Optional<BoardingPolicy> existing = house.policyForUpdate(year);
    BoardingPolicy policy;
    if (existing.isPresent()) {
      policy = existing.get();
      policy.define(weights, startsOn, endsOn);
    } else {
      policy = new BoardingPolicy(year, weights, startsOn, endsOn);
      house.add(policy);
    }
    audit.record(
        "boarding.policy-defined",
        "boarding_policy",
        policy.id(),
        academicYear + ": " + weights + " from " + startsOn + " to " + endsOn);
    outbox.figuresChanged(BoardingFigureSource.NAME);
    return policy;
  }

  @Transactional
  public BoardingApplication apply(
      UUID traineeId, String academicYear, int distanceKm, boolean socialNeed) {
    AcademicYear year = new AcademicYear(academicYear);
    DomainRuleViolation.require(traineeId != null, "traineeId", "required");
    TraineeRecord trainee =
        trainees
            .trainee(traineeId)
            .orElseThrow(
                () -> new DomainRuleViolation("traineeId", "no trainee of this city has this id"));
    DomainRuleViolation.require(
        trainee.isCurrent(), "traineeId", "the trainee is no longer in training");
    if (house.applicationOf(traineeId, year).isPresent()) {
      throw new ConflictException(
          "traineeId", "this trainee already applied for a bed in " + academicYear);
    }
    BoardingApplication application =
        new BoardingApplication(
            traineeId,
            year,
            Sex.parse("sex", trainee.sex()),
            trainee.remoteArea(),
            trainee.disability(),
            distanceKm,
            socialNeed,
            clock.instant());
    house.add(application);
    audit.record(
        "boarding.applied",
        "boarding_application",
        application.id(),
        academicYear + ", " + distanceKm + " km" + (socialNeed ? ", social need" : ""));
    outbox.figuresChanged(BoardingFigureSource.NAME);
    return application;
  }

  @Transactional
  public BoardingApplication application(UUID id) {
    return house.application(id).orElseThrow(() -> new NotFoundException("application", id));
  }

  @Transactional
  public BoardingHouse.Page<BoardingApplication> applications(
      String academicYear, ApplicationStatus status, PageRequest page) {
    return house.applications(new AcademicYear(academicYear), status, page.offset(), page.size());
  }

  @Transactional
  public BoardingApplication declare(UUID id, long expectedVersion, int km, boolean social) {
    BoardingApplication application = application(id);
    if (application.version() != expectedVersion) {
      throw new ConflictException("version", "changed since it was read; read it again");
    }
    application.declare(km, social);
    audit.record(
        "boarding.criteria-declared",
        "boarding_application",
        id,
        km + " km" + (social ? ", social need" : ""));
    return application;
  }

  /** The waitlist of the year for one sex, in priority order. */
  @Transactional
  public List<WaitlistPlace> waitlist(String academicYear, Sex sex) {
    List<BoardingApplication> waiting =
        house.waiting(new AcademicYear(academicYear)).stream()
            .filter(a -> a.status() == ApplicationStatus.WAITLISTED && a.sex() == sex)
            .sorted(BoardingApplication.PRIORITY)
            .toList();
    List<WaitlistPlace> places = new ArrayList<>(waiting.size());
    for (int i = 0; i < waiting.size(); i++) {
      places.add(new WaitlistPlace(i + 1, waiting.get(i)));
    }
    return places;
  }

  /**
   * Ranks every waiting application of the year under the policy and gives out the free beds of
   * each sex in priority order, for the rest of the year's period; the others go to the waitlist.
   * {@code wingIds}, when given, limits the beds given out to those wings (a wing opening later).
   */
  @Transactional
  public RunResult run(String academicYear, Set<UUID> wingIds) {
    AcademicYear year = new AcademicYear(academicYear);
    BoardingPolicy policy = lockedPolicy(year);
    LocalDate from = policy.startFor(today());
    DomainRuleViolation.require(
        from.isBefore(policy.endsOn()), "academicYear", "the year's period is over");
    Set<UUID> rooms = wingIds == null || wingIds.isEmpty() ? null : roomsOf(wingIds);
    List<BoardingApplication> waiting = new ArrayList<>(house.waiting(year));
    waiting.forEach(a -> a.rank(policy.weights()));
    waiting.sort(BoardingApplication.PRIORITY);
    int assigned = 0;
    int waitlisted = 0;
    for (Sex sex : Sex.values()) {
      Iterator<Bed> free =
          house.freeBeds(sex, from, policy.endsOn()).stream()
              .filter(b -> rooms == null || rooms.contains(b.roomId()))
              .iterator();
      for (BoardingApplication application : waiting) {
        if (application.sex() != sex) {
          continue;
        }
        if (free.hasNext()) {
          assign(policy, application, free.next(), from);
          assigned++;
        } else {
          application.waitlist();
          waitlisted++;
        }
      }
    }
    house.flush("bedId", "a bed was taken meanwhile; nothing was saved, run again");
    audit.record(
        "boarding.allocation-run",
        "boarding_policy",
        policy.id(),
        academicYear + ": " + assigned + " assigned, " + waitlisted + " waitlisted");
    outbox.figuresChanged(BoardingFigureSource.NAME);
    return new RunResult(academicYear, waiting.size(), assigned, waitlisted);
  }

  private Set<UUID> roomsOf(Set<UUID> wingIds) {
    Set<UUID> rooms = new java.util.HashSet<>();
    for (UUID wingId : wingIds) {
      DomainRuleViolation.require(
          house.wing(wingId).isPresent(), "wingIds", "no wing of this city has the id " + wingId);
      house.rooms(wingId, 0, Integer.MAX_VALUE).items().forEach(r -> rooms.add(r.id()));
    }
    return rooms;
  }

  /** The campus manager gives one bed to one waiting application, for the rest of the period. */
  @Transactional
  public BedAssignment assign(UUID applicationId, UUID bedId) {
    DomainRuleViolation.require(applicationId != null, "applicationId", "required");
    DomainRuleViolation.require(bedId != null, "bedId", "required");
    BoardingApplication application =
        house
            .application(applicationId)
            .orElseThrow(
                () ->
                    new DomainRuleViolation(
                        "applicationId", "no boarding application of this city has this id"));
    Bed bed =
        house
            .bed(bedId)
            .orElseThrow(() -> new DomainRuleViolation("bedId", "no bed of this city has this id"));
    DomainRuleViolation.require(
        bed.sex() == application.sex(),
        "bedId",
        "this bed is in a wing for " + bed.sex() + ", the trainee is " + application.sex());
    BoardingPolicy policy = lockedPolicy(new AcademicYear(application.academicYear()));
    LocalDate from = policy.startFor(today());
    if (!house.bedFree(bed.id(), from, policy.endsOn())) {
      throw new ConflictException("bedId", "this bed is already assigned for part of the period");
    }
    BedAssignment assignment = assign(policy, application, bed, from);
    house.flush("bedId", "this bed is already assigned for part of the period");
    outbox.figuresChanged(BoardingFigureSource.NAME);
    return assignment;
  }

  @Transactional
  public BedAssignment assignment(UUID id) {
    return house.assignment(id).orElseThrow(() -> new NotFoundException("assignment", id));
  }

  @Transactional
  public BoardingHouse.Page<BedAssignment> assignments(String academicYear, PageRequest page) {
    return house.assignments(new AcademicYear(academicYear), page.offset(), page.size());
  }

  @Transactional
  public BedAssignment checkIn(UUID id, LocalDate day) {
    BedAssignment assignment = assignment(id);
    assignment.checkIn(day);
    audit.record("boarding.checked-in", "bed_assignment", id, "on " + day);
    outbox.figuresChanged(BoardingFigureSource.NAME);
    return assignment;
  }

  /** The trainee leaves: the bed is free from that day and goes to the first on the waitlist. */
  @Transactional
  public BedAssignment checkOut(UUID id, LocalDate day) {
    BedAssignment assignment = assignment(id);
    BoardingPolicy policy = lockedPolicy(new AcademicYear(assignment.academicYear()));
    assignment.checkOut(day);
    application(assignment.applicationId()).leave();
    audit.record("boarding.checked-out", "bed_assignment", id, "on " + day);
    house.flush();
    passOn(policy, assignment.bedId(), policy.startFor(day));
    outbox.figuresChanged(BoardingFigureSource.NAME);
    return assignment;
  }

  /**
   * The application is withdrawn; a bed it held before arrival is cancelled and goes to the first
   * on the waitlist. A trainee who already checked in checks out instead.
   */
  @Transactional
  public BoardingApplication withdraw(UUID id) {
    BoardingApplication application = application(id);
    Optional<BedAssignment> live = house.liveAssignmentOf(id);
    if (live.isPresent() && live.get().status() == AssignmentStatus.CHECKED_IN) {
      throw new ConflictException("status", "the trainee is checked in: check out first");
    }
    application.withdraw();
    audit.record("boarding.withdrawn", "boarding_application", id, application.academicYear());
    if (live.isPresent()) {
      BedAssignment reserved = live.get();
      BoardingPolicy policy = lockedPolicy(new AcademicYear(reserved.academicYear()));
      reserved.cancel();
      audit.record("boarding.cancelled", "bed_assignment", reserved.id(), "application withdrawn");
      house.flush();
      passOn(policy, reserved.bedId(), policy.startFor(today()));
    }
    outbox.figuresChanged(BoardingFigureSource.NAME);
    return application;
  }

  /** Gives a freed bed, from {@code from}, to the first waitlisted trainee of its sex, if any. */
  private void passOn(BoardingPolicy policy, UUID bedId, LocalDate from) {
    if (!from.isBefore(policy.endsOn())) {
      return;
    }
    Bed bed = house.bed(bedId).orElseThrow();
    if (!house.bedFree(bedId, from, policy.endsOn())) {
      return;
    }
    List<WaitlistPlace> next = waitlist(policy.academicYear(), bed.sex());
    if (!next.isEmpty()) {
      assign(policy, next.get(0).application(), bed, from);
      house.flush("bedId", "the freed bed was taken meanwhile; nothing was saved");
    }
  }

  private BedAssignment assign(
      BoardingPolicy policy, BoardingApplication application, Bed bed, LocalDate from) {
    application.house(policy.weights());
    BedAssignment assignment =
        new BedAssignment(bed, application, from, policy.endsOn(), clock.instant());
    house.add(assignment);
    audit.record(
        "boarding.assigned",
        "bed_assignment",
        assignment.id(),
        "bed " + bed.code() + " from " + from + " to " + policy.endsOn());
    return assignment;
  }

  private BoardingPolicy lockedPolicy(AcademicYear year) {
    return house
        .policyForUpdate(year)
        .orElseThrow(
            () ->
                new ConflictException(
                    "policy", "define the boarding policy of " + year + " first"));
  }

  static LocalDate today(Clock clock) {
    return LocalDate.now(clock.withZone(CITY_TIME));
  }

  private LocalDate today() {
    return today(clock);
  }
}
