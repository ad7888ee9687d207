package ma.ofppt.cmc.facilities.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import ma.ofppt.cmc.facilities.domain.Booking;
import ma.ofppt.cmc.facilities.domain.BookingStatus;
import ma.ofppt.cmc.facilities.domain.Facilities;
import ma.ofppt.cmc.facilities.domain.FacilityResource;
import ma.ofppt.cmc.facilities.domain.OpeningHours;
import ma.ofppt.cmc.facilities.domain.Period;
import ma.ofppt.cmc.facilities.domain.ResourceKind;
import ma.ofppt.cmc.facilities.domain.Utilisation;

/**
 * Utilisation of the city's active resources in one month, per resource, per kind and for the city
 * (defined once in docs/facilities-figures.md). Rates at every level come from the summed seconds,
 * never from averaging rates. No personal data: resources and counts only.
 */
@ApplicationScoped
public class UtilisationFigures {
  @Inject Facilities facilities;

  /** The figures of a set of resources. */
  public record Figures(
      BigDecimal openHours, BigDecimal bookedHours, BigDecimal utilisationPercent) {
    static Figures of(Utilisation u) {
      return new Figures(u.openHours(), u.bookedHours(), u.rate());
    }
  }

  public record ResourceFigures(
      UUID resourceId, String code, ResourceKind kind, long bookings, Figures figures) {}

  public record KindFigures(ResourceKind kind, int resources, long bookings, Figures figures) {}

  public record MonthFigures(
      String month,
      String timeZone,
      int resources,
      long bookings,
      Figures city,
      List<KindFigures> kinds,
      List<ResourceFigures> perResource) {}

  @Transactional
  public MonthFigures of(YearMonth month) {
    return compute(
        month,
        facilities.resources(null, true),
        facilities.bookings(null, Utilisation.monthPeriod(month), BookingStatus.BOOKED));
  }

  /**
   * The month's figures from the active resources and the BOOKED bookings; bookings that do not
   * meet the month are left out, so a caller may pass those of a longer window.
   */
  static MonthFigures compute(
      YearMonth month, List<FacilityResource> activeResources, List<Booking> bookings) {
    Period window = Utilisation.monthPeriod(month);
    Map<UUID, List<Period>> booked = new HashMap<>();
    for (Booking b : bookings) {
      if (b.status() == BookingStatus.BOOKED
          && b.period().start().isBefore(window.end())
          && b.period().end().isAfter(window.start())) {
        booked.computeIfAbsent(b.resourceId(), k -> new ArrayList<>()).add(b.period());
      }
    }
    List<ResourceFigures> perResource = new ArrayList<>();
    Map<ResourceKind, Utilisation> byKind = new EnumMap<>(ResourceKind.class);
    Map<ResourceKind, int[]> resourcesByKind = new EnumMap<>(ResourceKind.class);
    Map<ResourceKind, long[]> bookingsByKind = new EnumMap<>(ResourceKind.class);
    Utilisation city = Utilisation.NONE;
    long cityBookings = 0;
    // Resources mostly share a few weekly patterns: each pattern's open periods once per month.
    Map<OpeningHours, List<Period>> openByHours = new HashMap<>();
    for (FacilityResource r : activeResources) {
      List<Period> periods = booked.getOrDefault(r.id(), List.of());
      List<Period> open =
          openByHours.computeIfAbsent(
              r.openingHours(), hours -> Utilisation.openPeriods(hours, month));
      Utilisation u = Utilisation.of(open, periods);
      perResource.add(
          new ResourceFigures(r.id(), r.code(), r.kind(), periods.size(), Figures.of(u)));
      byKind.merge(r.kind(), u, Utilisation::plus);
      resourcesByKind.computeIfAbsent(r.kind(), k -> new int[1])[0]++;
      bookingsByKind.computeIfAbsent(r.kind(), k -> new long[1])[0] += periods.size();
      city = city.plus(u);
      cityBookings += periods.size();
    }
    List<KindFigures> kinds = new ArrayList<>();
    byKind.forEach(
        (kind, u) ->
            kinds.add(
                new KindFigures(
                    kind,
                    resourcesByKind.get(kind)[0],
                    bookingsByKind.get(kind)[0],
                    Figures.of(u))));
    return new MonthFigures(
        month.toString(),
        OpeningHours.ZONE.getId(),
        perResource.size(),
        cityBookings,
        Figures.of(city),
        kinds,
        perResource);
  }
}
