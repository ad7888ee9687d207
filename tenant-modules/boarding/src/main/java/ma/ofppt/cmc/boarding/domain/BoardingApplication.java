package ma.ofppt.cmc.boarding.domain;

import jakarta.persistence.Cacheable;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Comparator;
import java.util.UUID;
import ma.ofppt.cmc.platform.domain.AcademicYear;
import ma.ofppt.cmc.platform.domain.ConflictException;
import ma.ofppt.cmc.platform.domain.DomainRuleViolation;
import ma.ofppt.cmc.platform.persistence.TenantScopedEntity;

/**
 * A trainee's request for a bed in one academic year. Sex, remote area and disability are copied
 * from the trainee record when the application is made (they decide the wing and the points); the
 * distance and the social need are declared by the campus manager. The score is set by each
 * allocation run from the year's policy.
 */
@Entity
@Table(name = "boarding_application")
@Cacheable(false)
public class BoardingApplication extends TenantScopedEntity {
  public static final int MAX_DISTANCE_KM = 3000;

  /**
   * The priority order: higher score first; then the longer distance; then the earlier application;
   * then the application id (so two runs over the same data give the same order).
   */
  public static final Comparator<BoardingApplication> PRIORITY =
      Comparator.comparingInt(BoardingApplication::rankingScore)
          .reversed()
          .thenComparing(Comparator.comparingInt(BoardingApplication::distanceKm).reversed())
          .thenComparing(BoardingApplication::submittedAt)
          .thenComparing(a -> a.id().toString());

  @Column(name = "trainee_id", nullable = false, updatable = false)
  private UUID traineeId;

  @Column(name = "academic_year", nullable = false, updatable = false)
  private String academicYear;

  @Enumerated(EnumType.STRING)
  @Column(name = "sex", nullable = false, updatable = false)
  private Sex sex;

  @Column(name = "remote_area", nullable = false)
  private boolean remoteArea;

  @Column(name = "disability", nullable = false)
  private boolean disability;

  @Column(name = "distance_km", nullable = false)
  private int distanceKm;

  @Column(name = "social_need", nullable = false)
  private boolean socialNeed;

  @Column(name = "submitted_at", nullable = false, updatable = false)
  private java.time.OffsetDateTime submittedAt;

  @Enumerated(EnumType.STRING)
  @Column(name = "status", nullable = false)
  private ApplicationStatus status;

  @Column(name = "score")
  private Integer score;

  protected BoardingApplication() {}

  public BoardingApplication(
      UUID traineeId,
      AcademicYear year,
      Sex sex,
      boolean remoteArea,
      boolean disability,
      int distanceKm,
      boolean socialNeed,
      Instant submittedAt) {
    super(UUID.randomUUID());
    DomainRuleViolation.require(traineeId != null, "traineeId", "required");
    DomainRuleViolation.require(sex != null, "sex", "required");
    checkDistance(distanceKm);
    this.traineeId = traineeId;
    this.academicYear = year.value();
    this.sex = sex;
    this.remoteArea = remoteArea;
    this.disability = disability;
    this.distanceKm = distanceKm;
    this.socialNeed = socialNeed;
    this.submittedAt = submittedAt.atOffset(ZoneOffset.UTC);
    this.status = ApplicationStatus.PENDING;
  }

  private static void checkDistance(int km) {
    DomainRuleViolation.require(
        km >= 0 && km <= MAX_DISTANCE_KM, "distanceKm", "between 0 and " + MAX_DISTANCE_KM + " km");
  }

  /** The campus manager corrects the declared criteria while the application waits. */
  public void declare(int km, boolean social) {
    requireWaiting("the criteria of an application that already holds a bed are final");
    checkDistance(km);
    this.distanceKm = km;
    this.socialNeed = social;
  }

  /** Scores the application under a policy (each allocation run does it again). */
  public void rank(PolicyWeights weights) {
    requireWaiting("only a waiting application is ranked");
    this.score = weights.score(remoteArea, distanceKm, socialNeed, disability);
  }

  public void waitlist() {
    requireWaiting("only a waiting application goes to the waitlist");
    this.status = ApplicationStatus.WAITLISTED;
  }

  /** Given a bed; the assignment records which one and when. */
  public void house(PolicyWeights weights) {
    requireWaiting("this application already holds a bed or is closed");
    if (score == null) {
      rank(weights);
    }
    this.status = ApplicationStatus.HOUSED;
  }

  /** The bed was cancelled before arrival: back to the waitlist at its rank. */
  public void returnToWaitlist() {
    requireStatus(ApplicationStatus.HOUSED);
    this.status = ApplicationStatus.WAITLISTED;
  }

  public void leave() {
    requireStatus(ApplicationStatus.HOUSED);
    this.status = ApplicationStatus.LEFT;
  }

  public void withdraw() {
    if (status == ApplicationStatus.WITHDRAWN || status == ApplicationStatus.LEFT) {
      throw new ConflictException("status", "this application is already closed (" + status + ")");
    }
    this.status = ApplicationStatus.WITHDRAWN;
  }

  public boolean isWaiting() {
    return status == ApplicationStatus.PENDING || status == ApplicationStatus.WAITLISTED;
  }

  private void requireWaiting(String message) {
    if (!isWaiting()) {
      throw new ConflictException("status", message + " (status " + status + ")");
    }
  }

  private void requireStatus(ApplicationStatus expected) {
    if (status != expected) {
      throw new ConflictException("status", "the application is " + status + ", not " + expected);
    }
  }

  private int rankingScore() {
    return score == null ? 0 : score;
  }

  public UUID traineeId() {
    return traineeId;
  }

  public String academicYear() {
    return academicYear;
  }

  public Sex sex() {
    return sex;
  }

  public boolean remoteArea() {
    return remoteArea;
  }

  public boolean disability() {
    return disability;
  }

  public int distanceKm() {
    return distanceKm;
  }

  public boolean socialNeed() {
    return socialNeed;
  }

  public Instant submittedAt() {
    return submittedAt.toInstant();
  }

  public ApplicationStatus status() {
    return status;
  }

  public Integer score() {
    return score;
  }
}
