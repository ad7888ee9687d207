package ma.ofppt.cmc.finance.domain;

import jakarta.persistence.Cacheable;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Optional;
import java.util.UUID;
import ma.ofppt.cmc.platform.domain.ConflictException;
import ma.ofppt.cmc.platform.domain.DomainRuleViolation;
import ma.ofppt.cmc.platform.persistence.TenantScopedEntity;

/**
 * A funding agreement (convention) with one funder: the amount it commits to the city's CMC over a
 * period. A funder's budget shares in a fiscal year never exceed its envelope for that year: the
 * sum of the committed amounts of its agreement rows whose period overlaps the year. Its terms
 * never change: it is corrected by new rows. A cancellation is a {@link AgreementStatus#REVERSAL}
 * row with the negated amount over the same period; an amendment is such a reversal plus a new row
 * with the new terms that names the one it amends. So the envelope stays a plain sum of rows, and
 * the corrected row keeps its terms and only changes status.
 */
@Entity
@Table(name = "finance_agreement")
@Cacheable(false)
public class FundingAgreement extends TenantScopedEntity {
  @Enumerated(EnumType.STRING)
  @Column(name = "funder", nullable = false, updatable = false)
  private Funder funder;

  @Column(name = "reference", nullable = false, updatable = false)
  private String reference;

  @Column(name = "committed_amount", nullable = false, updatable = false, precision = 14, scale = 2)
  private BigDecimal committedAmount;

  @Column(name = "period_start", nullable = false, updatable = false)
  private LocalDate periodStart;

  @Column(name = "period_end", nullable = false, updatable = false)
  private LocalDate periodEnd;

  @Column(name = "signed_on", nullable = false, updatable = false)
  private LocalDate signedOn;

  @Enumerated(EnumType.STRING)
  @Column(name = "status", nullable = false)
  private AgreementStatus status;

  // Text, not UUID: EclipseLink 4.0.7 can neither bind nor read a null UUID (see Trainee).
  @Column(name = "reverses_id", updatable = false)
  private String reversesId;

  @Column(name = "amends_id", updatable = false)
  private String amendsId;

  @Column(name = "reason", updatable = false)
  private String reason;

  @Column(name = "recorded_by", updatable = false)
  private String recordedBy;

  @Column(name = "recorded_at", updatable = false)
  private OffsetDateTime recordedAt;

  protected FundingAgreement() {}

  public FundingAgreement(
      Funder funder,
      String reference,
      BigDecimal committedAmount,
      LocalDate periodStart,
      LocalDate periodEnd,
      LocalDate signedOn,
      String recordedBy,
      Instant recordedAt) {
    super(UUID.randomUUID());
    DomainRuleViolation.require(funder != null, "funder", "required");
    DomainRuleViolation.require(periodStart != null, "periodStart", "required");
    DomainRuleViolation.require(periodEnd != null, "periodEnd", "required");
    DomainRuleViolation.require(
        !periodEnd.isBefore(periodStart), "periodEnd", "must not be before periodStart");
    DomainRuleViolation.require(signedOn != null, "signedOn", "required");
    this.funder = funder;
    this.reference = Texts.required("reference", reference, 64);
    this.committedAmount = Money.positive("committedAmount", committedAmount);
    this.periodStart = periodStart;
    this.periodEnd = periodEnd;
    this.signedOn = signedOn;
    this.status = AgreementStatus.IN_FORCE;
    this.recordedBy = recordedBy;
    this.recordedAt = recordedAt == null ? null : recordedAt.atOffset(ZoneOffset.UTC);
  }

  /** The reversal of {@code original}: same funder and period, the amount negated. */
  private FundingAgreement(
      FundingAgreement original, String reference, String reason, String by, Instant at) {
    super(UUID.randomUUID());
    this.funder = original.funder;
    this.reference = Texts.required("reference", reference, 64);
    this.committedAmount = original.committedAmount.negate();
    this.periodStart = original.periodStart;
    this.periodEnd = original.periodEnd;
    this.signedOn = original.signedOn;
    this.status = AgreementStatus.REVERSAL;
    this.reversesId = original.id().toString();
    this.reason = Texts.required("reason", reason, 500);
    this.recordedBy = by;
    this.recordedAt = at == null ? null : at.atOffset(ZoneOffset.UTC);
  }

