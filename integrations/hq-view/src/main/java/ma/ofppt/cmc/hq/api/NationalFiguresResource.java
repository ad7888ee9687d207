package ma.ofppt.cmc.hq.api;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import ma.ofppt.cmc.hq.api.PlaceViews.CityRef;
import ma.ofppt.cmc.hq.api.PlaceViews.RegionRef;
import ma.ofppt.cmc.hq.application.NationalFiguresService;
import ma.ofppt.cmc.hq.application.Places;
import ma.ofppt.cmc.hq.domain.Dimension;
import ma.ofppt.cmc.hq.domain.Ratio;
import ma.ofppt.cmc.hq.domain.Ratios;
import ma.ofppt.cmc.hq.domain.SourceFreshness;
import ma.ofppt.cmc.platform.api.InvalidInputException;
import ma.ofppt.cmc.platform.api.export.XlsxSheet;
import org.eclipse.microprofile.openapi.annotations.Operation;

/**
 * The national figures (docs/hq-figures.md): HQ's store summed per city, region, source, period,
 * sector, pole, level, funder or category, as the analyst chooses, with the national ratios derived
 * from the sums; how fresh each city's figures are; exports of both. HQ analysts only; a token of a
 * city, of an auditor or of an operator is refused.
 */
@Path("/v1/national")
@RequestScoped
@RolesAllowed(HqRoles.ANALYST)
public class NationalFiguresResource {

  /**
   * One group. Only the dimensions grouped by are present; {@code measures} are the sums, {@code
   * ratios} those of the national ratio table whose two measures the group has (null for a zero
   * base).
   */
  public record FigureRow(
      CityRef city,
      RegionRef region,
      String source,
      String period,
      String sector,
      String pole,
      String level,
      String funder,
      String category,
      Map<String, BigDecimal> measures,
      Map<String, BigDecimal> ratios) {}

  public record RatioView(
      String name,
      String numerator,
      String denominator,
      BigDecimal factor,
      int scale,
      String rounding) {
    static RatioView of(Ratio r) {
      return new RatioView(
          r.name(), r.numerator(), r.denominator(), r.factor(), r.scale(), r.rounding().name());
    }
  }

  public record FiguresView(
      List<String> groupBy, List<String> measures, List<RatioView> ratios, List<FigureRow> rows) {}

  public record SourceView(
      String source,
      Instant computedAt,
      Instant changedSince,
      Instant appliedAt,
      Instant receivedAt,
      BigDecimal lagSeconds,
      int figures,
      long staleReceived) {
    static SourceView of(SourceFreshness s) {
      return new SourceView(
          s.source(),
          s.computedAt(),
          s.changedSince(),
          s.appliedAt(),
          s.receivedAt(),
          seconds(s),
          s.figureCount(),
          s.staleReceived());
    }
  }

  /** A city's freshness: each source HQ received, and the lag of the one applied last. */
  public record CityFreshness(
      CityRef city, Instant lastAppliedAt, BigDecimal lagSeconds, List<SourceView> sources) {}

  /** The query of the national figures; each filter repeatable or comma-separated. */
  public static class FigureParams {
    @QueryParam("groupBy")
    List<String> groupBy;

    @QueryParam("city")
    List<String> city;

    @QueryParam("region")
    List<String> region;

    @QueryParam("source")
    List<String> source;

    @QueryParam("period")
    List<String> period;

    @QueryParam("measure")
    List<String> measure;

    @QueryParam("sector")
    List<String> sector;

    @QueryParam("pole")
    List<String> pole;

    @QueryParam("level")
    List<String> level;

    @QueryParam("funder")
    List<String> funder;

    @QueryParam("category")
    List<String> category;
  }

  @Inject NationalFiguresService service;

  @GET
  @Path("/figures")
  @Produces(MediaType.APPLICATION_JSON)
  @Operation(
      summary =
          "National figures summed by the dimensions of groupBy (default city,period; none for"
              + " the national total), filtered by city, region, source, period, measure, sector,"
              + " pole, level, funder, category (each repeatable or comma-separated), with the"
              + " ratios derived from the sums")
  public FiguresView figures(@BeanParam FigureParams params) {
    NationalFiguresService.Table table = query(params);
    Set<String> measures = new TreeSet<>();
    table.rows().forEach(r -> measures.addAll(r.measures().keySet()));
    List<RatioView> ratios =
        Ratios.NATIONAL.stream()
            .filter(r -> table.rows().stream().anyMatch(row -> row.ratios().containsKey(r.name())))
            .map(RatioView::of)
            .toList();
    return new FiguresView(
        table.groupBy().stream().map(Dimension::apiName).toList(),
        List.copyOf(measures),
        ratios,
        table.rows().stream().map(r -> row(table.places(), r)).toList());
  }

