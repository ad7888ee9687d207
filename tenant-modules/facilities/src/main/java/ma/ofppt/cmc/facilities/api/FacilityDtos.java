package ma.ofppt.cmc.facilities.api;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import java.time.DateTimeException;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import ma.ofppt.cmc.facilities.domain.Booking;
import ma.ofppt.cmc.facilities.domain.FacilityResource;
import ma.ofppt.cmc.facilities.domain.OpeningHours;
import ma.ofppt.cmc.facilities.domain.ResourceDescription;
import ma.ofppt.cmc.facilities.domain.ResourceKind;
import ma.ofppt.cmc.platform.api.InvalidInputException;
import ma.ofppt.cmc.platform.api.Name;
import ma.ofppt.cmc.platform.domain.LocalizedName;

/** The request and response bodies of the facilities API. */
public final class FacilityDtos {
  private FacilityDtos() {}

  /** A name in French and Arabic, both required. */
  public record NameRequest(
      @NotBlank @Size(max = 200) String fr, @NotBlank @Size(max = 200) String ar) {}

  /**
   * One open interval of a weekday, local time: {@code
   * {"day":"MONDAY","opens":"08:00","closes":"12:00"}}.
   */
  public record IntervalDto(
      @NotBlank String day, @NotBlank String opens, @NotBlank String closes) {}

  /** A resource as a campus manager writes it; {@code version} is required to update. */
  public record ResourceRequest(
      @Size(max = 32) String code,
      @NotNull @Valid NameRequest name,
      @NotBlank String kind,
      @NotNull @Min(1) @Max(FacilityResource.MAX_CAPACITY) Integer capacity,
      UUID poleId,
      @NotNull @Size(max = 42) List<@NotNull @Valid IntervalDto> openingHours,
      Boolean active,
      @PositiveOrZero Long version) {

    ResourceDescription description() {
      return new ResourceDescription(
          LocalizedName.of(name.fr(), name.ar()),
          ResourceKind.parse("kind", kind),
          capacity,
          poleId,
          OpeningHours.of("openingHours", intervals(openingHours)),
          active == null || active);
    }
  }

  static List<OpeningHours.Interval> intervals(List<IntervalDto> dtos) {
    List<OpeningHours.Interval> intervals = new ArrayList<>();
    for (int i = 0; i < dtos.size(); i++) {
      IntervalDto dto = dtos.get(i);
      String at = "openingHours[" + i + "]";
      DayOfWeek day;
      try {
        day = DayOfWeek.valueOf(dto.day().strip().toUpperCase(Locale.ROOT));
      } catch (IllegalArgumentException e) {
        throw new InvalidInputException(at + ".day", "MONDAY to SUNDAY");
      }
      intervals.add(
          new OpeningHours.Interval(
              day, time(at + ".opens", dto.opens()), time(at + ".closes", dto.closes())));
    }
    return intervals;
  }

  private static LocalTime time(String field, String value) {
    try {
      return LocalTime.parse(value.strip());
    } catch (DateTimeParseException e) {
      throw new InvalidInputException(field, "a local time such as 08:30");
    }
  }

  public record ResourceView(
      UUID id,
      String code,
      Name name,
      ResourceKind kind,
      boolean pedagogicalPlatform,
      int capacity,
      UUID poleId,
      String timeZone,
      List<IntervalDto> openingHours,
      boolean active,
      long version) {
    static ResourceView of(FacilityResource r) {
      return new ResourceView(
          r.id(),
          r.code(),
          Name.of(r.name()),
          r.kind(),
          r.kind().pedagogicalPlatform(),
          r.capacity(),
          r.poleId().orElse(null),
          OpeningHours.ZONE.getId(),
          r.openingHours().intervals().stream()
              .map(
                  i -> new IntervalDto(i.day().name(), i.opens().toString(), i.closes().toString()))
              .toList(),
          r.active(),
          r.version());
    }
  }

  /**
   * A booking request. {@code start} and {@code end} are ISO date-times, with an offset ({@code
   * 2040-03-05T09:00:00+01:00}, {@code ...Z}) or without one, then read as local time in
   * Africa/Casablanca. {@code groupId} for a GROUP booking; {@code bookerReference} for the others.
   */
  public record BookingRequest(
      @NotNull UUID resourceId,
      @NotBlank String start,
      @NotBlank String end,
      @NotBlank String bookerKind,
      UUID groupId,
      @Size(max = Booking.MAX_REFERENCE) String bookerReference,
      @NotNull @Min(1) @Max(FacilityResource.MAX_CAPACITY) Integer attendees,
      @NotBlank @Size(max = Booking.MAX_TEXT) String purpose) {}

  static Instant instant(String field, String value) {
    String text = value.strip();
    try {
      return OffsetDateTime.parse(text).toInstant();
    } catch (DateTimeParseException e) {
      try {
        return LocalDateTime.parse(text).atZone(OpeningHours.ZONE).toInstant();
      } catch (DateTimeException e2) {
        throw new InvalidInputException(field, "an ISO date-time such as 2040-03-05T09:00+01:00");
      }
    }
  }

  public record CancellationRequest(@NotBlank @Size(max = Booking.MAX_TEXT) String reason) {}

  /** A booking; times are given with Morocco's offset of that moment. */
  public record BookingView(
      UUID id,
      UUID resourceId,
      OffsetDateTime start,
      OffsetDateTime end,
      String bookerKind,
      UUID groupId,
      String bookerReference,
      int attendees,
      String purpose,
      String status,
      String bookedBy,
      Instant bookedAt,
      String cancelledBy,
      Instant cancelledAt,
      String cancelReason,
      long version) {
    static BookingView of(Booking b) {
      return new BookingView(
          b.id(),
          b.resourceId(),
          b.period().start().atZone(OpeningHours.ZONE).toOffsetDateTime(),
          b.period().end().atZone(OpeningHours.ZONE).toOffsetDateTime(),
          b.bookerKind().name(),
          b.groupId().orElse(null),
          b.bookerReference(),
          b.attendees(),
          b.purpose(),
          b.status().name(),
          b.bookedBy(),
          b.bookedAt(),
          b.cancelledBy().orElse(null),
          b.cancelledAt().orElse(null),
          b.cancelReason().orElse(null),
          b.version());
    }
  }
}
