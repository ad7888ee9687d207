package ma.ofppt.cmc.hq.domain;

import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Pattern;
import ma.ofppt.cmc.platform.consolidation.Figure;

/**
 * A {@code figures.snapshot} as HQ receives it: the whole of one figure source of one city at
 * {@link #computedAt()}. HQ replaces what it holds of that source for that city with it (except in
 * the periods it has closed), and only when it is newer than what it holds.
 *
 * @param source the figure source, e.g. {@code admissions}
 * @param computedAt when the city computed it (the database clock)
 * @param changedSince the oldest change of the city it carries, if known
 * @param figures every figure of the source, no two with the same period, dimensions and measure
 */
public record Snapshot(
    String source, Instant computedAt, Instant changedSince, List<Figure> figures) {
  private static final Pattern SOURCE = Pattern.compile("[a-z][a-z0-9-]{0,59}");

  public Snapshot {
    if (source == null || !SOURCE.matcher(source).matches()) {
      throw new IllegalArgumentException("a snapshot's source is a lower-case name: " + source);
    }
    Objects.requireNonNull(computedAt, "computedAt");
    figures = List.copyOf(figures);
    Set<List<String>> keys = new HashSet<>();
    for (Figure f : figures) {
      if (!keys.add(key(f))) {
        throw new IllegalArgumentException("the snapshot holds the figure " + key(f) + " twice");
      }
    }
  }

  /** The figure's identity: its period, dimensions and measure. */
  public static List<String> key(Figure f) {
    return List.of(
        f.period(), f.sector(), f.pole(), f.level(), f.funder(), f.category(), f.measure());
  }
}
