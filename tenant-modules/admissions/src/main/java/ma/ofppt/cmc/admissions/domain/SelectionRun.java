package ma.ofppt.cmc.admissions.domain;

import jakarta.persistence.Cacheable;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.UUID;
import ma.ofppt.cmc.platform.persistence.TenantScopedEntity;

/**
 * The selection of an intake, run once: who ran it, when, with which published lottery seed, and
 * what it produced. After it, seats move only through offers and waitlists.
 */
@Entity
@Table(name = "selection_run")
@Cacheable(false)
public class SelectionRun extends TenantScopedEntity {
  @Column(name = "academic_year", nullable = false, updatable = false)
  private String academicYear;

  @Column(name = "seed", nullable = false, updatable = false)
  private String seed;

  @Column(name = "ran_at", nullable = false, updatable = false)
  private OffsetDateTime ranAt;

  @Column(name = "ran_by", nullable = false, updatable = false)
  private String ranBy;

  @Column(name = "applications", nullable = false, updatable = false)
  private int applications;

  @Column(name = "offers", nullable = false, updatable = false)
  private int offers;

  @Column(name = "waitlisted", nullable = false, updatable = false)
  private int waitlisted;

  protected SelectionRun() {}

  public SelectionRun(
      String academicYear,
      String seed,
      Instant ranAt,
      String ranBy,
      int applications,
      int offers,
      int waitlisted) {
    super(UUID.randomUUID());
    this.academicYear = academicYear;
    this.seed = seed;
    this.ranAt = ranAt.truncatedTo(ChronoUnit.MICROS).atOffset(ZoneOffset.UTC);
    this.ranBy = ranBy;
    this.applications = applications;
    this.offers = offers;
    this.waitlisted = waitlisted;
  }

  public String academicYear() {
    return academicYear;
  }

  public String seed() {
    return seed;
  }

  public Instant ranAt() {
    return ranAt.toInstant();
  }

  public String ranBy() {
    return ranBy;
  }

  public int applications() {
    return applications;
  }

  public int offers() {
    return offers;
  }

  public int waitlisted() {
    return waitlisted;
  }
}
