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
import ma.ofppt.cmc.platform.domain.ConflictException;
import ma.ofppt.cmc.platform.domain.DomainRuleViolation;

/**
 * A contract or purchase order against a budget line, with its amount split across the funders. Its
 * amounts never change: a correction is a reversal, a new row of the same table referencing this
 * one with the negated amounts. Above the city's approval threshold it waits for a city director
 * who is not its maker (maker-checker). Invoices and payments are recorded against it; per funder,
 * invoiced and paid stay within its split.
 */
@Entity
@Table(name = "finance_commitment")
@Cacheable(false)
public class Commitment extends ma.ofppt.cmc.platform.persistence.TenantScopedEntity {
  @Column(name = "budget_line_id", nullable = false, updatable = false)
  private UUID budgetLineId;

  @Column(name = "supplier_id", nullable = false, updatable = false)
  private UUID supplierId;

  @Enumerated(EnumType.STRING)
  @Column(name = "kind", nullable = false, updatable = false)
  private CommitmentKind kind;

  @Column(name = "reference", nullable = false, updatable = false)
  private String reference;

  @Column(name = "amount", nullable = false, updatable = false, precision = 14, scale = 2)
  private BigDecimal amount;

  @Embedded private FunderSplit split;

  @Enumerated(EnumType.STRING)
  @Column(name = "status", nullable = false)
  private CommitmentStatus status;

  @Column(name = "reverses_id", updatable = false)
  // Text, not UUID: EclipseLink 4.0.7 can neither bind nor read a null UUID (see Trainee).
  private String reversesId;

  @Column(name = "made_by", nullable = false, updatable = false)
  private String madeBy;

  @Column(name = "made_at", nullable = false, updatable = false)
  private OffsetDateTime madeAt;

  @Column(name = "approved_by")
  private String approvedBy;

  @Column(name = "approved_at")
  private OffsetDateTime approvedAt;

  @Embedded
  @AttributeOverrides({
    @AttributeOverride(name = "region", column = @Column(name = "invoiced_region")),
    @AttributeOverride(name = "state", column = @Column(name = "invoiced_state")),
    @AttributeOverride(name = "ofppt", column = @Column(name = "invoiced_ofppt")),
    @AttributeOverride(name = "hassanII", column = @Column(name = "invoiced_hassan_ii"))
  })
  private FunderSplit invoiced;

  @Embedded
  @AttributeOverrides({
    @AttributeOverride(name = "region", column = @Column(name = "paid_region")),
    @AttributeOverride(name = "state", column = @Column(name = "paid_state")),
    @AttributeOverride(name = "ofppt", column = @Column(name = "paid_ofppt")),
    @AttributeOverride(name = "hassanII", column = @Column(name = "paid_hassan_ii"))
  })
  private FunderSplit paid;

  protected Commitment() {}

  /**
   * A new commitment, approved at once when its amount is at or below {@code approvalThreshold},
   * pending a director's approval otherwise.
   */
  public Commitment(
      BudgetLine line,
      Supplier supplier,
      CommitmentKind kind,
      String reference,
      BigDecimal amount,
      FunderSplit split,
      String madeBy,
      Instant madeAt,
      BigDecimal approvalThreshold) {
    super(UUID.randomUUID());
    DomainRuleViolation.require(line != null, "budgetLineId", "required");
    DomainRuleViolation.require(supplier != null, "supplierId", "required");
    DomainRuleViolation.require(kind != null, "kind", "required");
    DomainRuleViolation.require(split != null, "split", "required");
    this.budgetLineId = line.id();
    this.supplierId = supplier.id();
    this.kind = kind;
    this.reference = Texts.required("reference", reference, 64);
    this.amount = Money.positive("amount", amount);
    DomainRuleViolation.require(
        split.total().compareTo(this.amount) == 0, "split", "does not sum to the amount");
    this.split = split;
    this.madeBy = madeBy;
    this.madeAt = madeAt == null ? null : madeAt.atOffset(ZoneOffset.UTC);
    this.status =
        this.amount.compareTo(approvalThreshold) > 0
            ? CommitmentStatus.PENDING_APPROVAL
            : CommitmentStatus.APPROVED;
    this.invoiced = FunderSplit.zero();
    this.paid = FunderSplit.zero();
  }

