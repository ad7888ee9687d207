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
 * A supplier's invoice against an approved commitment, split across the funders. Its amounts never
 * change: it is corrected by a reversal (a credit note), a new row of the same table with its own
 * number, the reason and the negated amounts, that references this one; the original is then marked
 * reversed. Payments may settle an invoice; per funder they never exceed it, so an invoice that
 * payments still settle cannot be reversed (the caller checks that, on the locked commitment).
 */
@Entity
@Table(name = "finance_invoice")
@Cacheable(false)
public class Invoice extends TenantScopedEntity {
  @Column(name = "commitment_id", nullable = false, updatable = false)
  private UUID commitmentId;

  @Column(name = "number", nullable = false, updatable = false)
  private String number;

  @Column(name = "issued_on", nullable = false, updatable = false)
  private LocalDate issuedOn;

  @Column(name = "amount", nullable = false, updatable = false, precision = 14, scale = 2)
  private BigDecimal amount;

  @Embedded private FunderSplit split;

  @Column(name = "recorded_by", nullable = false, updatable = false)
  private String recordedBy;

  @Column(name = "recorded_at", nullable = false, updatable = false)
  private OffsetDateTime recordedAt;

  // Text, not UUID: EclipseLink 4.0.7 can neither bind nor read a null UUID (see Trainee).
  @Column(name = "reverses_id", updatable = false)
  private String reversesId;

  @Column(name = "reversed", nullable = false)
  private boolean reversed;

  @Column(name = "reason", updatable = false)
  private String reason;

  protected Invoice() {}

  public Invoice(
      Commitment commitment,
      String number,
      LocalDate issuedOn,
      BigDecimal amount,
      FunderSplit split,
      String recordedBy,
      Instant recordedAt) {
    super(UUID.randomUUID());
    DomainRuleViolation.require(issuedOn != null, "issuedOn", "required");
    this.commitmentId = commitment.id();
    this.number = Texts.required("number", number, 64);
    this.issuedOn = issuedOn;
    this.amount = Money.positive("amount", amount);
    DomainRuleViolation.require(
        split.total().compareTo(this.amount) == 0, "split", "does not sum to the amount");
    this.split = split;
    this.recordedBy = recordedBy;
    this.recordedAt = recordedAt == null ? null : recordedAt.atOffset(ZoneOffset.UTC);
  }

  private Invoice(
      Invoice original, String number, String reason, LocalDate on, String by, Instant at) {
    super(UUID.randomUUID());
    DomainRuleViolation.require(on != null, "on", "required");
    this.commitmentId = original.commitmentId;
    this.number = Texts.required("number", number, 64);
    this.issuedOn = on;
    this.amount = original.amount.negate();
    this.split = original.split.negated();
    this.reversesId = original.id().toString();
    this.reason = Texts.required("reason", reason, 500);
    this.recordedBy = by;
    this.recordedAt = at == null ? null : at.atOffset(ZoneOffset.UTC);
  }

  /**
   * The credit note that reverses this invoice (number {@code number}, dated {@code on}); this
   * invoice is marked reversed.
   */
  public Invoice reverse(String number, String reason, LocalDate on, String by, Instant at) {
    if (reversesId != null) {
      throw new ConflictException("reversesId", "a reversal cannot itself be reversed");
    }
    if (reversed) {
      throw new ConflictException("reversed", "invoice " + this.number + " is already reversed");
    }
    Invoice reversal = new Invoice(this, number, reason, on, by, at);
    reversed = true;
    return reversal;
  }

  /**
   * Whether a payment may settle this invoice: not a reversal, not reversed (the payment names
   * {@code invoiceId}).
   */
  public void requireSettleable() {
    if (reversesId != null) {
      throw new ConflictException("invoiceId", "a credit note (invoice reversal) is not settled");
    }
    if (reversed) {
      throw new ConflictException("invoiceId", "invoice " + number + " is reversed");
    }
  }

  public Optional<UUID> reversesId() {
    return Optional.ofNullable(reversesId).map(UUID::fromString);
  }

  public boolean reversed() {
    return reversed;
  }

  public Optional<String> reason() {
    return Optional.ofNullable(reason);
  }

  public UUID commitmentId() {
    return commitmentId;
  }

  public String number() {
    return number;
  }

  public LocalDate issuedOn() {
    return issuedOn;
  }

  public BigDecimal amount() {
    return amount;
  }

  public FunderSplit split() {
    return split;
  }

  public String recordedBy() {
    return recordedBy;
  }

  public Instant recordedAt() {
    return recordedAt.toInstant();
  }
}
