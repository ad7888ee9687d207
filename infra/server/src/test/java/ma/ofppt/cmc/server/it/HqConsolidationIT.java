package ma.ofppt.cmc.server.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * HQ fed by the real relay over RabbitMQ from the cities' real figure sources, on the demo data of
 * the 12 cities: every city reaches HQ; an application submitted in Casablanca-Settat reaches HQ's
 * admissions figures; once the relay has drained, the reconciliation finds no difference; a closed
 * intake keeps its figures, is reported frozen, and shows the city's latest figures as soon as it
 * is reopened.
 */
class HqConsolidationIT extends PlatformIT {
  private static final String CITY = NationalFiguresIT.CITY;
  private static final String INTAKE = "intake:2025-2026";
  private static final Duration WITHIN = Duration.ofSeconds(60);

  private static <T> T await(String what, Supplier<T> read, java.util.function.Predicate<T> done)
      throws InterruptedException {
    Instant deadline = Instant.now().plus(WITHIN);
    T last = read.get();
    while (!done.test(last)) {
      if (Instant.now().isAfter(deadline)) {
        throw new AssertionError(what + " did not happen within " + WITHIN + ": " + last);
      }
      Thread.sleep(250);
      last = read.get();
    }
    return last;
  }

  /** HQ's sum of one measure of one source, city and period; null when HQ has none. */
  private BigDecimal atHq(String source, String measure) {
    JsonObject figures =
        api.get(
                "/api/v1/national/figures?groupBy=city&city="
                    + CITY
                    + "&source="
                    + source
                    + "&period="
                    + INTAKE,
                api.hqToken())
            .json();
    if (figures.getJsonArray("rows").isEmpty()) {
      return null;
    }
    JsonObject measures = figures.getJsonArray("rows").getJsonObject(0).getJsonObject("measures");
    return measures.containsKey(measure) ? measures.getJsonNumber(measure).bigDecimalValue() : null;
  }

  /** The same total as the city itself computes it now. */
  private BigDecimal atCity(String source, String measure) {
    return api
        .get("/api/v1/consolidation/figures?source=" + source, api.cityToken(CITY, "city-director"))
        .array()
        .getJsonObject(0)
        .getJsonArray("figures")
        .stream()
        .map(f -> f.asJsonObject())
        .filter(f -> f.getString("period").equals(INTAKE) && f.getString("measure").equals(measure))
        .map(f -> f.getJsonNumber("value").bigDecimalValue())
        .reduce(BigDecimal.ZERO, BigDecimal::add);
  }

  private void outboxDrained() throws InterruptedException {
    await(
        "the outbox of " + CITY + " drained",
        () -> api.get("/api/v1/consolidation/outbox", api.cityToken(CITY, "city-director")).json(),
        o -> o.getJsonNumber("pending").longValue() == 0);
  }

  private String apply(String officer) {
    List<String> codes = Applications.offeredCodes(api, officer, "SPECIALIZED_TECHNICIAN");
    assertTrue(!codes.isEmpty(), "the demo offer of " + CITY + " has programmes");
    Api.Reply created =
        api.post(
            "/api/v1/applications",
            officer,
            Applications.application(
                Applications.applicant(Applications.uniqueCin(), "2006-03-14", "BACCALAUREATE"),
                Applications.wish(codes.get(0), "14.50")));
    assertEquals(201, created.status(), created::toString);
    return created.json().getString("id");
  }

  private JsonObject reconcile() {
    Api.Reply run = api.post("/api/v1/national/reconciliation", api.hqToken(), null);
    assertEquals(201, run.status(), run::toString);
    return run.json();
  }

  @Test
  void everyCityReachesHqWithItsNamesAndItsSources() throws InterruptedException {
    JsonObject figures =
        await(
            "12 cities at HQ",
            () -> api.get("/api/v1/national/figures?groupBy=city", api.hqToken()).json(),
            f -> f.getJsonArray("rows").size() == 12);
    Set<String> cities =
        figures.getJsonArray("rows").stream()
            .map(r -> r.asJsonObject().getJsonObject("city").getString("code"))
            .collect(Collectors.toSet());
    assertTrue(cities.contains(CITY) && cities.contains("dakhla-oued-ed-dahab"), cities::toString);
    JsonObject casablanca =
        figures.getJsonArray("rows").stream()
            .map(r -> r.asJsonObject())
            .filter(r -> r.getJsonObject("city").getString("code").equals(CITY))
            .findFirst()
            .orElseThrow();
    assertEquals(
        "الدار البيضاء", casablanca.getJsonObject("city").getJsonObject("seat").getString("ar"));
    assertTrue(
        casablanca.getJsonObject("measures").getJsonNumber("first-year-seats").longValue() > 0,
        casablanca::toString);
    // Twelve regions, one city each: the same sums by region.
    JsonObject regions = api.get("/api/v1/national/figures?groupBy=region", api.hqToken()).json();
    assertEquals(12, regions.getJsonArray("rows").size(), regions::toString);

    JsonObject city =
        api.get("/api/v1/national/freshness", api.hqToken()).array().stream()
            .map(c -> c.asJsonObject())
            .filter(c -> c.getJsonObject("city").getString("code").equals(CITY))
            .findFirst()
            .orElseThrow();
    Set<String> sources =
        city.getJsonArray("sources").stream()
            .map(s -> s.asJsonObject().getString("source"))
            .collect(Collectors.toSet());
    assertTrue(
        sources.containsAll(Set.of("admissions", "training-offer", "boarding", "finance")),
        sources::toString);
    BigDecimal lag = city.getJsonNumber("lagSeconds").bigDecimalValue();
    assertTrue(lag.signum() >= 0, city::toString);

    // The gauge is the largest such lag over the cities.
    BigDecimal largest =
        api.get("/api/v1/national/freshness", api.hqToken()).array().stream()
            .map(c -> c.asJsonObject())
            .filter(c -> c.containsKey("lagSeconds"))
            .map(c -> c.getJsonNumber("lagSeconds").bigDecimalValue())
            .reduce(BigDecimal.ZERO, BigDecimal::max);
    String gauge =
        api.send("GET", "/metrics", null, null, Map.of("Accept", "text/plain"))
            .body()
            .lines()
            .filter(l -> l.startsWith("cmc_consolidation_lag_seconds"))
            .findFirst()
            .orElseThrow();
    BigDecimal measured = new BigDecimal(gauge.substring(gauge.lastIndexOf(' ') + 1));
    assertTrue(
        measured.signum() >= 0 && measured.compareTo(largest.add(BigDecimal.valueOf(60))) <= 0,
        () -> gauge + " vs " + largest);
  }