  private Commitment(Commitment original, String reference, String madeBy, Instant madeAt) {
    super(UUID.randomUUID());
    this.budgetLineId = original.budgetLineId;
    this.supplierId = original.supplierId;
    this.kind = original.kind;
    this.reference = Texts.required("reference", reference, 64);
    this.amount = original.amount.negate();
    this.split = original.split.negated();
    this.status = CommitmentStatus.REVERSAL;
    this.reversesId = original.id().toString();
    this.madeBy = madeBy;
    this.madeAt = madeAt == null ? null : madeAt.atOffset(ZoneOffset.UTC);
    this.invoiced = FunderSplit.zero();
    this.paid = FunderSplit.zero();
  }

  /** The director's approval; never by the commitment's maker. */
  public void approve(String director, Instant at) {
    if (status != CommitmentStatus.PENDING_APPROVAL) {
      throw new ConflictException("status", "the commitment is " + status + ", not pending");
    }
    if (madeBy.equals(director)) {
      throw new ConflictException(
          "approvedBy", "the maker of a commitment cannot approve it (maker-checker)");
    }
    this.status = CommitmentStatus.APPROVED;
    this.approvedBy = director;
    this.approvedAt = at == null ? null : at.atOffset(ZoneOffset.UTC);
  }

  /**
   * Reverses this commitment: the new row carries the negated amounts. Only a commitment with
   * nothing invoiced or paid can be reversed (reverse the payments first).
   */
  public Commitment reverse(String reference, String by, Instant at) {
    if (status != CommitmentStatus.APPROVED && status != CommitmentStatus.PENDING_APPROVAL) {
      throw new ConflictException("status", "a " + status + " commitment cannot be reversed");
    }
    if (paid.total().signum() != 0 || invoiced.total().signum() != 0) {
      throw new ConflictException(
          "status", "the commitment has invoices or payments; reverse its payments first");
    }
    this.status = CommitmentStatus.REVERSED;
    return new Commitment(this, reference, by, at);
  }

  /** Records an invoice's split: per funder, invoiced stays within the commitment. */
  public void recordInvoice(FunderSplit invoice) {
    requireApproved();
    FunderSplit after = invoiced.plus(invoice);
    after.requireWithin(split, "split", "the invoices of commitment " + reference);
    invoiced = after;
  }

  /** Records a payment's split (a reversal passes a negated one): paid stays within the split. */
  public void recordPayment(FunderSplit payment) {
    requireApproved();
    FunderSplit after = paid.plus(payment);
    after.requireWithin(split, "split", "the payments of commitment " + reference);
    paid = after;
  }

  private void requireApproved() {
    if (status != CommitmentStatus.APPROVED) {
      throw new ConflictException(
          "commitmentId", "the commitment is " + status + "; only an approved one can be paid");
    }
  }

  public UUID budgetLineId() {
    return budgetLineId;
  }

  public UUID supplierId() {
    return supplierId;
  }

  public CommitmentKind kind() {
    return kind;
  }

  public String reference() {
    return reference;
  }

  public BigDecimal amount() {
    return amount;
  }

  public FunderSplit split() {
    return split;
  }

  public CommitmentStatus status() {
    return status;
  }

  public Optional<UUID> reversesId() {
    return Optional.ofNullable(reversesId).map(UUID::fromString);
  }

  public String madeBy() {
    return madeBy;
  }

  public Instant madeAt() {
    return madeAt.toInstant();
  }

  public Optional<String> approvedBy() {
    return Optional.ofNullable(approvedBy);
  }

  public Optional<Instant> approvedAt() {
    return Optional.ofNullable(approvedAt).map(OffsetDateTime::toInstant);
  }

  public FunderSplit invoiced() {
    return invoiced;
  }

  public FunderSplit paid() {
    return paid;
  }
}
