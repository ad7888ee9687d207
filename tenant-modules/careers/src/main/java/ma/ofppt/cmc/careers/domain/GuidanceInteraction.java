package ma.ofppt.cmc.careers.domain;

import jakarta.persistence.Cacheable;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.util.Optional;
import java.util.UUID;
import ma.ofppt.cmc.platform.domain.DomainRuleViolation;
import ma.ofppt.cmc.platform.persistence.TenantScopedEntity;

/**
 * One meeting of the career-guidance centre with a person: a trainee or graduate of the city
 * (referenced by id), or someone who has not applied yet (named only, as they have no record). It
 * is a log entry: written once, never edited, so the history of the centre's work stays as it was.
 */
@Entity
@Table(name = "guidance_interaction")
@Cacheable(false)
public class GuidanceInteraction extends TenantScopedEntity {
  public static final int NOTES_MAX = 2000;

  // Text, not UUID: EclipseLink 4.0.7 can neither bind nor read a null UUID (see Trainee), and
  // an interaction with a prospect has no trainee (reading one made the whole list fail).
  @Column(name = "trainee_id", updatable = false)
  private String traineeId;

  @Column(name = "prospect_name", updatable = false)
  private String prospectName;

  @Enumerated(EnumType.STRING)
  @Column(name = "kind", nullable = false, updatable = false)
  private GuidanceKind kind;

  @Column(name = "occurred_on", nullable = false, updatable = false)
  private LocalDate occurredOn;

  @Column(name = "advisor", nullable = false, updatable = false)
  private String advisor;

  @Column(name = "notes", updatable = false)
  private String notes;

  protected GuidanceInteraction() {}

  private GuidanceInteraction(
      UUID traineeId,
      String prospectName,
      GuidanceKind kind,
      LocalDate occurredOn,
      LocalDate today,
      String advisor,
      String notes) {
    super(UUID.randomUUID());
    DomainRuleViolation.require(kind != null, "kind", "required");
    this.traineeId = traineeId == null ? null : traineeId.toString();
    this.prospectName = prospectName;
    this.kind = kind;
    this.occurredOn = Texts.past(occurredOn, today, "occurredOn");
    this.advisor = Texts.required(advisor, "advisor", 200);
    this.notes = Texts.optional(notes, "notes", NOTES_MAX);
  }

  /** An interaction with a trainee or graduate of the city (checked by the caller). */
  public static GuidanceInteraction withTrainee(
      UUID traineeId,
      GuidanceKind kind,
      LocalDate occurredOn,
      LocalDate today,
      String advisor,
      String notes) {
    DomainRuleViolation.require(traineeId != null, "traineeId", "required");
    return new GuidanceInteraction(traineeId, null, kind, occurredOn, today, advisor, notes);
  }

  /** An interaction with someone who has no record in the city yet, known by name only. */
  public static GuidanceInteraction withProspect(
      String prospectName,
      GuidanceKind kind,
      LocalDate occurredOn,
      LocalDate today,
      String advisor,
      String notes) {
    return new GuidanceInteraction(
        null,
        Texts.required(prospectName, "prospectName", 200),
        kind,
        occurredOn,
        today,
        advisor,
        notes);
  }

  public Optional<UUID> traineeId() {
    return Optional.ofNullable(traineeId).map(UUID::fromString);
  }

  public Optional<String> prospectName() {
    return Optional.ofNullable(prospectName);
  }

  public GuidanceKind kind() {
    return kind;
  }

  public LocalDate occurredOn() {
    return occurredOn;
  }

  public String advisor() {
    return advisor;
  }

  public Optional<String> notes() {
    return Optional.ofNullable(notes);
  }
}
