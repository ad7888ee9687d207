package ma.ofppt.cmc.hq.domain;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import ma.ofppt.cmc.platform.consolidation.Outbox;

/**
 * The comparison of one city's own figures, computed on the city's side, with what HQ holds of the
 * city: every total (source, period, measure) that is not equal on both sides is a difference.
 * Values compare as numbers ({@code 12.50} equals {@code 12.5}); a total present on one side only
 * is a difference with the other side null.
 *
 * <p>A difference is {@link Kind#FROZEN} in a period HQ has closed for the city (HQ keeps the
 * values of the close on purpose); {@link Kind#IN_FLIGHT} when the city changed the source after
 * the snapshot HQ holds was computed, or has a change of it still waiting in its outbox (the relay
 * will bring it); otherwise {@link Kind#DIFFERENT}, which should never happen.
 */
public final class Reconciliation {
  private Reconciliation() {}

  public enum Kind {
    DIFFERENT,
    IN_FLIGHT,
    FROZEN
  }

  /**
   * What the city's outbox says of a source's changes.
   *
   * @param lastChange when the city last marked the source changed, if it still knows
   * @param pending true while a change of the source waits for the relay
   */
  public record CityChange(Instant lastChange, boolean pending) {
    public static final CityChange NONE = new CityChange(null, false);

    /** Both together: the later change, pending if either is. */
    CityChange and(CityChange other) {
      Instant later =
          lastChange == null
              ? other.lastChange
              : other.lastChange == null || lastChange.isAfter(other.lastChange)
                  ? lastChange
                  : other.lastChange;
      return new CityChange(later, pending || other.pending);
    }
  }

  public record Difference(
      String city,
      Total total,
      BigDecimal cityValue,
      BigDecimal hqValue,
      Kind kind,
      Instant hqComputedAt,
      Instant cityChangedAt) {}

  /** The outcome for one city: how many totals were compared and those that differ. */
  public record Outcome(String city, int compared, List<Difference> differences) {
    public long count(Kind kind) {
      return differences.stream().filter(d -> d.kind() == kind).count();
    }
  }

  /**
   * @param cityTotals the city's totals, computed now on its side
   * @param hqTotals HQ's totals of the city (frozen values in closed periods)
   * @param closedPeriods the periods HQ has closed for the city
   * @param hqComputedAt per source, when the snapshot HQ applied was computed
   * @param changes per source, what the city's outbox says; a change of {@link Outbox#ALL_SOURCES}
   *     counts for each source
   */
  public static Outcome compare(
      String city,
      Map<Total, BigDecimal> cityTotals,
      Map<Total, BigDecimal> hqTotals,
      Set<String> closedPeriods,
      Map<String, Instant> hqComputedAt,
      Map<String, CityChange> changes) {
    Set<Total> keys = new TreeSet<>(cityTotals.keySet());
    keys.addAll(hqTotals.keySet());
    List<Difference> differences = new ArrayList<>();
    for (Total total : keys) {
      BigDecimal atCity = cityTotals.get(total);
      BigDecimal atHq = hqTotals.get(total);
      if (atCity != null && atHq != null && atCity.compareTo(atHq) == 0) {
        continue;
      }
      Instant computed = hqComputedAt.get(total.source());
      CityChange change =
          changes
              .getOrDefault(total.source(), CityChange.NONE)
              .and(changes.getOrDefault(Outbox.ALL_SOURCES, CityChange.NONE));
      Kind kind;
      if (closedPeriods.contains(total.period())) {
        kind = Kind.FROZEN;
      } else if (change.pending()
          || (change.lastChange() != null
              && (computed == null || change.lastChange().isAfter(computed)))) {
        kind = Kind.IN_FLIGHT;
      } else {
        kind = Kind.DIFFERENT;
      }
      differences.add(
          new Difference(city, total, atCity, atHq, kind, computed, change.lastChange()));
    }
    return new Outcome(city, keys.size(), differences);
  }
}
