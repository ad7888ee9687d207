package ma.ofppt.cmc.careers.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;
import java.util.UUID;
import ma.ofppt.cmc.careers.domain.Incubator;
import ma.ofppt.cmc.careers.domain.IncubatorProject;
import ma.ofppt.cmc.careers.domain.ProjectStatus;
import ma.ofppt.cmc.platform.audit.AuditTrail;
import ma.ofppt.cmc.platform.domain.ConflictException;
import ma.ofppt.cmc.platform.domain.DomainRuleViolation;
import ma.ofppt.cmc.platform.domain.LocalizedName;
import ma.ofppt.cmc.platform.domain.NotFoundException;
import ma.ofppt.cmc.platform.domain.PageRequest;
import ma.ofppt.cmc.platform.trainees.TraineeRecords;
import ma.ofppt.cmc.platform.trainees.TraineeRecords.TraineeRecord;

/** The incubator's projects, founders and coaching, each change audited. */
@ApplicationScoped
public class IncubatorService {
  private final Clock clock = Clock.systemUTC();

  @Inject Incubator incubator;
  @Inject TraineeRecords trainees;
  @Inject AuditTrail audit;

  private LocalDate today() {
    return LocalDate.now(clock);
  }

  @Transactional
  public IncubatorProject create(
      String code, LocalizedName name, String sectorCode, LocalDate recordedOn) {
    IncubatorProject project =
        new IncubatorProject(
            code, name, sectorCode, recordedOn == null ? today() : recordedOn, today());
    if (incubator.codeTaken(project.code())) {
      throw new ConflictException("code", "the incubator already has a project " + project.code());
    }
    incubator.add(project);
    audit.record(
        "incubator-project.created",
        "incubator_project",
        project.id(),
        project.code() + " " + project.name());
    return project;
  }

  @Transactional
  public boolean hasProject(String code) {
    return incubator.codeTaken(code);
  }

  @Transactional
  public IncubatorProject project(UUID id) {
    IncubatorProject project =
        incubator.project(id).orElseThrow(() -> new NotFoundException("incubator project", id));
    project.founders().size();
    project.sessions().size();
    return project;
  }

  @Transactional
  public Incubator.Page search(ProjectStatus status, PageRequest page) {
    Incubator.Page found = incubator.search(status, page.offset(), page.size());
    found.items().forEach(p -> p.founders().size());
    return found;
  }

  /** Adds a founder: a current trainee or a graduate of the city, not one who left. */
  @Transactional
  public IncubatorProject addFounder(UUID id, UUID traineeId, LocalDate joinedOn) {
    IncubatorProject project = project(id);
    DomainRuleViolation.require(traineeId != null, "traineeId", "required");
    TraineeRecord trainee =
        trainees
            .trainee(traineeId)
            .orElseThrow(
                () -> new DomainRuleViolation("traineeId", "no trainee of this city has this id"));
    DomainRuleViolation.require(
        trainee.isCurrent() || trainee.status().equals("GRADUATED"),
        "traineeId",
        "a founder is a current trainee or a graduate (this one is " + trainee.status() + ")");
    project.addFounder(traineeId, joinedOn == null ? today() : joinedOn, today());
    audit.record(
        "incubator-project.founder-added", "incubator_project", id, "trainee " + traineeId);
    return project;
  }

  @Transactional
  public IncubatorProject incubate(UUID id, LocalDate on) {
    IncubatorProject project = project(id);
    LocalDate day = on == null ? today() : on;
    project.incubate(day, today());
    audit.record("incubator-project.incubated", "incubator_project", id, "on " + day);
    return project;
  }

  @Transactional
  public IncubatorProject launch(UUID id, LocalDate on) {
    IncubatorProject project = project(id);
    LocalDate day = on == null ? today() : on;
    project.launch(day, today());
    audit.record("incubator-project.launched", "incubator_project", id, "on " + day);
    return project;
  }

  @Transactional
  public IncubatorProject close(UUID id, LocalDate on, String reason) {
    IncubatorProject project = project(id);
    project.close(on == null ? today() : on, reason, today());
    audit.record("incubator-project.closed", "incubator_project", id, reason);
    return project;
  }

  @Transactional
  public IncubatorProject recordSession(UUID id, LocalDate heldOn, String topic, String coach) {
    IncubatorProject project = project(id);
    project.recordSession(heldOn, topic, coach, today());
    audit.record("incubator-project.session", "incubator_project", id, topic + " with " + coach);
    return project;
  }
}
