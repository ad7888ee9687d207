package ma.ofppt.cmc.admissions.domain;

import jakarta.persistence.Cacheable;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.util.Optional;
import java.util.UUID;
import ma.ofppt.cmc.platform.persistence.TenantScopedEntity;

/** One ranked wish of an application: a programme, the score inputs, and whether it is eligible. */
@Entity
@Table(name = "application_wish")
@Cacheable(false)
public class Wish extends TenantScopedEntity {
  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "application_id", nullable = false, updatable = false)
  private Application application;

  @Column(name = "preference", nullable = false)
  private int preference;

  @Column(name = "programme_id", nullable = false)
  private UUID programmeId;

  @Column(name = "grade_average", nullable = false)
  private BigDecimal gradeAverage;

  @Column(name = "test_score")
  private BigDecimal testScore;

  @Column(name = "interview_score")
  private BigDecimal interviewScore;

  @Column(name = "eligible", nullable = false)
  private boolean eligible;

  @Column(name = "ineligibility")
  private String ineligibility;

  @Column(name = "rank")
  private Integer rank;

  @Column(name = "ranked_among")
  private Integer rankedAmong;

  @Column(name = "score")
  private BigDecimal score;

  @Column(name = "decided_by")
  private String decidedBy;

  @Enumerated(EnumType.STRING)
  @Column(name = "outcome")
  private WishResult outcome;

  @Column(name = "waitlist_position")
  private Integer waitlistPosition;

  protected Wish() {}

  Wish(
      Application application,
      int preference,
      UUID programmeId,
      ScoreInputs scores,
      Optional<String> refusal) {
    super(UUID.randomUUID());
    this.application = application;
    this.preference = preference;
    this.programmeId = programmeId;
    this.gradeAverage = scores.gradeAverage();
    this.testScore = scores.testScore();
    this.interviewScore = scores.interviewScore();
    assess(refusal);
  }

  void assess(Optional<String> refusal) {
    this.eligible = refusal.isEmpty();
    this.ineligibility = refusal.orElse(null);
  }

  /** Re-assesses eligibility at selection (the programme or the rules may have changed). */
  public void reassess(Optional<String> refusal) {
    assess(refusal);
  }

  /** What selection decided for this wish; {@code rank} is null when the wish was not ranked. */
  public void recordSelection(
      Integer rank,
      Integer rankedAmong,
      BigDecimal score,
      String decidedBy,
      WishResult outcome,
      Integer waitlistPosition) {
    this.rank = rank;
    this.rankedAmong = rankedAmong;
    this.score = score;
    this.decidedBy = decidedBy;
    this.outcome = outcome;
    this.waitlistPosition = waitlistPosition;
  }

  public Optional<Integer> rank() {
    return Optional.ofNullable(rank);
  }

  public Optional<Integer> rankedAmong() {
    return Optional.ofNullable(rankedAmong);
  }

  public Optional<BigDecimal> score() {
    return Optional.ofNullable(score);
  }

  public Optional<String> decidedBy() {
    return Optional.ofNullable(decidedBy);
  }

  public Optional<WishResult> outcome() {
    return Optional.ofNullable(outcome);
  }

  public Optional<Integer> waitlistPosition() {
    return Optional.ofNullable(waitlistPosition);
  }

  /** 1 for the first choice. */
  public int preference() {
    return preference;
  }

  public UUID programmeId() {
    return programmeId;
  }

  public ScoreInputs scores() {
    return new ScoreInputs(gradeAverage, testScore, interviewScore);
  }

  public boolean isEligible() {
    return eligible;
  }

  /** Why the wish cannot be considered, when it cannot. */
  public Optional<String> ineligibility() {
    return Optional.ofNullable(ineligibility);
  }
}
