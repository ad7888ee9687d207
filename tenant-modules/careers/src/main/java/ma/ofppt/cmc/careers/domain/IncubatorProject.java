package ma.ofppt.cmc.careers.domain;

import jakarta.persistence.Cacheable;
import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
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
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import ma.ofppt.cmc.platform.domain.ConflictException;
import ma.ofppt.cmc.platform.domain.DomainRuleViolation;
import ma.ofppt.cmc.platform.domain.LocalizedName;
import ma.ofppt.cmc.platform.persistence.TenantScopedEntity;

/**
 * A project of the city's business incubator, from idea to launched business (or closure). Its
 * founders are trainees or graduates of the city; each step is a verb with its day, and the days
 * never go backwards (incubated on or after the idea was recorded, launched on or after
 * incubation). A closed project takes no more founders or sessions.
 */
@Entity
@Table(name = "incubator_project")
@Cacheable(false)
public class IncubatorProject extends TenantScopedEntity {
  @Column(name = "code", nullable = false, updatable = false)
  private String code;

  @Embedded private LocalizedName name;

  @Column(name = "sector_code", nullable = false)
  private String sectorCode;

  @Enumerated(EnumType.STRING)
  @Column(name = "status", nullable = false)
  private ProjectStatus status;

  @Column(name = "recorded_on", nullable = false, updatable = false)
  private LocalDate recordedOn;

  @Column(name = "incubated_on")
  private LocalDate incubatedOn;

  @Column(name = "launched_on")
  private LocalDate launchedOn;

  @Column(name = "closed_on")
  private LocalDate closedOn;

  @Column(name = "closure_reason")
  private String closureReason;

  @OneToMany(
      mappedBy = "project",
      cascade = CascadeType.ALL,
      orphanRemoval = true,
      fetch = FetchType.LAZY)
  @OrderBy("joinedOn")
  private List<ProjectFounder> founders = new ArrayList<>();

  @OneToMany(
      mappedBy = "project",
      cascade = CascadeType.ALL,
      orphanRemoval = true,
      fetch = FetchType.LAZY)
  @OrderBy("heldOn")
  private List<SupportSession> sessions = new ArrayList<>();

  protected IncubatorProject() {}

  public IncubatorProject(
      String code, LocalizedName name, String sectorCode, LocalDate recordedOn, LocalDate today) {
    super(UUID.randomUUID());
    String value = code == null ? "" : code.strip().toUpperCase(Locale.ROOT);
    DomainRuleViolation.require(
        value.matches("[A-Z0-9][A-Z0-9-]{0,31}"),
        "code",
        "1 to 32 letters, digits or dashes, e.g. INC-2044-01");
    DomainRuleViolation.require(name != null, "name", "required");
    this.code = value;
    this.name = name;
    this.sectorCode = NationalSectors.require(sectorCode, "sectorCode");
    this.recordedOn = Texts.past(recordedOn, today, "recordedOn");
    this.status = ProjectStatus.IDEA;
  }

  /** Adds a founder, a trainee or graduate the caller has checked; once each. */
  public ProjectFounder addFounder(UUID traineeId, LocalDate joinedOn, LocalDate today) {
    requireNotClosed();
    DomainRuleViolation.require(traineeId != null, "traineeId", "required");
    if (founders.stream().anyMatch(f -> f.traineeId().equals(traineeId))) {
      throw new ConflictException("traineeId", "already a founder of this project");
    }
    ProjectFounder founder =
        new ProjectFounder(this, traineeId, Texts.past(joinedOn, today, "joinedOn"));
    founders.add(founder);
    return founder;
  }

  /** The incubator takes the project in. */
  public void incubate(LocalDate on, LocalDate today) {
    requireStatus(ProjectStatus.IDEA, "only an idea can be incubated");
    this.incubatedOn = notBefore(Texts.past(on, today, "on"), recordedOn, "the idea was recorded");
    this.status = ProjectStatus.INCUBATED;
  }

  /** The business starts trading; it needs at least one founder. */
  public void launch(LocalDate on, LocalDate today) {
    requireStatus(ProjectStatus.INCUBATED, "only an incubated project can be launched");
    DomainRuleViolation.require(
        !founders.isEmpty(), "founders", "a project is launched by at least one founder");
    this.launchedOn = notBefore(Texts.past(on, today, "on"), incubatedOn, "the incubation");
    this.status = ProjectStatus.LAUNCHED;
  }

  /** The project ends, whatever stage it reached, with a reason. */
  public void close(LocalDate on, String reason, LocalDate today) {
    requireNotClosed();
    LocalDate last =
        launchedOn != null ? launchedOn : incubatedOn != null ? incubatedOn : recordedOn;
    this.closedOn = notBefore(Texts.past(on, today, "on"), last, "its last step");
    this.closureReason = Texts.required(reason, "reason", 500);
    this.status = ProjectStatus.CLOSED;
  }

  /** Records a coaching session given to the project. */
  public SupportSession recordSession(
      LocalDate heldOn, String topic, String coach, LocalDate today) {
    requireNotClosed();
    LocalDate day =
        notBefore(Texts.past(heldOn, today, "heldOn"), recordedOn, "the idea was recorded");
    SupportSession session =
        new SupportSession(
            this, day, Texts.required(topic, "topic", 300), Texts.required(coach, "coach", 200));
    sessions.add(session);
    return session;
  }

  private void requireNotClosed() {
    if (status == ProjectStatus.CLOSED) {
      throw new ConflictException("status", "the project is closed");
    }
  }

  private void requireStatus(ProjectStatus expected, String message) {
    if (status != expected) {
      throw new ConflictException("status", message + " (it is " + status + ")");
    }
  }

  private static LocalDate notBefore(LocalDate day, LocalDate earliest, String what) {
    DomainRuleViolation.require(
        !day.isBefore(earliest), "on", "before " + what + " (" + earliest + ")");
    return day;
  }

  public String code() {
    return code;
  }

  public LocalizedName name() {
    return name;
  }

  public String sectorCode() {
    return sectorCode;
  }

  public ProjectStatus status() {
    return status;
  }

  public LocalDate recordedOn() {
    return recordedOn;
  }

  public Optional<LocalDate> incubatedOn() {
    return Optional.ofNullable(incubatedOn);
  }

  public Optional<LocalDate> launchedOn() {
    return Optional.ofNullable(launchedOn);
  }

  public Optional<LocalDate> closedOn() {
    return Optional.ofNullable(closedOn);
  }

  public Optional<String> closureReason() {
    return Optional.ofNullable(closureReason);
  }

  public List<ProjectFounder> founders() {
    return Collections.unmodifiableList(founders);
  }

  public List<SupportSession> sessions() {
    return Collections.unmodifiableList(sessions);
  }
}
