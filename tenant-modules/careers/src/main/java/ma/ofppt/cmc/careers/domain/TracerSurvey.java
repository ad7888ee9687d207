package ma.ofppt.cmc.careers.domain;

import jakarta.persistence.Cacheable;
import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import ma.ofppt.cmc.platform.domain.ConflictException;
import ma.ofppt.cmc.platform.domain.DomainRuleViolation;
import ma.ofppt.cmc.platform.persistence.TenantScopedEntity;

/**
 * One graduate's survey in a tracer wave: due on the graduation day plus the wave's horizon, it
 * records every attempt to reach the graduate and ends in one final state, responded (with the
 * answer), unreachable or refused. The attempts matter as much as the answers: they are what makes
 * a response rate honest. A final state is final; a correction is a new wave, not an edit.
 */
@Entity
@Table(name = "tracer_survey")
@Cacheable(false)
public class TracerSurvey extends TenantScopedEntity {
  /** Attempts to make before a graduate may be called unreachable. */
  public static final int ATTEMPTS_BEFORE_UNREACHABLE = 3;

  @Column(name = "wave_id", nullable = false, updatable = false)
  private UUID waveId;

  @Column(name = "trainee_id", nullable = false, updatable = false)
  private UUID traineeId;

  @Column(name = "programme_id", nullable = false, updatable = false)
  private UUID programmeId;

  @Column(name = "graduated_on", nullable = false, updatable = false)
  private LocalDate graduatedOn;

  @Column(name = "due_on", nullable = false, updatable = false)
  private LocalDate dueOn;

  @Enumerated(EnumType.STRING)
  @Column(name = "state", nullable = false)
  private SurveyState state;

  @Column(name = "closed_on")
  private LocalDate closedOn;

  @Enumerated(EnumType.STRING)
  @Column(name = "situation")
  private Situation situation;

  @Column(name = "sector_code")
  private String sectorCode;

  @Enumerated(EnumType.STRING)
  @Column(name = "contract_type")
  private ContractType contractType;

  @Column(name = "in_field_of_training")
  private Boolean inFieldOfTraining;

  @Column(name = "incubator_startup", nullable = false)
  private boolean incubatorStartup;

  @Column(name = "country")
  private String country;

  @Column(name = "mobility_programme")
  private String mobilityProgramme;

  @OneToMany(
      mappedBy = "survey",
      cascade = CascadeType.ALL,
      orphanRemoval = true,
      fetch = FetchType.LAZY)
  @OrderBy("attemptedOn")
  private List<ContactAttempt> attempts = new ArrayList<>();

  protected TracerSurvey() {}

  public TracerSurvey(TracerWave wave, UUID traineeId, UUID programmeId, LocalDate graduatedOn) {
    super(UUID.randomUUID());
    DomainRuleViolation.require(traineeId != null, "traineeId", "required");
    DomainRuleViolation.require(programmeId != null, "programmeId", "required");
    this.waveId = wave.id();
    this.traineeId = traineeId;
    this.programmeId = programmeId;
    this.graduatedOn = Texts.date(graduatedOn, "graduatedOn");
    this.dueOn = wave.dueOn(graduatedOn);
    this.state = SurveyState.PENDING;
  }

  /** Records an attempt to reach the graduate; only while the survey is open. */
  public ContactAttempt recordAttempt(
      LocalDate on, ContactChannel channel, String note, LocalDate today) {
    requireOpen();
    requireAfterGraduation(Texts.past(on, today, "attemptedOn"), "attemptedOn");
    DomainRuleViolation.require(channel != null, "channel", "required");
    ContactAttempt attempt =
        new ContactAttempt(this, on, channel, Texts.optional(note, "note", 500));
    attempts.add(attempt);
    return attempt;
  }

  /** The graduate answered: their situation at the reference date. */
  public void respond(SurveyAnswer answer, LocalDate on, LocalDate today) {
    DomainRuleViolation.require(answer != null, "situation", "required");
    requireOpen();
    requireAfterGraduation(Texts.past(on, today, "respondedOn"), "respondedOn");
    this.situation = answer.situation();
    this.sectorCode = answer.sectorCode();
    this.contractType = answer.contractType();
    this.inFieldOfTraining = answer.inFieldOfTraining();
    this.incubatorStartup = answer.incubatorStartup();
    this.country = answer.country();
    this.mobilityProgramme = answer.mobilityProgramme();
    close(SurveyState.RESPONDED, on);
  }

  /** Nobody could be reached after the required attempts. */
  public void markUnreachable(LocalDate on, LocalDate today) {
    requireOpen();
    requireAfterGraduation(Texts.past(on, today, "on"), "on");
    DomainRuleViolation.require(
        attempts.size() >= ATTEMPTS_BEFORE_UNREACHABLE,
        "contactAttempts",
        "record at least "
            + ATTEMPTS_BEFORE_UNREACHABLE
            + " contact attempts before calling a graduate unreachable ("
            + attempts.size()
            + " so far)");
    close(SurveyState.UNREACHABLE, on);
  }

  /** The graduate was reached and declined to answer. */
  public void refuse(LocalDate on, LocalDate today) {
    requireOpen();
    requireAfterGraduation(Texts.past(on, today, "on"), "on");
    close(SurveyState.REFUSED, on);
  }

  private void close(SurveyState finalState, LocalDate on) {
    this.state = finalState;
    this.closedOn = on;
  }

  private void requireOpen() {
    if (state.isFinal()) {
      throw new ConflictException("state", "the survey is already " + state);
    }
  }

  private void requireAfterGraduation(LocalDate date, String field) {
    DomainRuleViolation.require(
        !date.isBefore(graduatedOn), field, "before the graduation (" + graduatedOn + ")");
  }

  /** Contacted at least once, or closed: the survey was actually carried out. */
  public boolean contacted() {
    return !attempts.isEmpty() || state.isFinal();
  }

  public UUID waveId() {
    return waveId;
  }

  public UUID traineeId() {
    return traineeId;
  }

  public UUID programmeId() {
    return programmeId;
  }

  public LocalDate graduatedOn() {
    return graduatedOn;
  }

  public LocalDate dueOn() {
    return dueOn;
  }

  public SurveyState state() {
    return state;
  }

  public Optional<LocalDate> closedOn() {
    return Optional.ofNullable(closedOn);
  }

  /** The answer, once responded. */
  public Optional<SurveyAnswer> answer() {
    return state != SurveyState.RESPONDED
        ? Optional.empty()
        : Optional.of(
            new SurveyAnswer(
                situation,
                sectorCode,
                contractType,
                inFieldOfTraining,
                incubatorStartup,
                country,
                mobilityProgramme));
  }

  public Optional<Situation> situation() {
    return Optional.ofNullable(situation);
  }

  public List<ContactAttempt> attempts() {
    return Collections.unmodifiableList(attempts);
  }
}