  @GET
  @Path("/figures.{format}")
  @Produces({"text/csv", XlsxSheet.MEDIA_TYPE})
  @Operation(
      summary =
          "The national figures as CSV or XLSX (same parameters): one column per dimension"
              + " grouped by (cities and regions with their French and Arabic names), per"
              + " measure, per ratio")
  public Response figuresExport(
      @PathParam("format") String format, @BeanParam FigureParams params) {
    Exports.Format as = Params.format(format);
    NationalFiguresService.Table table = query(params);
    Set<String> measures = new TreeSet<>();
    table.rows().forEach(r -> measures.addAll(r.measures().keySet()));
    Set<String> ratios = new LinkedHashSet<>();
    Ratios.NATIONAL.stream()
        .map(Ratio::name)
        .filter(n -> table.rows().stream().anyMatch(row -> row.ratios().containsKey(n)))
        .forEach(ratios::add);
    List<String> header = new ArrayList<>();
    for (Dimension d : table.groupBy()) {
      header.add(d.apiName());
      if (d == Dimension.CITY || d == Dimension.REGION) {
        header.add(d.apiName() + "_name_fr");
        header.add(d.apiName() + "_name_ar");
      }
    }
    header.addAll(measures);
    header.addAll(ratios);
    List<List<Object>> rows = new ArrayList<>();
    for (NationalFiguresService.Row r : table.rows()) {
      List<Object> cells = new ArrayList<>();
      r.key()
          .forEach(
              (d, value) -> {
                cells.add(value);
                if (d == Dimension.CITY) {
                  CityRef c = PlaceViews.city(table.places(), value);
                  cells.add(c.name() == null ? null : c.name().fr());
                  cells.add(c.name() == null ? null : c.name().ar());
                } else if (d == Dimension.REGION) {
                  RegionRef g = PlaceViews.region(table.places(), value);
                  cells.add(g.name() == null ? null : g.name().fr());
                  cells.add(g.name() == null ? null : g.name().ar());
                }
              });
      measures.forEach(m -> cells.add(r.measures().get(m)));
      ratios.forEach(n -> cells.add(r.ratios().get(n)));
      rows.add(cells);
    }
    return Exports.of(as, new Exports.Table("national-figures", header, rows));
  }

  @GET
  @Path("/freshness")
  @Produces(MediaType.APPLICATION_JSON)
  @Operation(
      summary =
          "How fresh HQ's figures of each city are: per source, when the city computed the"
              + " snapshot applied, the oldest change it carried, when HQ applied it, the lag")
  public List<CityFreshness> freshness() {
    NationalFiguresService.Freshness freshness = service.freshness();
    Map<String, List<SourceFreshness>> byCity = new TreeMap<>();
    freshness.places().cities().keySet().forEach(c -> byCity.put(c, new ArrayList<>()));
    freshness
        .sources()
        .forEach(s -> byCity.computeIfAbsent(s.city(), c -> new ArrayList<>()).add(s));
    List<CityFreshness> result = new ArrayList<>();
    byCity.forEach(
        (city, sources) -> {
          SourceFreshness last =
              sources.stream().max((a, b) -> a.appliedAt().compareTo(b.appliedAt())).orElse(null);
          result.add(
              new CityFreshness(
                  PlaceViews.city(freshness.places(), city),
                  last == null ? null : last.appliedAt(),
                  last == null ? null : seconds(last),
                  sources.stream().map(SourceView::of).toList()));
        });
    return result;
  }

  /** A row of the freshness export: one city and source (or a city HQ has nothing of). */
  public record FreshnessRow(
      String city,
      String cityNameFr,
      String cityNameAr,
      String source,
      Instant computedAt,
      Instant changedSince,
      Instant appliedAt,
      Instant receivedAt,
      BigDecimal lagSeconds,
      Integer figures,
      Long staleReceived) {
    static FreshnessRow of(CityRef c, SourceView s) {
      String fr = c.name() == null ? null : c.name().fr();
      String ar = c.name() == null ? null : c.name().ar();
      return s == null
          ? new FreshnessRow(c.code(), fr, ar, null, null, null, null, null, null, null, null)
          : new FreshnessRow(
              c.code(),
              fr,
              ar,
              s.source(),
              s.computedAt(),
              s.changedSince(),
              s.appliedAt(),
              s.receivedAt(),
              s.lagSeconds(),
              s.figures(),
              s.staleReceived());
    }
  }

