package ma.ofppt.cmc.admissions.domain;

import jakarta.persistence.Cacheable;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.Optional;
import java.util.UUID;
import ma.ofppt.cmc.platform.domain.DomainRuleViolation;
import ma.ofppt.cmc.platform.persistence.TenantScopedEntity;

/**
 * A first-year seat offered to an application, to be confirmed before a deadline. While pending or
 * accepted it holds one seat of its programme's {@link SeatPool}.
 */
@Entity
@Table(name = "offer")
@Cacheable(false)
public class Offer extends TenantScopedEntity {
  @Column(name = "application_id", nullable = false, updatable = false)
  private UUID applicationId;

  @Column(name = "programme_id", nullable = false, updatable = false)
  private UUID programmeId;

  @Column(name = "academic_year", nullable = false, updatable = false)
  private String academicYear;

  @Enumerated(EnumType.STRING)
  @Column(name = "status", nullable = false)
  private OfferStatus status;

  @Column(name = "offered_at", nullable = false, updatable = false)
  private OffsetDateTime offeredAt;

  @Column(name = "expires_at", nullable = false, updatable = false)
  private OffsetDateTime expiresAt;

  @Column(name = "decided_at")
  private OffsetDateTime decidedAt;

  @Column(name = "decision_note")
  private String decisionNote;

  protected Offer() {}

  public Offer(Application application, UUID programmeId, Instant now, Instant expires) {
    super(UUID.randomUUID());
    DomainRuleViolation.require(expires.isAfter(now), "deadline", "must be in the future");
    this.applicationId = application.id();
    this.programmeId = programmeId;
    this.academicYear = application.academicYear();
    this.status = OfferStatus.PENDING;
    this.offeredAt = utc(now);
    this.expiresAt = utc(expires);
  }

  public void accept(Instant now) {
    requirePending(now);
    status = OfferStatus.ACCEPTED;
    decidedAt = utc(now);
  }

  public void decline(Instant now, String note) {
    DomainRuleViolation.require(status == OfferStatus.PENDING, "status", "the offer is " + status);
    status = OfferStatus.DECLINED;
    decidedAt = utc(now);
    decisionNote = note;
  }

  public void expire(Instant now) {
    DomainRuleViolation.require(status == OfferStatus.PENDING, "status", "the offer is " + status);
    status = OfferStatus.EXPIRED;
    decidedAt = utc(now);
    decisionNote = "not confirmed by the deadline";
  }

  private void requirePending(Instant now) {
    DomainRuleViolation.require(status == OfferStatus.PENDING, "status", "the offer is " + status);
    DomainRuleViolation.require(
        now.isBefore(expiresAt.toInstant()), "status", "the offer expired at " + expiresAt);
  }

  private static OffsetDateTime utc(Instant instant) {
    return instant.truncatedTo(ChronoUnit.MICROS).atOffset(ZoneOffset.UTC);
  }

  public UUID applicationId() {
    return applicationId;
  }

  public UUID programmeId() {
    return programmeId;
  }

  public String academicYear() {
    return academicYear;
  }

  public OfferStatus status() {
    return status;
  }

  public Instant offeredAt() {
    return offeredAt.toInstant();
  }

  public Instant expiresAt() {
    return expiresAt.toInstant();
  }

  public Optional<Instant> decidedAt() {
    return Optional.ofNullable(decidedAt).map(OffsetDateTime::toInstant);
  }

  public Optional<String> decisionNote() {
    return Optional.ofNullable(decisionNote);
  }
}
