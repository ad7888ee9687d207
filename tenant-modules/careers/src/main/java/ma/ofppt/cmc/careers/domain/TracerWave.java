package ma.ofppt.cmc.careers.domain;

import jakarta.persistence.Cacheable;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.util.Set;
import java.util.UUID;
import ma.ofppt.cmc.platform.domain.DomainRuleViolation;
import ma.ofppt.cmc.platform.persistence.TenantScopedEntity;

/**
 * One tracer-survey wave: the graduates of one intake (the academic year their cohort entered),
 * asked about their situation a fixed number of months after graduating (6 or 12, the horizons of
 * the ETF/Cedefop/ILO graduate-tracking guide). A city opens each wave once; the database's unique
 * key on (intake, horizon) holds that even when two advisors open it at the same moment.
 */
@Entity
@Table(name = "tracer_wave")
@Cacheable(false)
public class TracerWave extends TenantScopedEntity {
  public static final Set<Integer> HORIZONS = Set.of(6, 12);

  @Column(name = "academic_year", nullable = false, updatable = false)
  private String academicYear;

  @Column(name = "horizon_months", nullable = false, updatable = false)
  private int horizonMonths;

  @Column(name = "opened_on", nullable = false, updatable = false)
  private LocalDate openedOn;

  protected TracerWave() {}

  public TracerWave(String academicYear, Integer horizonMonths, LocalDate openedOn) {
    super(UUID.randomUUID());
    this.academicYear = requireYear(academicYear);
    DomainRuleViolation.require(
        horizonMonths != null && HORIZONS.contains(horizonMonths),
        "horizonMonths",
        "a tracer survey is taken 6 or 12 months after graduation");
    this.horizonMonths = horizonMonths;
    this.openedOn = Texts.date(openedOn, "openedOn");
  }

  /** An academic year in the form 2025-2026 (consecutive years). */
  public static String requireYear(String academicYear) {
    String value = academicYear == null ? "" : academicYear.strip();
    boolean ok = value.matches("\\d{4}-\\d{4}");
    ok = ok && Integer.parseInt(value.substring(5)) == Integer.parseInt(value.substring(0, 4)) + 1;
    DomainRuleViolation.require(ok, "academicYear", "use the form 2025-2026");
    return value;
  }

  /** The reference date of a graduate's survey in this wave. */
  public LocalDate dueOn(LocalDate graduatedOn) {
    return graduatedOn.plusMonths(horizonMonths);
  }

  public String academicYear() {
    return academicYear;
  }

  public int horizonMonths() {
    return horizonMonths;
  }

  public LocalDate openedOn() {
    return openedOn;
  }
}
