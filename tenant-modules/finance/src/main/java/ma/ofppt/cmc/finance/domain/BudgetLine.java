package ma.ofppt.cmc.finance.domain;

import jakarta.persistence.AttributeOverride;
import jakarta.persistence.AttributeOverrides;
import jakarta.persistence.Cacheable;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Optional;
import java.util.UUID;
import ma.ofppt.cmc.platform.domain.DomainRuleViolation;
import ma.ofppt.cmc.platform.domain.LocalizedName;
import ma.ofppt.cmc.platform.persistence.TenantScopedEntity;

/**
 * One line of a city's budget for a fiscal year: an amount split exactly across the four funders,
 * and, per funder, what commitments have reserved of it and what payments have paid. It is the row
 * that serialises spending: a commitment or a payment locks it ({@code FOR UPDATE}) before checking
 * that, per funder, paid ≤ committed ≤ budget share; the database checks the same inequalities
 * again, so no write path can bypass them.
 */
@Entity
@Table(name = "finance_budget_line")
@Cacheable(false)
public class BudgetLine extends TenantScopedEntity {
  @Column(name = "fiscal_year", nullable = false, updatable = false)
  private int fiscalYear;

  @Enumerated(EnumType.STRING)
  @Column(name = "category", nullable = false, updatable = false)
  private BudgetCategory category;

  @Column(name = "sub_category", updatable = false)
  private String subCategory;

  @Embedded private LocalizedName label;

  @Column(name = "amount", nullable = false, updatable = false, precision = 14, scale = 2)
  private BigDecimal amount;

  @Embedded private FunderSplit split;

  @Embedded
  @AttributeOverrides({
    @AttributeOverride(name = "region", column = @Column(name = "committed_region")),
    @AttributeOverride(name = "state", column = @Column(name = "committed_state")),
    @AttributeOverride(name = "ofppt", column = @Column(name = "committed_ofppt")),
    @AttributeOverride(name = "hassanII", column = @Column(name = "committed_hassan_ii"))
  })
  private FunderSplit committed;

  @Embedded
  @AttributeOverrides({
    @AttributeOverride(name = "region", column = @Column(name = "paid_region")),
    @AttributeOverride(name = "state", column = @Column(name = "paid_state")),
    @AttributeOverride(name = "ofppt", column = @Column(name = "paid_ofppt")),
    @AttributeOverride(name = "hassanII", column = @Column(name = "paid_hassan_ii"))
  })
  private FunderSplit paid;

  // Null only for a line of an older database whose ledger entry was not found (migration).
  @Column(name = "created_at", updatable = false)
  private OffsetDateTime createdAt;

  protected BudgetLine() {}

  public BudgetLine(
      int fiscalYear,
      BudgetCategory category,
      String subCategory,
      LocalizedName label,
      BigDecimal amount,
      FunderSplit split,
      Instant createdAt) {
    super(UUID.randomUUID());
    DomainRuleViolation.require(
        fiscalYear >= 2000 && fiscalYear <= 2100, "fiscalYear", "must be between 2000 and 2100");
    DomainRuleViolation.require(category != null, "category", "required");
    DomainRuleViolation.require(label != null, "label", "required");
    DomainRuleViolation.require(split != null, "split", "required");
    this.fiscalYear = fiscalYear;
    this.category = category;
    this.subCategory = Texts.optional("subCategory", subCategory, 100);
    this.label = label;
    this.amount = Money.positive("amount", amount);
    DomainRuleViolation.require(
        split.total().compareTo(this.amount) == 0, "split", "does not sum to the amount");
    this.split = split;
    this.committed = FunderSplit.zero();
    this.paid = FunderSplit.zero();
    this.createdAt = createdAt == null ? null : createdAt.atOffset(ZoneOffset.UTC);
  }

  /** Reserves a commitment's split: per funder, committed stays within the line's share. */
  public void reserve(FunderSplit commitment) {
    FunderSplit after = committed.plus(commitment);
    after.requireWithin(split, "split", "the commitments of budget line " + id());
    committed = after;
  }

  /** Gives back what a reversed commitment had reserved. */
  public void release(FunderSplit commitment) {
    committed = committed.plus(commitment.negated());
  }

  /** Records a payment's split (a reversal passes a negated split). */
  public void recordPayment(FunderSplit payment) {
    FunderSplit after = paid.plus(payment);
    after.requireWithin(committed, "split", "the payments of budget line " + id());
    paid = after;
  }

  public int fiscalYear() {
    return fiscalYear;
  }

  public BudgetCategory category() {
    return category;
  }

  public String subCategory() {
    return subCategory;
  }

  public LocalizedName label() {
    return label;
  }

  public BigDecimal amount() {
    return amount;
  }

  public FunderSplit split() {
    return split;
  }

  public FunderSplit committed() {
    return committed;
  }

  public FunderSplit paid() {
    return paid;
  }

  public Optional<Instant> createdAt() {
    return Optional.ofNullable(createdAt).map(OffsetDateTime::toInstant);
  }
}
