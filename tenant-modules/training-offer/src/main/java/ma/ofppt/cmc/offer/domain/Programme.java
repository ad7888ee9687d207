package ma.ofppt.cmc.offer.domain;

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
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import ma.ofppt.cmc.platform.domain.AcademicYear;
import ma.ofppt.cmc.platform.domain.DomainRuleViolation;
import ma.ofppt.cmc.platform.domain.LocalizedName;
import ma.ofppt.cmc.platform.offer.EducationLevel;
import ma.ofppt.cmc.platform.persistence.TenantScopedEntity;
import org.eclipse.persistence.annotations.BatchFetch;
import org.eclipse.persistence.annotations.BatchFetchType;

/**
 * A programme (filière) of a city: what it teaches, at which level, to whom, and how many seats it
 * opens each academic year. It guards the programme's rules: diploma levels target ages 15–30; a
 * new curriculum gives at least 30 % to soft skills; programmes of sectors that require it carry
 * the extra semester of languages and soft skills.
 */
@Entity
@Table(name = "programme")
@Cacheable(false)
public class Programme extends TenantScopedEntity {
  public static final int MIN_SOFT_SKILLS_SHARE_NEW_CURRICULUM = 30;
  public static final int MAX_DURATION_MONTHS = 48;
  public static final int MIN_AGE = 14;
  public static final int MAX_AGE = 65;
  public static final int MAX_REASON = 500;

  @Column(name = "code", nullable = false, updatable = false)
  private String code;

  @Embedded private LocalizedName name;

  @Column(name = "sector_code", nullable = false)
  private String sectorCode;

  @Column(name = "pole_id", nullable = false)
  private UUID poleId;

  @Enumerated(EnumType.STRING)
  @Column(name = "level", nullable = false)
  private TrainingLevel level;

  @Column(name = "duration_months", nullable = false)
  private int durationMonths;

  @Column(name = "soft_skills_share", nullable = false)
  private int softSkillsShare;

  @Column(name = "new_curriculum", nullable = false)
  private boolean newCurriculum;

  @Column(name = "language_semester", nullable = false)
  private boolean languageSemester;

  @Column(name = "target_age_min", nullable = false)
  private int targetAgeMin;

  @Column(name = "target_age_max", nullable = false)
  private int targetAgeMax;

  @Enumerated(EnumType.STRING)
  @Column(name = "minimum_education", nullable = false)
  private EducationLevel minimumEducation;

  @Enumerated(EnumType.STRING)
  @Column(name = "status", nullable = false)
  private ProgrammeStatus status;

  @Column(name = "status_reason")
  private String statusReason;

  // Part of the aggregate, so loaded with it (one batched query for a whole page): a lazy load
  // after
  // the transaction would run without the tenant binding and see no rows at all.
  @OneToMany(
      mappedBy = "programme",
      cascade = CascadeType.ALL,
      orphanRemoval = true,
      fetch = FetchType.EAGER)
  @BatchFetch(BatchFetchType.IN)
  @OrderBy("academicYear")
  private List<ProgrammeIntake> intakes = new ArrayList<>();

  protected Programme() {}

  public Programme(String code, ProgrammeDefinition definition) {
    super(UUID.randomUUID());
    this.code = Codes.normalise("code", code);
    this.status = ProgrammeStatus.ACTIVE;
    apply(definition);
  }

  /** Replaces what the programme is; its code, status and seats are unchanged. */
  public void redefine(ProgrammeDefinition definition) {
    apply(definition);
  }

