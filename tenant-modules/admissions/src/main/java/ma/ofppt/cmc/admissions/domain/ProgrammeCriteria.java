package ma.ofppt.cmc.admissions.domain;

import jakarta.persistence.Cacheable;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.UUID;
import ma.ofppt.cmc.platform.domain.DomainRuleViolation;
import ma.ofppt.cmc.platform.persistence.TenantScopedEntity;

/**
 * How a programme ranks its applicants in an intake: weights of the grade average, the written test
 * and the interview. A weight of zero leaves the input out; ties on the score are broken by the
 * inputs in that order, then by the published lottery. Without a row, the grade average alone.
 */
@Entity
@Table(name = "selection_criteria")
@Cacheable(false)
public class ProgrammeCriteria extends TenantScopedEntity {
  public static final String GRADE = "gradeAverage";
  public static final String TEST = "testScore";
  public static final String INTERVIEW = "interviewScore";

  @Column(name = "programme_id", nullable = false, updatable = false)
  private UUID programmeId;

  @Column(name = "academic_year", nullable = false, updatable = false)
  private String academicYear;

  @Column(name = "grade_weight", nullable = false)
  private BigDecimal gradeWeight;

  @Column(name = "test_weight", nullable = false)
  private BigDecimal testWeight;

  @Column(name = "interview_weight", nullable = false)
  private BigDecimal interviewWeight;

  protected ProgrammeCriteria() {}

  public ProgrammeCriteria(UUID programmeId, String academicYear) {
    super(UUID.randomUUID());
    this.programmeId = programmeId;
    this.academicYear = academicYear;
    this.gradeWeight = BigDecimal.ONE.setScale(4);
    this.testWeight = BigDecimal.ZERO.setScale(4);
    this.interviewWeight = BigDecimal.ZERO.setScale(4);
  }

  public void weigh(BigDecimal grade, BigDecimal test, BigDecimal interview) {
    BigDecimal g = weight("gradeWeight", grade);
    BigDecimal t = weight("testWeight", test);
    BigDecimal i = weight("interviewWeight", interview);
    DomainRuleViolation.require(
        g.add(t).add(i).signum() > 0, "gradeWeight", "at least one weight above zero");
    gradeWeight = g;
    testWeight = t;
    interviewWeight = i;
  }

  private static BigDecimal weight(String field, BigDecimal value) {
    DomainRuleViolation.require(value != null, field, "required (0 to 9.9999)");
    DomainRuleViolation.require(
        value.signum() >= 0 && value.compareTo(BigDecimal.TEN) < 0, field, "between 0 and 9.9999");
    DomainRuleViolation.require(
        value.stripTrailingZeros().scale() <= 4, field, "at most four decimals");
    return value.setScale(4, RoundingMode.UNNECESSARY);
  }

  public UUID programmeId() {
    return programmeId;
  }

  public BigDecimal gradeWeight() {
    return gradeWeight;
  }

  public BigDecimal testWeight() {
    return testWeight;
  }

  public BigDecimal interviewWeight() {
    return interviewWeight;
  }
}
