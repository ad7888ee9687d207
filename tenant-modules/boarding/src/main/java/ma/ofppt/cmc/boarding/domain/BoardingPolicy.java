package ma.ofppt.cmc.boarding.domain;

import jakarta.persistence.Cacheable;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.util.UUID;
import ma.ofppt.cmc.platform.domain.AcademicYear;
import ma.ofppt.cmc.platform.domain.DomainRuleViolation;
import ma.ofppt.cmc.platform.persistence.TenantScopedEntity;

/**
 * How a city gives out its beds in one academic year: the points per criterion and the period a bed
 * is assigned for ({@code [startsOn, endsOn)}). Every allocation change of the year locks this row,
 * so runs, manual assignments and the waitlist's moves are served one after the other.
 */
@Entity
@Table(name = "boarding_policy")
@Cacheable(false)
public class BoardingPolicy extends TenantScopedEntity {
  @Column(name = "academic_year", nullable = false, updatable = false)
  private String academicYear;

  @Column(name = "remote_area_points", nullable = false)
  private int remoteAreaPoints;

  @Column(name = "points_per_10_km", nullable = false)
  private int pointsPer10Km;

  @Column(name = "social_need_points", nullable = false)
  private int socialNeedPoints;

  @Column(name = "disability_points", nullable = false)
  private int disabilityPoints;

  @Column(name = "starts_on", nullable = false)
  private LocalDate startsOn;

  @Column(name = "ends_on", nullable = false)
  private LocalDate endsOn;

  protected BoardingPolicy() {}

  public BoardingPolicy(
      AcademicYear year, PolicyWeights weights, LocalDate startsOn, LocalDate endsOn) {
    super(UUID.randomUUID());
    this.academicYear = year.value();
    define(weights, startsOn, endsOn);
  }

  /** The period a city usually lodges trainees: 1 September to 1 July (exclusive). */
  public static BoardingPolicy standard(AcademicYear year) {
    return new BoardingPolicy(
        year,
        PolicyWeights.DEFAULT,
        LocalDate.of(year.firstYear(), 9, 1),
        LocalDate.of(year.firstYear() + 1, 7, 1));
  }

  public void define(PolicyWeights weights, LocalDate starts, LocalDate ends) {
    DomainRuleViolation.require(weights != null, "weights", "required");
    DomainRuleViolation.require(starts != null, "startsOn", "required");
    DomainRuleViolation.require(ends != null, "endsOn", "required");
    AcademicYear year = new AcademicYear(academicYear);
    DomainRuleViolation.require(
        starts.getYear() == year.firstYear(),
        "startsOn",
        "must fall in " + year.firstYear() + ", the first year of " + year);
    DomainRuleViolation.require(
        !ends.isAfter(LocalDate.of(year.firstYear() + 1, 12, 31)),
        "endsOn",
        "must fall before the end of " + (year.firstYear() + 1));
    DomainRuleViolation.require(starts.isBefore(ends), "endsOn", "must be after startsOn");
    this.remoteAreaPoints = weights.remoteAreaPoints();
    this.pointsPer10Km = weights.pointsPer10Km();
    this.socialNeedPoints = weights.socialNeedPoints();
    this.disabilityPoints = weights.disabilityPoints();
    this.startsOn = starts;
    this.endsOn = ends;
  }

  public PolicyWeights weights() {
    return new PolicyWeights(remoteAreaPoints, pointsPer10Km, socialNeedPoints, disabilityPoints);
  }

  /** The period of a bed assigned on {@code day}: from that day (or the start) to the end. */
  public LocalDate startFor(LocalDate day) {
    return day.isAfter(startsOn) ? day : startsOn;
  }

  public String academicYear() {
    return academicYear;
  }

  public LocalDate startsOn() {
    return startsOn;
  }

  public LocalDate endsOn() {
    return endsOn;
  }
}
