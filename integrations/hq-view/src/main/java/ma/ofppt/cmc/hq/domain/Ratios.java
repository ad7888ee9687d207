package ma.ofppt.cmc.hq.domain;

import static java.math.RoundingMode.HALF_EVEN;
import static java.math.RoundingMode.HALF_UP;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The national ratio table: every ratio HQ derives, from which measures, and how it is rounded.
 * Each follows the city's own definition of the same figure (docs/*-figures.md), so a city's rate
 * and HQ's rate of that city agree; the measure names are those of the cities' figure sources
 * (docs/hq-figures.md). To add or adjust a ratio, change this list: nothing else names them.
 */
public final class Ratios {
  private Ratios() {}

  public static final List<Ratio> NATIONAL =
      List.of(
          // admissions over the training offer's seats: OFPPT's "taux de demande" (382 %
          // nationally in 2025-2026), first choices per seat, enrolment over seats
          Ratio.percent("demand-rate", "applications", "first-year-seats", 1, HALF_EVEN),
          Ratio.quotient("applicants-per-seat", "first-choices", "first-year-seats", 2, HALF_EVEN),
          Ratio.percent("fill-rate", "enrolled", "first-year-seats", 1, HALF_EVEN),
          // boarding
          Ratio.percent("boarding-occupancy", "occupied-beds", "beds", 1, HALF_UP),
          Ratio.percent("housed-share", "housed-trainees", "trainees", 1, HALF_UP),
          // facilities: the platforms' booked time over their open time
          Ratio.percent("platform-utilisation", "booked-hours", "available-hours", 1, HALF_EVEN),
          // staff: trainers' assigned weekly hours over their ceilings
          Ratio.percent(
              "trainer-load", "assigned-weekly-hours", "ceiling-weekly-hours", 1, HALF_EVEN),
          // careers: tracer surveys, one pair per horizon (a 6- and a 12-month wave survey the
          // same graduates and are never added together)
          Ratio.percent("response-rate-6m", "respondents-6m", "surveyed-6m", 1, HALF_EVEN),
          Ratio.percent("insertion-rate-6m", "inserted-6m", "respondents-6m", 1, HALF_EVEN),
          Ratio.percent("response-rate-12m", "respondents-12m", "surveyed-12m", 1, HALF_EVEN),
          Ratio.percent("insertion-rate-12m", "inserted-12m", "respondents-12m", 1, HALF_EVEN),
          // finance: budget vs committed vs paid, per funder when grouped by funder
          Ratio.percent("commitment-rate", "committed", "budget", 2, HALF_UP),
          Ratio.percent("execution-rate", "paid", "budget", 2, HALF_UP));

  /** The ratios that apply to a group's sums, in table order; a value is null for a zero base. */
  public static Map<String, BigDecimal> derive(Map<String, BigDecimal> sums) {
    Map<String, BigDecimal> ratios = new LinkedHashMap<>();
    for (Ratio ratio : NATIONAL) {
      if (ratio.appliesTo(sums)) {
        ratios.put(ratio.name(), ratio.of(sums));
      }
    }
    return ratios;
  }
}
