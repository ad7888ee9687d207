package ma.ofppt.cmc.facilities.domain;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Storage of a city's resources and bookings. */
public interface Facilities {
  List<FacilityResource> resources(ResourceKind kind, Boolean active);

  Optional<FacilityResource> resource(UUID id);

  boolean resourceCodeTaken(String code);

  void add(FacilityResource resource);

  Optional<Booking> booking(UUID id);

  /**
   * Bookings of the resource (or of every resource when null) whose period meets {@code window}, of
   * the status (or any when null), by start.
   */
  List<Booking> bookings(UUID resourceId, Period window, BookingStatus status);

  void add(Booking booking);

  /** From the earliest start to the latest end of the BOOKED bookings, if there is one. */
  Optional<Period> bookedSpan();

  /**
   * Writes what is pending now, so that the database's rules answer inside the use case: a booking
   * overlapping one already held is a {@link ma.ofppt.cmc.platform.domain.ConflictException} on
   * {@code period}; a pole or group the city does not have is a {@link
   * ma.ofppt.cmc.platform.domain.DomainRuleViolation} on {@code poleId} or {@code groupId}.
   */
  void flush();
}
