package ma.ofppt.cmc.offer.domain;

import jakarta.persistence.Cacheable;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.util.UUID;
import ma.ofppt.cmc.platform.domain.AcademicYear;
import ma.ofppt.cmc.platform.domain.DomainRuleViolation;
import ma.ofppt.cmc.platform.persistence.TenantScopedEntity;

/**
 * The seats a programme opens for one academic year: all years of study together, and the
 * first-year seats that admissions fills. Part of the {@link Programme} aggregate.
 */
@Entity
@Table(name = "programme_intake")
@Cacheable(false)
public class ProgrammeIntake extends TenantScopedEntity {
  public static final int MAX_SEATS = 10_000;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "programme_id", nullable = false, updatable = false)
  private Programme programme;

  @Column(name = "academic_year", nullable = false, updatable = false)
  private String academicYear;

  @Column(name = "total_seats", nullable = false)
  private int totalSeats;

  @Column(name = "first_year_seats", nullable = false)
  private int firstYearSeats;

  protected ProgrammeIntake() {}

  ProgrammeIntake(Programme programme, AcademicYear year, int totalSeats, int firstYearSeats) {
    super(UUID.randomUUID());
    this.programme = programme;
    this.academicYear = year.value();
    setSeats(totalSeats, firstYearSeats);
  }

  void setSeats(int total, int firstYear) {
    DomainRuleViolation.require(
        total >= 1 && total <= MAX_SEATS, "totalSeats", "between 1 and " + MAX_SEATS);
    DomainRuleViolation.require(firstYear >= 0, "firstYearSeats", "0 or more");
    DomainRuleViolation.require(
        firstYear <= total, "firstYearSeats", "cannot exceed the total seats (" + total + ")");
    this.totalSeats = total;
    this.firstYearSeats = firstYear;
  }

  public AcademicYear academicYear() {
    return new AcademicYear(academicYear);
  }

  public int totalSeats() {
    return totalSeats;
  }

  public int firstYearSeats() {
    return firstYearSeats;
  }
}
