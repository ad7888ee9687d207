package ma.ofppt.cmc.facilities.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.ForbiddenException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import ma.ofppt.cmc.facilities.domain.Booker;
import ma.ofppt.cmc.facilities.domain.BookerKind;
import ma.ofppt.cmc.facilities.domain.Booking;
import ma.ofppt.cmc.facilities.domain.BookingStatus;
import ma.ofppt.cmc.facilities.domain.Facilities;
import ma.ofppt.cmc.facilities.domain.FacilityResource;
import ma.ofppt.cmc.facilities.domain.OpeningHours;
import ma.ofppt.cmc.facilities.domain.Period;
import ma.ofppt.cmc.platform.audit.AuditTrail;
import ma.ofppt.cmc.platform.consolidation.Outbox;
import ma.ofppt.cmc.platform.domain.ConflictException;
import ma.ofppt.cmc.platform.domain.DomainRuleViolation;
import ma.ofppt.cmc.platform.domain.NotFoundException;
import ma.ofppt.cmc.platform.security.Caller;
import ma.ofppt.cmc.platform.trainees.TraineeRecords;

/**
 * Booking and cancelling. A slot is never held twice: the service looks for an overlapping booking
 * first (for a clear answer), and the database's exclusion constraint settles the race between two
 * requests that both looked before either wrote; the loser's flush fails with SQLState 23P01, which
 * {@link Facilities#flush} turns into a 409 naming {@code period}.
 */
@ApplicationScoped
public class BookingService {
  /** The longest calendar a single request may read. */
  public static final int MAX_CALENDAR_DAYS = 93;

  @Inject Facilities facilities;
  @Inject TraineeRecords trainees;
  @Inject AuditTrail audit;
  @Inject Outbox outbox;
  @Inject Caller caller;

  private final Clock clock = Clock.systemUTC();

  /**
   * Books a resource.
   *
   * @param groupBookingsOnly true for a trainer, who books for training groups only
   */
  @Transactional
  public Booking book(BookingCommand c, boolean groupBookingsOnly) {
    DomainRuleViolation.require(c.resourceId() != null, "resourceId", "required");
    DomainRuleViolation.require(c.start() != null, "start", "required");
    DomainRuleViolation.require(c.end() != null, "end", "required");
    DomainRuleViolation.require(c.start().isBefore(c.end()), "end", "must be after start");
    BookerKind kind = BookerKind.parse("bookerKind", c.bookerKind());
    if (groupBookingsOnly && kind != BookerKind.GROUP) {
      throw new ForbiddenException("a trainer books for a training group only");
    }
    FacilityResource resource =
        facilities
            .resource(c.resourceId())
            .orElseThrow(
                () ->
                    new DomainRuleViolation("resourceId", "no resource of this city has this id"));
    Period period = new Period(c.start(), c.end());
    Booker booker = booker(kind, c);
    Booking booking =
        new Booking(
            resource, period, booker, c.attendees(), c.purpose(), caller.name(), clock.instant());
    if (!facilities.bookings(resource.id(), period, BookingStatus.BOOKED).isEmpty()) {
      throw new ConflictException(
          "period", "the resource is already booked for part of this period");
    }
    facilities.add(booking);
    audit.record(
        "facility.booked",
        "facility_booking",
        booking.id(),
        resource.code() + " " + period.start() + "/" + period.end() + " " + kind);
    facilities.flush();
    outbox.figuresChanged(FacilitiesFigureSource.NAME);
    return booking;
  }

  private Booker booker(BookerKind kind, BookingCommand c) {
    if (kind != BookerKind.GROUP) {
      DomainRuleViolation.require(
          c.groupId() == null, "groupId", "only a group booking names a training group");
      return Booker.named(kind, c.bookerReference());
    }
    DomainRuleViolation.require(c.groupId() != null, "groupId", "a group booking names the group");
    TraineeRecords.GroupRecord group =
        trainees
            .group(c.groupId())
            .orElseThrow(
                () ->
                    new DomainRuleViolation(
                        "groupId", "no training group of this city has this id"));
    return Booker.group(group.id(), group.code() + " " + group.academicYear());
  }

  /**
   * Cancels a booking; it stays on record and its slot is free again.
   *
   * @param onlyIfBookedBy when set (a trainer), only a booking this person made may be cancelled
   */
  @Transactional
  public Booking cancel(UUID id, String reason, String onlyIfBookedBy) {
    Booking booking = booking(id);
    if (onlyIfBookedBy != null && !onlyIfBookedBy.equals(booking.bookedBy())) {
      throw new ForbiddenException("a trainer cancels only the bookings they made");
    }
    booking.cancel(reason, caller.name(), clock.instant());
    audit.record("facility.booking-cancelled", "facility_booking", id, reason);
    outbox.figuresChanged(FacilitiesFigureSource.NAME);
    return booking;
  }

  @Transactional
  public Booking booking(UUID id) {
    return facilities.booking(id).orElseThrow(() -> new NotFoundException("booking", id));
  }

  /** The calendar: bookings of a resource (or all) that meet the local days {@code [from, to]}. */
  @Transactional
  public List<Booking> calendar(
      UUID resourceId, LocalDate from, LocalDate to, Optional<BookingStatus> status) {
    DomainRuleViolation.require(from != null, "from", "required (a date, 2040-03-01)");
    DomainRuleViolation.require(to != null, "to", "required (a date, 2040-03-31)");
    DomainRuleViolation.require(!to.isBefore(from), "to", "on or after from");
    DomainRuleViolation.require(
        !to.isAfter(from.plusDays(MAX_CALENDAR_DAYS - 1)),
        "to",
        "a calendar covers at most " + MAX_CALENDAR_DAYS + " days");
    if (resourceId != null && facilities.resource(resourceId).isEmpty()) {
      throw new NotFoundException("resource", resourceId);
    }
    Period window =
        new Period(
            from.atStartOfDay(OpeningHours.ZONE).toInstant(),
            to.plusDays(1).atStartOfDay(OpeningHours.ZONE).toInstant());
    return facilities.bookings(resourceId, window, status.orElse(null));
  }
}