  private void apply(ProgrammeDefinition d) {
    DomainRuleViolation.require(d.name() != null, "name", "required");
    DomainRuleViolation.require(d.sector() != null, "sectorCode", "required");
    DomainRuleViolation.require(d.pole() != null, "poleId", "required");
    DomainRuleViolation.require(d.level() != null, "level", "required");
    DomainRuleViolation.require(
        d.durationMonths() >= 1 && d.durationMonths() <= MAX_DURATION_MONTHS,
        "durationMonths",
        "between 1 and " + MAX_DURATION_MONTHS);
    DomainRuleViolation.require(
        d.softSkillsShare() >= 0 && d.softSkillsShare() <= 100,
        "softSkillsShare",
        "a percentage between 0 and 100");
    DomainRuleViolation.require(
        !d.newCurriculum() || d.softSkillsShare() >= MIN_SOFT_SKILLS_SHARE_NEW_CURRICULUM,
        "softSkillsShare",
        "a new curriculum gives at least "
            + MIN_SOFT_SKILLS_SHARE_NEW_CURRICULUM
            + " % to soft skills");

    boolean requiredSemester = d.sector().requiresLanguageSemester();
    boolean semester =
        d.extraLanguageSemester() == null ? requiredSemester : d.extraLanguageSemester();
    DomainRuleViolation.require(
        semester || !requiredSemester,
        "extraLanguageSemester",
        "programmes of the sector "
            + d.sector().name().fr()
            + " carry one extra semester of languages and soft skills");

    int ageMin =
        d.targetAgeMin() != null
            ? d.targetAgeMin()
            : d.level().isDiploma() ? TrainingLevel.DIPLOMA_MIN_AGE : MIN_AGE;
    int ageMax =
        d.targetAgeMax() != null
            ? d.targetAgeMax()
            : d.level().isDiploma() ? TrainingLevel.DIPLOMA_MAX_AGE : MAX_AGE;
    if (d.level().isDiploma()) {
      DomainRuleViolation.require(
          ageMin >= TrainingLevel.DIPLOMA_MIN_AGE,
          "targetAgeMin",
          "diploma programmes target ages "
              + TrainingLevel.DIPLOMA_MIN_AGE
              + " to "
              + TrainingLevel.DIPLOMA_MAX_AGE);
      DomainRuleViolation.require(
          ageMax <= TrainingLevel.DIPLOMA_MAX_AGE,
          "targetAgeMax",
          "diploma programmes target ages "
              + TrainingLevel.DIPLOMA_MIN_AGE
              + " to "
              + TrainingLevel.DIPLOMA_MAX_AGE);
    }
    DomainRuleViolation.require(ageMin >= MIN_AGE, "targetAgeMin", "at least " + MIN_AGE);
    DomainRuleViolation.require(ageMax <= MAX_AGE, "targetAgeMax", "at most " + MAX_AGE);
    DomainRuleViolation.require(ageMin <= ageMax, "targetAgeMax", "cannot be below targetAgeMin");

    this.name = d.name();
    this.sectorCode = d.sector().code();
    this.poleId = d.pole().id();
    this.level = d.level();
    this.durationMonths = d.durationMonths();
    this.softSkillsShare = d.softSkillsShare();
    this.newCurriculum = d.newCurriculum();
    this.languageSemester = semester;
    this.targetAgeMin = ageMin;
    this.targetAgeMax = ageMax;
    this.minimumEducation =
        d.minimumEducation() != null ? d.minimumEducation() : d.level().usualEntryLevel();
  }

  /** Stops new intakes; the programme and its past intakes stay on record. */
  public void deactivate(String reason) {
    String why = reason == null ? "" : reason.strip();
    DomainRuleViolation.require(!why.isEmpty(), "reason", "say why the programme closes");
    DomainRuleViolation.require(
        why.length() <= MAX_REASON, "reason", "at most " + MAX_REASON + " characters");
    DomainRuleViolation.require(
        status == ProgrammeStatus.ACTIVE, "status", "the programme is already inactive");
    status = ProgrammeStatus.INACTIVE;
    statusReason = why;
  }

  public void reactivate() {
    DomainRuleViolation.require(
        status == ProgrammeStatus.INACTIVE, "status", "the programme is active");
    status = ProgrammeStatus.ACTIVE;
    statusReason = null;
  }

  /** Opens (or re-plans) the seats of one academic year. */
  public ProgrammeIntake planIntake(AcademicYear year, int totalSeats, int firstYearSeats) {
    DomainRuleViolation.require(
        status == ProgrammeStatus.ACTIVE, "status", "an inactive programme takes no intake");
    Optional<ProgrammeIntake> existing = intake(year);
    if (existing.isPresent()) {
      existing.get().setSeats(totalSeats, firstYearSeats);
      return existing.get();
    }
    ProgrammeIntake intake = new ProgrammeIntake(this, year, totalSeats, firstYearSeats);
    intakes.add(intake);
    return intake;
  }

  public boolean cancelIntake(AcademicYear year) {
    return intakes.removeIf(i -> i.academicYear().equals(year));
  }

  public Optional<ProgrammeIntake> intake(AcademicYear year) {
    return intakes.stream().filter(i -> i.academicYear().equals(year)).findFirst();
  }

  public List<ProgrammeIntake> intakes() {
    return Collections.unmodifiableList(intakes);
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

  public UUID poleId() {
    return poleId;
  }

  public TrainingLevel level() {
    return level;
  }

  public int durationMonths() {
    return durationMonths;
  }

  /** The whole length including the extra semester of languages and soft skills, if any. */
  public int totalDurationMonths() {
    return durationMonths + (languageSemester ? 6 : 0);
  }

  public int softSkillsShare() {
    return softSkillsShare;
  }

  public boolean isNewCurriculum() {
    return newCurriculum;
  }

  public boolean hasExtraLanguageSemester() {
    return languageSemester;
  }

  public int targetAgeMin() {
    return targetAgeMin;
  }

  public int targetAgeMax() {
    return targetAgeMax;
  }

  public EducationLevel minimumEducation() {
    return minimumEducation;
  }

  public ProgrammeStatus status() {
    return status;
  }

  public Optional<String> statusReason() {
    return Optional.ofNullable(statusReason);
  }
}
