package ma.ofppt.cmc.admissions.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import ma.ofppt.cmc.admissions.domain.Admissions;
import ma.ofppt.cmc.admissions.domain.Application;
import ma.ofppt.cmc.admissions.domain.Placements;
import ma.ofppt.cmc.admissions.domain.Trainee;
import ma.ofppt.cmc.admissions.domain.TraineeStatus;
import ma.ofppt.cmc.admissions.domain.TrainingGroup;
import ma.ofppt.cmc.platform.audit.AuditTrail;
import ma.ofppt.cmc.platform.domain.DomainRuleViolation;
import ma.ofppt.cmc.platform.domain.NotFoundException;
import ma.ofppt.cmc.platform.domain.PageRequest;
import ma.ofppt.cmc.platform.offer.OfferedProgrammes;
import ma.ofppt.cmc.platform.offer.OfferedProgrammes.OfferedProgramme;

/** The registrar's side: trainees of the city and their lifecycle, each change audited. */
@ApplicationScoped
public class TraineeService {
  @Inject Placements placements;
  @Inject Admissions admissions;
  @Inject OfferedProgrammes offer;
  @Inject EnrolmentService enrolment;
  @Inject AuditTrail audit;
  @Inject AdmissionsFiguresChanged figuresChanged;

  @Transactional
  public Trainee trainee(UUID id) {
    return placements.trainee(id).orElseThrow(() -> new NotFoundException("trainee", id));
  }

  @Transactional
  public TrainingGroup group(UUID id) {
    return placements.group(id).orElseThrow(() -> new NotFoundException("group", id));
  }

  /** A page of trainees, their groups, and how many match. */
  public record TraineePage(
      List<Trainee> items, java.util.Map<UUID, TrainingGroup> groups, long total) {}

  @Transactional
  public TraineePage trainees(
      String academicYear, UUID programmeId, TraineeStatus status, PageRequest page) {
    List<Trainee> items =
        placements.trainees(academicYear, programmeId, status, page.offset(), page.size());
    return new TraineePage(
        items,
        placements.groups(
            items.stream().map(Trainee::groupId).collect(java.util.stream.Collectors.toSet())),
        placements.countTrainees(academicYear, programmeId, status));
  }

  @Transactional
  public Trainee suspend(UUID id, String reason) {
    Trainee trainee = trainee(id);
    trainee.suspend(reason);
    audit.record("trainee.suspended", "trainee", id, reason);
    figuresChanged.traineeRecords();
    return trainee;
  }

  @Transactional
  public Trainee reinstate(UUID id) {
    Trainee trainee = trainee(id);
    trainee.reinstate();
    audit.record("trainee.reinstated", "trainee", id, "back to active");
    figuresChanged.traineeRecords();
    return trainee;
  }

  @Transactional
  public Trainee dropOut(UUID id, String reason) {
    Trainee trainee = trainee(id);
    trainee.dropOut(reason);
    audit.record("trainee.dropped-out", "trainee", id, reason);
    figuresChanged.traineeRecords();
    return trainee;
  }

  @Transactional
  public Trainee graduate(UUID id) {
    Trainee trainee = trainee(id);
    trainee.graduate(java.time.LocalDate.now(java.time.Clock.systemUTC()));
    audit.record("trainee.graduated", "trainee", id, "graduated");
    figuresChanged.traineeRecords();
    return trainee;
  }

  /** Moves the trainee to another programme of the city, consuming one of its seats. */
  @Transactional
  public Trainee transfer(UUID id, String programmeCode) {
    Trainee trainee = trainee(id);
    String code = programmeCode == null ? "" : programmeCode.strip().toUpperCase(Locale.ROOT);
    OfferedProgramme target =
        offer.offeredIn(trainee.academicYear()).stream()
            .filter(p -> p.code().equals(code))
            .findFirst()
            .orElseThrow(
                () ->
                    new DomainRuleViolation(
                        "programmeCode",
                        "no programme " + code + " opens seats in " + trainee.academicYear()));
    DomainRuleViolation.require(
        !target.id().equals(trainee.programmeId()),
        "programmeCode",
        "the trainee is already in " + code);
    Application application = admissions.application(trainee.applicationId()).orElseThrow();
    Trainee moved =
        enrolment.enrolElsewhere(application, trainee, target.id(), trainee.academicYear());
    audit.record("trainee.transferred", "trainee", id, "to " + code + " as trainee " + moved.id());
    figuresChanged.traineeRecords();
    return moved;
  }
}
