package ma.ofppt.cmc.platform.registry.domain;

import jakarta.persistence.AttributeOverride;
import jakarta.persistence.AttributeOverrides;
import jakarta.persistence.Cacheable;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Optional;
import ma.ofppt.cmc.platform.domain.DomainRuleViolation;
import ma.ofppt.cmc.platform.domain.LocalizedName;
import ma.ofppt.cmc.platform.persistence.SharedReferenceData;
import ma.ofppt.cmc.platform.tenancy.TenantId;

/**
 * A tenant of the platform: one CMC, operated by its own management company (a société anonyme), in
 * one region. The registry is platform data, not tenant data: it says which tenant codes exist and
 * whether their tokens are honoured.
 */
@Entity
@SharedReferenceData
@Table(name = "tenant")
@Cacheable(false)
public class Tenant {
  public static final int MAX_REASON = 500;

  @Id
  @Column(name = "code", nullable = false, updatable = false)
  private String code;

  @Column(name = "region_code", nullable = false, updatable = false)
  private String regionCode;

  @Column(name = "legal_name", nullable = false)
  private String legalName;

  @Embedded private LocalizedName name;

  @Embedded
  @AttributeOverrides({
    @AttributeOverride(name = "fr", column = @Column(name = "city_fr")),
    @AttributeOverride(name = "ar", column = @Column(name = "city_ar"))
  })
  private LocalizedName city;

  @Column(name = "opening_wave", nullable = false)
  private int openingWave;

  @Column(name = "first_intake")
  private String firstIntake;

  @Enumerated(EnumType.STRING)
  @Column(name = "status", nullable = false)
  private TenantStatus status;

  @Column(name = "status_reason")
  private String statusReason;

  @Column(name = "status_changed_at")
  private OffsetDateTime statusChangedAt;

  @Version
  @Column(name = "version", nullable = false)
  private long version;

  protected Tenant() {}

  public TenantId id() {
    return new TenantId(code);
  }

  public String regionCode() {
    return regionCode;
  }

  public String legalName() {
    return legalName;
  }

  public LocalizedName name() {
    return name;
  }

  public LocalizedName city() {
    return city;
  }

  public int openingWave() {
    return openingWave;
  }

  /** The academic year of the first intake, when known (e.g. {@code 2025-2026}). */
  public Optional<String> firstIntake() {
    return Optional.ofNullable(firstIntake);
  }

  public TenantStatus status() {
    return status;
  }

  public Optional<String> statusReason() {
    return Optional.ofNullable(statusReason);
  }

  public Optional<Instant> statusChangedAt() {
    return Optional.ofNullable(statusChangedAt).map(OffsetDateTime::toInstant);
  }

  public boolean isActive() {
    return status == TenantStatus.ACTIVE;
  }

  /** Stops honouring the city's tokens; its data stays untouched. A reason is mandatory. */
  public void suspend(String reason, Instant at) {
    String why = reason == null ? "" : reason.strip();
    DomainRuleViolation.require(!why.isEmpty(), "reason", "a suspension needs a written reason");
    DomainRuleViolation.require(
        why.length() <= MAX_REASON,
        "reason",
        "the reason is longer than " + MAX_REASON + " characters");
    DomainRuleViolation.require(
        status == TenantStatus.ACTIVE, "status", "the city is already suspended");
    status = TenantStatus.SUSPENDED;
    statusReason = why;
    statusChangedAt = at.atOffset(ZoneOffset.UTC);
  }

  public void reactivate(Instant at) {
    DomainRuleViolation.require(
        status == TenantStatus.SUSPENDED, "status", "the city is not suspended");
    status = TenantStatus.ACTIVE;
    statusReason = null;
    statusChangedAt = at.atOffset(ZoneOffset.UTC);
  }
}