  /** The two rows an amendment writes: the reversal of the old terms, and the new terms. */
  public record Amendment(FundingAgreement reversal, FundingAgreement terms) {}

  /**
   * Cancels this agreement: returns its reversal, and this row becomes {@link
   * AgreementStatus#CANCELLED}. Whether the envelope can lose it is the caller's check (it needs
   * the budget lines).
   */
  public FundingAgreement cancel(String reference, String reason, String by, Instant at) {
    requireInForce();
    FundingAgreement reversal = new FundingAgreement(this, reference, reason, by, at);
    status = AgreementStatus.CANCELLED;
    return reversal;
  }

  /**
   * Amends this agreement: its terms are reversed and replaced by new ones (same funder) under the
   * amendment's {@code reference}; this row becomes {@link AgreementStatus#AMENDED}. An amendment
   * must change the amount or the period.
   */
  public Amendment amend(
      String reference,
      BigDecimal newAmount,
      LocalDate newStart,
      LocalDate newEnd,
      LocalDate amendedOn,
      String reason,
      String by,
      Instant at) {
    requireInForce();
    FundingAgreement terms =
        new FundingAgreement(
            funder,
            reference,
            newAmount,
            newStart == null ? periodStart : newStart,
            newEnd == null ? periodEnd : newEnd,
            amendedOn,
            by,
            at);
    DomainRuleViolation.require(
        terms.committedAmount.compareTo(committedAmount) != 0
            || !terms.periodStart.equals(periodStart)
            || !terms.periodEnd.equals(periodEnd),
        "committedAmount",
        "the amendment changes neither the amount nor the period");
    DomainRuleViolation.require(
        !amendedOn.isBefore(signedOn), "signedOn", "is before the amended agreement's signature");
    terms.amendsId = id().toString();
    terms.reason = Texts.required("reason", reason, 500);
    FundingAgreement reversal = new FundingAgreement(this, terms.reference, reason, by, at);
    status = AgreementStatus.AMENDED;
    return new Amendment(reversal, terms);
  }

  private void requireInForce() {
    if (status != AgreementStatus.IN_FORCE) {
      throw new ConflictException(
          "status",
          "agreement " + reference + " is " + status + "; only an agreement in force is corrected");
    }
  }

  /** The first and last fiscal years the agreement covers. */
  public int firstYear() {
    return periodStart.getYear();
  }

  public int lastYear() {
    return periodEnd.getYear();
  }

  /** True when the agreement's period overlaps the calendar (fiscal) year. */
  public boolean covers(int fiscalYear) {
    return periodStart.getYear() <= fiscalYear && periodEnd.getYear() >= fiscalYear;
  }

  public Funder funder() {
    return funder;
  }

  public String reference() {
    return reference;
  }

  public BigDecimal committedAmount() {
    return committedAmount;
  }

  public LocalDate periodStart() {
    return periodStart;
  }

  public LocalDate periodEnd() {
    return periodEnd;
  }

  public LocalDate signedOn() {
    return signedOn;
  }

  public AgreementStatus status() {
    return status;
  }

  public Optional<UUID> reversesId() {
    return Optional.ofNullable(reversesId).map(UUID::fromString);
  }

  public Optional<UUID> amendsId() {
    return Optional.ofNullable(amendsId).map(UUID::fromString);
  }

  public Optional<String> reason() {
    return Optional.ofNullable(reason);
  }

  public Optional<String> recordedBy() {
    return Optional.ofNullable(recordedBy);
  }

  public Optional<Instant> recordedAt() {
    return Optional.ofNullable(recordedAt).map(OffsetDateTime::toInstant);
  }
}