  @GET
  @Path("/freshness.{format}")
  @Produces({"text/csv", XlsxSheet.MEDIA_TYPE})
  @Operation(summary = "The freshness table as CSV or XLSX, one row per city and source")
  public Response freshnessExport(@PathParam("format") String format) {
    Exports.Format as = Params.format(format);
    List<FreshnessRow> rows = new ArrayList<>();
    for (CityFreshness city : freshness()) {
      if (city.sources().isEmpty()) {
        rows.add(FreshnessRow.of(city.city(), null));
      }
      city.sources().forEach(s -> rows.add(FreshnessRow.of(city.city(), s)));
    }
    return Exports.of(as, Exports.table("freshness", FreshnessRow.class, rows));
  }

  private NationalFiguresService.Table query(FigureParams p) {
    List<Dimension> dimensions = Params.groupBy(p.groupBy);
    Map<Dimension, Set<String>> filters = new EnumMap<>(Dimension.class);
    put(filters, Dimension.CITY, Params.names(p.city, "city"));
    put(filters, Dimension.REGION, Params.names(p.region, "region"));
    put(filters, Dimension.SOURCE, Params.names(p.source, "source"));
    put(filters, Dimension.PERIOD, Params.periods(p.period, "period"));
    put(filters, Dimension.SECTOR, Params.values(p.sector, "sector"));
    put(filters, Dimension.POLE, Params.values(p.pole, "pole"));
    put(filters, Dimension.LEVEL, Params.values(p.level, "level"));
    put(filters, Dimension.FUNDER, Params.values(p.funder, "funder"));
    put(filters, Dimension.CATEGORY, Params.values(p.category, "category"));
    Set<String> measures = Params.names(p.measure, "measure");
    Places places = service.places();
    for (String c : filters.getOrDefault(Dimension.CITY, Set.of())) {
      if (places.city(c).isEmpty()) {
        throw new InvalidInputException("city", "not a city of the registry: " + c);
      }
    }
    for (String r : filters.getOrDefault(Dimension.REGION, Set.of())) {
      if (places.region(r).isEmpty()) {
        throw new InvalidInputException("region", "not a region of the registry: " + r);
      }
    }
    NationalFiguresService.Table table = service.figures(dimensions, filters);
    if (measures.isEmpty()) {
      return table;
    }
    // The measures asked for pick the columns: a ratio stays when one of its two measures is
    // kept, computed from both (it was derived before the filter).
    List<NationalFiguresService.Row> rows = new ArrayList<>();
    for (NationalFiguresService.Row r : table.rows()) {
      Map<String, BigDecimal> kept = new LinkedHashMap<>(r.measures());
      kept.keySet().retainAll(measures);
      if (kept.isEmpty()) {
        continue;
      }
      Map<String, BigDecimal> ratios = new LinkedHashMap<>();
      for (Ratio ratio : Ratios.NATIONAL) {
        if (r.ratios().containsKey(ratio.name())
            && (measures.contains(ratio.numerator()) || measures.contains(ratio.denominator()))) {
          ratios.put(ratio.name(), r.ratios().get(ratio.name()));
        }
      }
      rows.add(new NationalFiguresService.Row(r.key(), kept, ratios));
    }
    return new NationalFiguresService.Table(table.groupBy(), rows, table.places());
  }

  private static void put(Map<Dimension, Set<String>> filters, Dimension d, Set<String> values) {
    if (!values.isEmpty()) {
      filters.put(d, values);
    }
  }

  private static FigureRow row(Places places, NationalFiguresService.Row r) {
    Map<Dimension, String> k = r.key();
    return new FigureRow(
        k.containsKey(Dimension.CITY) ? PlaceViews.city(places, k.get(Dimension.CITY)) : null,
        k.containsKey(Dimension.REGION) ? PlaceViews.region(places, k.get(Dimension.REGION)) : null,
        k.get(Dimension.SOURCE),
        k.get(Dimension.PERIOD),
        k.get(Dimension.SECTOR),
        k.get(Dimension.POLE),
        k.get(Dimension.LEVEL),
        k.get(Dimension.FUNDER),
        k.get(Dimension.CATEGORY),
        r.measures(),
        r.ratios());
  }

  static BigDecimal seconds(SourceFreshness s) {
    return BigDecimal.valueOf(s.lag().toMillis(), 3);
  }
}
