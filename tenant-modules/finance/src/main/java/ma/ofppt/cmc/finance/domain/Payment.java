package ma.ofppt.cmc.finance.domain;

import jakarta.persistence.Cacheable;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
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
 * A payment against an approved commitment (optionally settling one of its invoices), split across
 * the funders. Never changed: a reversal is a new payment row with the negated amounts that
 * references this one; the original is then marked reversed.
 */
@Entity
@Table(name = "finance_payment")
@Cacheable(false)
public class Payment extends TenantScopedEntity {
  @Column(name = "commitment_id", nullable = false, updatable = false)
  private UUID commitmentId;

  @Column(name = "invoice_id", updatable = false)
  // Text, not UUID: EclipseLink 4.0.7 can neither bind nor read a null UUID (see Trainee).
  private String invoiceId;

  @Column(name = "reference", nullable = false, updatable = false)
  private String reference;

  @Column(name = "paid_on", nullable = false, updatable = false)
  private LocalDate paidOn;

  @Column(name = "amount", nullable = false, updatable = false, precision = 14, scale = 2)
  private BigDecimal amount;

  @Embedded private FunderSplit split;

  @Column(name = "reverses_id", updatable = false)
  // Text, not UUID: EclipseLink 4.0.7 can neither bind nor read a null UUID (see Trainee).
  private String reversesId;

  @Column(name = "reversed", nullable = false)
  private boolean reversed;

  @Column(name = "recorded_by", nullable = false, updatable = false)
  private String recordedBy;

  @Column(name = "recorded_at", nullable = false, updatable = false)
  private OffsetDateTime recordedAt;

  protected Payment() {}

  public Payment(
      Commitment commitment,
      Invoice invoice,
      String reference,
      LocalDate paidOn,
      BigDecimal amount,
      FunderSplit split,
      String recordedBy,
      Instant recordedAt) {
    super(UUID.randomUUID());
    DomainRuleViolation.require(paidOn != null, "paidOn", "required");
    DomainRuleViolation.require(
        invoice == null || invoice.commitmentId().equals(commitment.id()),
        "invoiceId",
        "the invoice belongs to another commitment");
    this.commitmentId = commitment.id();
    this.invoiceId = invoice == null ? null : invoice.id().toString();
    this.reference = Texts.required("reference", reference, 64);
    this.paidOn = paidOn;
    this.amount = Money.positive("amount", amount);
    DomainRuleViolation.require(
        split.total().compareTo(this.amount) == 0, "split", "does not sum to the amount");
    this.split = split;
    this.recordedBy = recordedBy;
    this.recordedAt = recordedAt == null ? null : recordedAt.atOffset(ZoneOffset.UTC);
  }

  private Payment(Payment original, String reference, LocalDate on, String by, Instant at) {
    super(UUID.randomUUID());
    this.commitmentId = original.commitmentId;
    this.invoiceId = original.invoiceId;
    this.reference = Texts.required("reference", reference, 64);
    this.paidOn = on;
    this.amount = original.amount.negate();
    this.split = original.split.negated();
    this.reversesId = original.id().toString();
    this.recordedBy = by;
    this.recordedAt = at == null ? null : at.atOffset(ZoneOffset.UTC);
  }

  /** The reversing entry of this payment; the payment itself is marked reversed. */
  public Payment reverse(String reference, LocalDate on, String by, Instant at) {
    if (reversesId != null) {
      throw new ConflictException("reversesId", "a reversal cannot itself be reversed");
    }
    if (reversed) {
      throw new ConflictException("reversed", "the payment is already reversed");
    }
    reversed = true;
    return new Payment(this, reference, on, by, at);
  }

  public UUID commitmentId() {
    return commitmentId;
  }

  public Optional<UUID> invoiceId() {
    return Optional.ofNullable(invoiceId).map(UUID::fromString);
  }

  public String reference() {
    return reference;
  }

  public LocalDate paidOn() {
    return paidOn;
  }

  public BigDecimal amount() {
    return amount;
  }

  public FunderSplit split() {
    return split;
  }

  public Optional<UUID> reversesId() {
    return Optional.ofNullable(reversesId).map(UUID::fromString);
  }

  public boolean reversed() {
    return reversed;
  }

  public String recordedBy() {
    return recordedBy;
  }

  public Instant recordedAt() {
    return recordedAt.toInstant();
  }
}
