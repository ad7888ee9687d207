package ma.ofppt.cmc.hq.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import ma.ofppt.cmc.hq.domain.Dimension;
import ma.ofppt.cmc.hq.domain.FigureGroup;
import ma.ofppt.cmc.hq.domain.FigureQuery;
import ma.ofppt.cmc.hq.domain.HqFigures;
import ma.ofppt.cmc.hq.domain.Ratios;
import ma.ofppt.cmc.hq.domain.SourceFreshness;
import ma.ofppt.cmc.platform.registry.application.TenantRegistry;

/**
 * The national figures HQ analysts read: HQ's store summed along the dimensions they choose, with
 * the national ratios derived from the sums (docs/hq-figures.md), and how fresh each city's figures
 * are. Reads HQ's store and the tenant registry only.
 */
@ApplicationScoped
public class NationalFiguresService {
  @Inject HqFigures figures;
  @Inject TenantRegistry registry;

  /** One group: its values of the dimensions asked for, its summed measures and its ratios. */
  public record Row(
      Map<Dimension, String> key,
      Map<String, BigDecimal> measures,
      Map<String, BigDecimal> ratios) {}

  public record Table(List<Dimension> groupBy, List<Row> rows, Places places) {}

  public record Freshness(List<SourceFreshness> sources, Places places) {}

  /**
   * Sums by {@code groupBy} (in that order; empty for the national total), keeping the figures
   * whose value of each filtered dimension is among those given. A region is the sum of its cities.
   */
  @Transactional
  public Table figures(List<Dimension> groupBy, Map<Dimension, Set<String>> filters) {
    Places places = places();
    Map<Dimension, Set<String>> stored = new EnumMap<>(Dimension.class);
    stored.putAll(filters);
    Set<String> regions = stored.remove(Dimension.REGION);
    if (regions != null) {
      Set<String> cities = new HashSet<>();
      places.cities().values().stream()
          .filter(c -> regions.contains(c.regionCode()))
          .forEach(c -> cities.add(c.id().value()));
      Set<String> asked = stored.get(Dimension.CITY);
      if (asked != null) {
        cities.retainAll(asked);
      }
      stored.put(Dimension.CITY, cities);
    }
    // A region is folded from its cities: group by city underneath when the city is not asked for.
    List<Dimension> underneath = new ArrayList<>();
    for (Dimension d : groupBy) {
      Dimension column = d == Dimension.REGION ? Dimension.CITY : d;
      if (!underneath.contains(column)) {
        underneath.add(column);
      }
    }
    Map<List<String>, Map<String, BigDecimal>> folded = new TreeMap<>(KEY_ORDER);
    for (FigureGroup group : figures.sums(new FigureQuery(underneath, stored))) {
      List<String> key = new ArrayList<>(groupBy.size());
      for (Dimension d : groupBy) {
        String value =
            group.key().get(underneath.indexOf(d == Dimension.REGION ? Dimension.CITY : d));
        key.add(d == Dimension.REGION ? places.regionOf(value) : value);
      }
      Map<String, BigDecimal> sums = folded.computeIfAbsent(key, k -> new TreeMap<>());
      group.sums().forEach((measure, value) -> sums.merge(measure, value, BigDecimal::add));
    }
    List<Row> rows = new ArrayList<>(folded.size());
    folded.forEach(
        (key, sums) -> {
          Map<Dimension, String> values = new LinkedHashMap<>();
          for (int i = 0; i < groupBy.size(); i++) {
            values.put(groupBy.get(i), key.get(i));
          }
          rows.add(new Row(values, sums, Ratios.derive(sums)));
        });
    return new Table(List.copyOf(groupBy), rows, places);
  }

  @Transactional
  public Freshness freshness() {
    return new Freshness(figures.freshness(), places());
  }

  /**
   * The consolidation lag now: for each city, the lag of the snapshot HQ applied last (of any
   * source); the largest of them. Empty while HQ holds nothing.
   */
  @Transactional
  public Optional<Duration> maxLag() {
    Map<String, SourceFreshness> latest = new TreeMap<>();
    for (SourceFreshness s : figures.freshness()) {
      latest.merge(s.city(), s, (a, b) -> a.appliedAt().isAfter(b.appliedAt()) ? a : b);
    }
    return latest.values().stream().map(SourceFreshness::lag).max(Comparator.naturalOrder());
  }

  @Transactional
  public Places places() {
    return Places.of(registry.all(), registry.regions());
  }

  private static final Comparator<List<String>> KEY_ORDER =
      (a, b) -> {
        for (int i = 0; i < Math.min(a.size(), b.size()); i++) {
          int c = a.get(i).compareTo(b.get(i));
          if (c != 0) {
            return c;
          }
        }
        return Integer.compare(a.size(), b.size());
      };
}
