package ma.ofppt.cmc.hq.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import ma.ofppt.cmc.hq.domain.Dimension;
import ma.ofppt.cmc.hq.domain.FigureGroup;
import ma.ofppt.cmc.hq.domain.FigureQuery;
import ma.ofppt.cmc.hq.domain.HqFigures;
import ma.ofppt.cmc.hq.domain.SourceFreshness;
import ma.ofppt.cmc.hq.domain.Total;

/** HQ's figures in {@code hq.figure} and their freshness in {@code hq.source_state}. */
@ApplicationScoped
class SqlHqFigures implements HqFigures {
  @Inject StoreSql sql;

  /** The column of each stored dimension; only these names ever reach the SQL text. */
  static String column(Dimension dimension) {
    return switch (dimension) {
      case CITY -> "city_code";
      case SOURCE -> "source";
      case PERIOD -> "period";
      case SECTOR -> "sector";
      case POLE -> "pole";
      case LEVEL -> "level";
      case FUNDER -> "funder";
      case CATEGORY -> "category";
      case REGION -> throw new IllegalArgumentException("regions are not stored");
    };
  }

  /** One summed measure of one group, as the query returns it. */
  private record Sum(List<String> key, String measure, BigDecimal value) {}

  @Override
  public List<FigureGroup> sums(FigureQuery query) {
    List<String> columns = query.groupBy().stream().map(SqlHqFigures::column).toList();
    String grouping = columns.stream().map(c -> c + ", ").reduce("", String::concat);
    StringBuilder text =
        new StringBuilder("select ").append(grouping).append("measure, sum(value) from hq.figure");
    List<Object> parameters = new ArrayList<>();
    String glue = " where ";
    for (Map.Entry<Dimension, Set<String>> filter : new TreeMap<>(query.filters()).entrySet()) {
      text.append(glue).append(column(filter.getKey())).append(" = any (?::text[])");
      parameters.add(filter.getValue());
      glue = " and ";
    }
    text.append(" group by ")
        .append(grouping)
        .append("measure order by ")
        .append(grouping)
        .append("measure");
    int n = columns.size();
    Map<List<String>, Map<String, BigDecimal>> groups = new LinkedHashMap<>();
    for (Sum sum :
        sql.list(
            text.toString(),
            row -> {
              List<String> key = new ArrayList<>(n);
              for (int i = 1; i <= n; i++) {
                key.add(row.getString(i));
              }
              return new Sum(key, row.getString(n + 1), row.getBigDecimal(n + 2));
            },
            parameters.toArray())) {
      groups.computeIfAbsent(sum.key(), k -> new TreeMap<>()).put(sum.measure(), sum.value());
    }
    List<FigureGroup> result = new ArrayList<>(groups.size());
    groups.forEach((key, sums) -> result.add(new FigureGroup(key, sums)));
    return result;
  }

  @Override
  public List<SourceFreshness> freshness() {
    return sql.list(
        "select city_code, source, computed_at, changed_since, applied_at, received_at,"
            + " figure_count, stale_received from hq.source_state order by city_code, source",
        row ->
            new SourceFreshness(
                row.getString(1),
                row.getString(2),
                StoreSql.instant(row, 3),
                StoreSql.instant(row, 4),
                StoreSql.instant(row, 5),
                StoreSql.instant(row, 6),
                row.getInt(7),
                row.getLong(8)));
  }

  @Override
  public Map<Total, BigDecimal> totals(String city) {
    Map<Total, BigDecimal> totals = new TreeMap<>();
    sql.list(
            "select source, period, measure, sum(value) from hq.figure"
                + " where city_code = ? group by source, period, measure",
            row ->
                Map.entry(
                    new Total(row.getString(1), row.getString(2), row.getString(3)),
                    row.getBigDecimal(4)),
            city)
        .forEach(e -> totals.put(e.getKey(), e.getValue()));
    return totals;
  }

  @Override
  public Map<String, Instant> computedAt(String city) {
    Map<String, Instant> computed = new HashMap<>();
    sql.list(
            "select source, computed_at from hq.source_state where city_code = ?",
            row -> Map.entry(row.getString(1), StoreSql.instant(row, 2)),
            city)
        .forEach(e -> computed.put(e.getKey(), e.getValue()));
    return computed;
  }
}