  @Test
  void anApplicationInACityReachesHqAndTheReconciliationFindsNoDifference()
      throws InterruptedException {
    String officer = api.cityToken(CITY, "admissions-officer");
    BigDecimal before = atCity("admissions", "applications");
    apply(officer);
    BigDecimal after = atCity("admissions", "applications");
    assertEquals(before.add(BigDecimal.ONE), after, "one wish is one more application");
    await(
        "the application at HQ",
        () -> atHq("admissions", "applications"),
        v -> v != null && v.compareTo(after) == 0);

    // Drained, HQ and every city agree on every total.
    JsonObject result =
        await(
            "a reconciliation without differences",
            this::reconcile,
            r ->
                r.getJsonObject("run").getInt("differences") == 0
                    && r.getJsonObject("run").getInt("inFlight") == 0);
    JsonObject run = result.getJsonObject("run");
    assertEquals(12, run.getInt("cities"), run::toString);
    assertEquals("COMPLETED", run.getString("status"), run::toString);
    assertTrue(run.getJsonNumber("compared").longValue() > 100, run::toString);
    assertTrue(
        result.getJsonArray("differences").stream()
            .allMatch(d -> d.asJsonObject().getString("kind").equals("FROZEN")),
        result::toString);
  }

  @Test
  void aClosedIntakeIsFrozenReportedAsSuchAndReopensOnTheLatestFigures()
      throws InterruptedException {
    String hq = api.hqToken();
    String officer = api.cityToken(CITY, "admissions-officer");
    String path = "/api/v1/national/periods/" + CITY + "/" + INTAKE;
    outboxDrained();
    BigDecimal held =
        await(
            "HQ up to date",
            () -> atHq("admissions", "applications"),
            v -> v != null && v.compareTo(atCity("admissions", "applications")) == 0);
    Api.Reply closed =
        api.post(
            path + "/close",
            hq,
            Json.createObjectBuilder().add("reason", "2025-2026 intake report").build());
    assertEquals(200, closed.status(), closed::toString);
    try {
      apply(officer);
      String second = apply(officer);
      // On the server's clock, as the snapshot's computedAt: a moment taken here, after the
      // answer, can already be later than the snapshot that carried both (a CI run waited a
      // minute for a snapshot that had come before it).
      Instant changed =
          Instant.parse(
              api.get("/api/v1/applications/" + second, officer).json().getString("submittedAt"));
      BigDecimal now = atCity("admissions", "applications");
      assertEquals(held.add(BigDecimal.valueOf(2)), now);
      // A snapshot computed after both applications has been applied at HQ: to every period but
      // the closed one.
      await(
          "the snapshot with both applications at HQ",
          () -> freshness("admissions"),
          s -> Instant.parse(s.getString("computedAt")).isAfter(changed));
      assertEquals(held, atHq("admissions", "applications"));

      JsonObject result = reconcile();
      List<JsonObject> ours =
          result.getJsonArray("differences").stream()
              .map(d -> d.asJsonObject())
              .filter(
                  d ->
                      d.getString("city").equals(CITY)
                          && d.getString("source").equals("admissions")
                          && d.getString("period").equals(INTAKE)
                          && d.getString("measure").equals("applications"))
              .toList();
      assertEquals(1, ours.size(), result::toString);
      assertEquals("FROZEN", ours.get(0).getString("kind"));
      assertEquals(0, now.compareTo(ours.get(0).getJsonNumber("cityValue").bigDecimalValue()));
      assertEquals(0, held.compareTo(ours.get(0).getJsonNumber("hqValue").bigDecimalValue()));
      assertTrue(result.getJsonObject("run").getInt("frozen") >= 1, result::toString);
    } finally {
      Api.Reply reopened =
          api.post(
              path + "/reopen",
              hq,
              Json.createObjectBuilder().add("reason", "late applications counted").build());
      assertEquals(200, reopened.status(), reopened::toString);
    }
    // At once: the latest figures HQ received, without a new change at the city.
    assertEquals(
        0, atCity("admissions", "applications").compareTo(atHq("admissions", "applications")));
  }

  private JsonObject freshness(String source) {
    return api.get("/api/v1/national/freshness", api.hqToken()).array().stream()
        .map(c -> c.asJsonObject())
        .filter(c -> c.getJsonObject("city").getString("code").equals(CITY))
        .flatMap(c -> c.getJsonArray("sources").stream())
        .map(s -> s.asJsonObject())
        .filter(s -> s.getString("source").equals(source))
        .findFirst()
        .orElseThrow();
  }
}
