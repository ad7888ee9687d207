package ma.ofppt.cmc.finance.domain;

import jakarta.persistence.Cacheable;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.UUID;
import ma.ofppt.cmc.platform.domain.DomainRuleViolation;
import ma.ofppt.cmc.platform.persistence.TenantScopedEntity;

/**
 * A funding agreement (convention) with one funder: the amount it commits to the city's CMC over a
 * period. A funder's budget shares in a fiscal year never exceed the committed amounts of its
 * agreements whose period overlaps that year. Immutable once signed: a correction is a new
 * agreement.
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

  protected FundingAgreement() {}

  public FundingAgreement(
      Funder funder,
      String reference,
      BigDecimal committedAmount,
      LocalDate periodStart,
      LocalDate periodEnd,
      LocalDate signedOn) {
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
}
