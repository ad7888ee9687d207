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
import java.util.UUID;
import ma.ofppt.cmc.platform.domain.DomainRuleViolation;
import ma.ofppt.cmc.platform.persistence.TenantScopedEntity;

/** A supplier's invoice against an approved commitment, split across the funders. Immutable. */
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
