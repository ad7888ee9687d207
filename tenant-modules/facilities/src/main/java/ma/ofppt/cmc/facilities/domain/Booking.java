package ma.ofppt.cmc.facilities.domain;

import jakarta.persistence.Cacheable;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Optional;
import java.util.UUID;
import ma.ofppt.cmc.platform.domain.ConflictException;
import ma.ofppt.cmc.platform.domain.DomainRuleViolation;
import ma.ofppt.cmc.platform.persistence.TenantScopedEntity;

/**
 * One resource held for one period by a group, a trainer, an incubator project or a partner. While
 * BOOKED it holds its slot: the database refuses a second BOOKED row of the same resource whose
 * period overlaps (exclusion constraint {@code facility_booking_no_overlap}). A booking is never
 * deleted; cancelling keeps it on record, with who, when and why, and frees the slot.
 */
@Entity
@Table(name = "facility_booking")
@Cacheable(false)
public class Booking extends TenantScopedEntity {
  public static final Duration MAX_LENGTH = Duration.ofHours(12);
  public static final int MAX_TEXT = 500;
  public static final int MAX_REFERENCE = 200;

  @Column(name = "resource_id", nullable = false, updatable = false)
  private UUID resourceId;

  @Column(name = "starts_at", nullable = false, updatable = false)
  private OffsetDateTime startsAt;

  @Column(name = "ends_at", nullable = false, updatable = false)
  private OffsetDateTime endsAt;

  @Enumerated(EnumType.STRING)
  @Column(name = "booker_kind", nullable = false, updatable = false)
  private BookerKind bookerKind;

  // Text for the same reason as FacilityResource.poleId: a null UUID cannot be bound.
  @Column(name = "group_id", updatable = false)
  private String groupId;

  @Column(name = "booker_reference", nullable = false, updatable = false)
  private String bookerReference;

  @Column(name = "attendees", nullable = false, updatable = false)
  private int attendees;

  @Column(name = "purpose", nullable = false, updatable = false)
  private String purpose;

  @Enumerated(EnumType.STRING)
  @Column(name = "status", nullable = false)
  private BookingStatus status;

  @Column(name = "booked_by", nullable = false, updatable = false)
  private String bookedBy;

  @Column(name = "booked_at", nullable = false, updatable = false)
  private OffsetDateTime bookedAt;

  @Column(name = "cancelled_by")
  private String cancelledBy;

  @Column(name = "cancelled_at")
  private OffsetDateTime cancelledAt;

  @Column(name = "cancel_reason")
  private String cancelReason;

  protected Booking() {}

  /**
   * Books {@code resource}; the resource checks that it is open and large enough.
   *
   * @param booker who the booking is for
   * @param bookedBy the person who made it (the caller)
   */
  public Booking(
      FacilityResource resource,
      Period period,
      Booker booker,
      int attendees,
      String purpose,
      String bookedBy,
      Instant now) {
    super(UUID.randomUUID());
    requirePeriod(period);
    resource.admit(period, attendees);
    this.resourceId = resource.id();
    this.startsAt = period.start().atOffset(ZoneOffset.UTC);
    this.endsAt = period.end().atOffset(ZoneOffset.UTC);
    this.bookerKind = booker.kind();
    this.groupId = booker.groupId().map(UUID::toString).orElse(null);
    this.bookerReference = booker.reference();
    this.attendees = attendees;
    this.purpose = text("purpose", purpose, MAX_TEXT);
    this.status = BookingStatus.BOOKED;
    this.bookedBy = bookedBy;
    this.bookedAt = now.atOffset(ZoneOffset.UTC);
  }

  /** Start before end, whole minutes, at most {@link #MAX_LENGTH}. */
  static void requirePeriod(Period period) {
    DomainRuleViolation.require(
        period.start().getEpochSecond() % 60 == 0
            && period.start().getNano() == 0
            && period.end().getEpochSecond() % 60 == 0
            && period.end().getNano() == 0,
        "period",
        "a booking starts and ends on a whole minute");
    DomainRuleViolation.require(
        period.length().compareTo(MAX_LENGTH) <= 0,
        "period",
        "a booking lasts at most " + MAX_LENGTH.toHours() + " hours");
  }

  /** Frees the slot; the booking stays on record. */
  public void cancel(String reason, String by, Instant now) {
    String why = text("reason", reason, MAX_TEXT);
    if (status == BookingStatus.CANCELLED) {
      throw new ConflictException("status", "the booking is already cancelled");
    }
    this.status = BookingStatus.CANCELLED;
    this.cancelReason = why;
    this.cancelledBy = by;
    this.cancelledAt = now.atOffset(ZoneOffset.UTC);
  }

  static String text(String field, String value, int max) {
    String stripped = value == null ? "" : value.strip();
    DomainRuleViolation.require(!stripped.isEmpty(), field, "required");
    DomainRuleViolation.require(stripped.length() <= max, field, "at most " + max + " characters");
    return stripped;
  }

  public UUID resourceId() {
    return resourceId;
  }

  public Period period() {
    return new Period(startsAt.toInstant(), endsAt.toInstant());
  }

  public BookerKind bookerKind() {
    return bookerKind;
  }

  public Optional<UUID> groupId() {
    return Optional.ofNullable(groupId).map(UUID::fromString);
  }

  public String bookerReference() {
    return bookerReference;
  }

  public int attendees() {
    return attendees;
  }

  public String purpose() {
    return purpose;
  }

  public BookingStatus status() {
    return status;
  }

  public String bookedBy() {
    return bookedBy;
  }

  public Instant bookedAt() {
    return bookedAt.toInstant();
  }

  public Optional<String> cancelledBy() {
    return Optional.ofNullable(cancelledBy);
  }

  public Optional<Instant> cancelledAt() {
    return Optional.ofNullable(cancelledAt).map(OffsetDateTime::toInstant);
  }

  public Optional<String> cancelReason() {
    return Optional.ofNullable(cancelReason);
  }
}
