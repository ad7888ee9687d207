package ma.ofppt.cmc.careers.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;
import java.util.UUID;
import ma.ofppt.cmc.careers.domain.GuidanceInteraction;
import ma.ofppt.cmc.careers.domain.GuidanceKind;
import ma.ofppt.cmc.careers.domain.GuidanceLog;
import ma.ofppt.cmc.platform.audit.AuditTrail;
import ma.ofppt.cmc.platform.domain.DomainRuleViolation;
import ma.ofppt.cmc.platform.domain.NotFoundException;
import ma.ofppt.cmc.platform.domain.PageRequest;
import ma.ofppt.cmc.platform.trainees.TraineeRecords;

/** The career-guidance centre's log of interactions, each entry audited. */
@ApplicationScoped
public class GuidanceService {
  private final Clock clock = Clock.systemUTC();

  @Inject GuidanceLog log;
  @Inject TraineeRecords trainees;
  @Inject AuditTrail audit;

  /** What an advisor records: a trainee's id, or the name of someone who has not applied yet. */
  public record Entry(
      UUID traineeId,
      String prospectName,
      GuidanceKind kind,
      LocalDate occurredOn,
      String advisor,
      String notes) {}

  @Transactional
  public GuidanceInteraction record(Entry entry) {
    LocalDate today = LocalDate.now(clock);
    boolean prospect = entry.prospectName() != null && !entry.prospectName().isBlank();
    GuidanceInteraction interaction;
    if (entry.traineeId() != null) {
      DomainRuleViolation.require(
          !prospect, "prospectName", "give a trainee's id or a prospect's name, not both");
      DomainRuleViolation.require(
          trainees.trainee(entry.traineeId()).isPresent(),
          "traineeId",
          "no trainee of this city has this id");
      interaction =
          GuidanceInteraction.withTrainee(
              entry.traineeId(),
              entry.kind(),
              entry.occurredOn(),
              today,
              entry.advisor(),
              entry.notes());
    } else {
      DomainRuleViolation.require(
          prospect, "traineeId", "give a trainee's id, or a prospect's name (prospectName)");
      interaction =
          GuidanceInteraction.withProspect(
              entry.prospectName(),
              entry.kind(),
              entry.occurredOn(),
              today,
              entry.advisor(),
              entry.notes());
    }
    log.add(interaction);
    audit.record(
        "guidance.recorded",
        "guidance_interaction",
        interaction.id(),
        interaction.kind() + " on " + interaction.occurredOn());
    return interaction;
  }

  @Transactional
  public GuidanceInteraction interaction(UUID id) {
    return log.interaction(id).orElseThrow(() -> new NotFoundException("guidance interaction", id));
  }

  @Transactional
  public GuidanceLog.Page search(GuidanceLog.Filter filter, PageRequest page) {
    return log.search(filter, page.offset(), page.size());
  }
}
