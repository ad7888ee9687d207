package ma.ofppt.cmc.server.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ThreadLocalRandom;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.junit.jupiter.api.Test;

/**
 * HQ's national API without the relay's help: who may read it (HQ analysts only), parameters it
 * refuses by name, the close and reopen of a city's period with its history, which the city sees
 * and another city does not, the reconciliation run on demand, the exports, the lag gauge. The city
 * is Casablanca-Settat (only StaffIT touches it otherwise), the other city Drâa-Tafilalet; closed
 * periods are fiscal years no other test uses, reopened before the test ends.
 */
class NationalFiguresIT extends PlatformIT {
  static final String CITY = "casablanca-settat";
  static final String OTHER = "draa-tafilalet";

  private String hq() {
    return api.hqToken();
  }

  private String auditor() {
    return api.token(
        Json.createObjectBuilder()
            .add("region", "souss-massa")
            .add("roles", Json.createArrayBuilder().add("region-auditor"))
            .build());
  }

  /** Fiscal years no other test closes: one after the other from a random start. */
  private static final java.util.concurrent.atomic.AtomicInteger YEARS =
      new java.util.concurrent.atomic.AtomicInteger(
          ThreadLocalRandom.current().nextInt(2041, 2060));

  static String freshFiscalYear() {
    return "fiscal:" + YEARS.getAndIncrement();
  }

  @Test
  void onlyHqAnalystsReadTheNationalStore() {
    List<String> paths =
        List.of(
            "/api/v1/national/figures",
            "/api/v1/national/figures.csv",
            "/api/v1/national/freshness",
            "/api/v1/national/periods",
            "/api/v1/national/periods/events",
            "/api/v1/national/reconciliation",
            "/api/v1/national/ledger/digests");
    String director = api.cityToken(CITY, "city-director");
    for (String path : paths) {
      assertEquals(200, get(path, hq()).status(), path);
      for (String token : List.of(director, auditor(), api.platformAdminToken())) {
        Api.Reply refused = get(path, token);
        assertEquals(403, refused.status(), () -> path + " " + refused);
        assertTrue(refused.isProblem(), refused::toString);
      }
      assertEquals(401, get(path, null).status(), path);
    }
    // Nor may anyone else change a period or run the reconciliation.
    String close = "/api/v1/national/periods/" + CITY + "/" + freshFiscalYear() + "/close";
    assertEquals(403, api.post(close, director, Json.createObjectBuilder().build()).status());
    assertEquals(403, api.post("/api/v1/national/reconciliation", auditor(), null).status());
    // And HQ has no city: the city's own view of its periods is not HQ's.
    assertEquals(403, api.get("/api/v1/consolidation/periods", hq()).status());
  }

  @Test
  void badParametersAreRefusedByName() {
    Map<String, String> refused = new TreeMap<>();
    refused.put("/api/v1/national/figures?groupBy=province", "groupBy");
    refused.put("/api/v1/national/figures?period=2025-2026", "period");
    refused.put("/api/v1/national/figures?period=intake:2025-2027", "period");
    refused.put("/api/v1/national/figures?city=atlantis", "city");
    refused.put("/api/v1/national/figures?city=F%C3%A8s", "city");
    refused.put("/api/v1/national/figures?region=atlantis", "region");
    refused.put("/api/v1/national/figures?measure=Seats", "measure");
    refused.put("/api/v1/national/figures.pdf", "format");
    refused.put("/api/v1/national/freshness.json", "format");
    refused.put("/api/v1/national/periods?city=atlantis", "city");
    refused.put("/api/v1/national/periods/events?period=2026", "period");
    refused.put("/api/v1/national/periods/" + CITY + "/2026", "period");
    refused.put("/api/v1/national/reconciliation/not-a-uuid", "id");
    refused.put("/api/v1/national/reconciliation?size=0", "size");
    refused.put("/api/v1/national/ledger/digests?city=atlantis", "city");
    refused.forEach(
        (path, field) -> {
          // As a browser or curl asks: an export's format is read from its path, not Accept.
          Api.Reply reply = api.send("GET", path, hq(), null, Map.of("Accept", "*/*"));
          assertEquals(400, reply.status(), () -> path + " " + reply);
          assertTrue(reply.isProblem(), reply::toString);
          assertEquals(field, reply.problemField(), () -> path + " " + reply);
        });
    String period = freshFiscalYear();
    Api.Reply noBody =
        api.post("/api/v1/national/periods/" + CITY + "/" + period + "/close", hq(), null);
    assertEquals(400, noBody.status(), noBody::toString);
    assertEquals("body", noBody.problemField());
    Api.Reply badPeriod =
        api.post(
            "/api/v1/national/periods/" + CITY + "/fiscal:26/close",
            hq(),
            Json.createObjectBuilder().build());
    assertEquals(400, badPeriod.status(), badPeriod::toString);
    assertEquals("period", badPeriod.problemField());
    Api.Reply unknownCity =
        api.post(
            "/api/v1/national/periods/atlantis/" + period + "/close",
            hq(),
            Json.createObjectBuilder().build());
    assertEquals(404, unknownCity.status(), unknownCity::toString);
    assertEquals(
        404,
        api.get("/api/v1/national/reconciliation/" + java.util.UUID.randomUUID(), hq()).status());
  }

  @Test
  void closeAndReopenWithAWrittenReasonLeaveAHistoryTheCitySees() {
    String period = freshFiscalYear();
    String path = "/api/v1/national/periods/" + CITY + "/" + period;
    JsonObject open = api.get(path, hq()).json();
    assertFalse(open.getBoolean("closed"), open::toString);
    assertEquals(0, open.getJsonArray("events").size());
    assertEquals("Casablanca", open.getJsonObject("city").getJsonObject("seat").getString("fr"));

    Api.Reply closed =
        api.post(
            path + "/close",
            hq(),
            Json.createObjectBuilder().add("reason", "annual report 2026 published").build());
    assertEquals(200, closed.status(), closed::toString);
    assertTrue(closed.json().getBoolean("closed"));
    assertNotNull(closed.json().getString("closedBy"));
    Api.Reply twice = api.post(path + "/close", hq(), Json.createObjectBuilder().build());
    assertEquals(409, twice.status(), twice::toString);
    assertEquals("period", twice.problemField());
    assertTrue(
        api.get("/api/v1/national/periods?city=" + CITY, hq()).array().stream()
            .anyMatch(p -> p.asJsonObject().getString("period").equals(period)),
        "listed among the closed periods");

    for (JsonObject body :
        List.of(
            Json.createObjectBuilder().build(),
            Json.createObjectBuilder().add("reason", "   ").build())) {
      Api.Reply noReason = api.post(path + "/reopen", hq(), body);
      assertEquals(400, noReason.status(), noReason::toString);
      assertEquals("reason", noReason.problemField());
    }
    assertTrue(api.get(path, hq()).json().getBoolean("closed"), "a refused reopen changes nothing");

    Api.Reply reopened =
        api.post(
            path + "/reopen",
            hq(),
            Json.createObjectBuilder().add("reason", "the city corrected its budget").build());
    assertEquals(200, reopened.status(), reopened::toString);
    JsonObject state = reopened.json();
    assertFalse(state.getBoolean("closed"));
    JsonArray events = state.getJsonArray("events");
    assertEquals(2, events.size(), events::toString);
    assertEquals("REOPENED", events.getJsonObject(0).getString("action"));
    assertEquals("the city corrected its budget", events.getJsonObject(0).getString("reason"));
    assertEquals("CLOSED", events.getJsonObject(1).getString("action"));
    assertEquals("annual report 2026 published", events.getJsonObject(1).getString("reason"));
    Api.Reply again =
        api.post(path + "/reopen", hq(), Json.createObjectBuilder().add("reason", "x").build());
    assertEquals(409, again.status(), again::toString);

    // The city sees both, whoever of its staff asks; another city sees none of them.
    for (String role : List.of("city-director", "finance-officer", "admissions-officer")) {
      JsonArray seen = api.get("/api/v1/consolidation/periods", api.cityToken(CITY, role)).array();
      assertEquals(
          2,
          seen.stream().filter(e -> e.asJsonObject().getString("period").equals(period)).count(),
          () -> role + " " + seen);
      assertTrue(
          seen.stream().allMatch(e -> e.asJsonObject().getString("city").equals(CITY)),
          seen::toString);
    }
    JsonArray theirs =
        api.get("/api/v1/consolidation/periods", api.cityToken(OTHER, "city-director")).array();
    assertTrue(
        theirs.stream().noneMatch(e -> e.asJsonObject().getString("city").equals(CITY)),
        theirs::toString);
    // HQ's history of everything, by city and period.
    JsonArray history =
        api.get("/api/v1/national/periods/events?city=" + CITY + "&period=" + period, hq()).array();
    assertEquals(2, history.size(), history::toString);
  }

  @Test
  void theReconciliationRunsOnDemandAndKeepsWhatItFound() {
    Api.Reply started = api.post("/api/v1/national/reconciliation", hq(), null);
    assertEquals(201, started.status(), started::toString);
    JsonObject run = started.json().getJsonObject("run");
    assertEquals("ON_DEMAND", run.getString("origin"));
    assertEquals(12, run.getInt("cities"), run::toString);
    assertTrue(run.containsKey("finishedAt"), run::toString);
    String id = run.getString("id");
    JsonObject again = api.get("/api/v1/national/reconciliation/" + id, hq()).json();
    assertEquals(started.json(), again);
    JsonObject runs = api.get("/api/v1/national/reconciliation?size=5", hq()).json();
    assertTrue(runs.getJsonNumber("total").longValue() >= 1);
    List<String> ids =
        runs.getJsonArray("items").stream().map(r -> r.asJsonObject().getString("id")).toList();
    assertTrue(ids.contains(id), ids::toString);
    assertTrue(started.contentType().startsWith("application/json"), started::contentType);
  }

  @Test
  void everyNationalTableExportsAsCsvAndXlsx() throws Exception {
    String period = freshFiscalYear();
    String path = "/api/v1/national/periods/" + CITY + "/" + period;
    api.post(
        path + "/close", hq(), Json.createObjectBuilder().add("reason", "a, \"quoted\"").build());
    api.post(path + "/reopen", hq(), Json.createObjectBuilder().add("reason", "done").build());
    String run =
        api.post("/api/v1/national/reconciliation", hq(), null)
            .json()
            .getJsonObject("run")
            .getString("id");
    Map<String, String> headers = new TreeMap<>();
    headers.put("/api/v1/national/figures", "city,city_name_fr,city_name_ar,period");
    headers.put(
        "/api/v1/national/freshness",
        "city,city_name_fr,city_name_ar,source,computed_at,changed_since,applied_at,received_at,"
            + "lag_seconds,figures,stale_received");
    headers.put("/api/v1/national/periods/events", "id,city,period,action,by,reason,at");
    headers.put(
        "/api/v1/national/reconciliation/runs",
        "id,origin,requested_by,started_at,finished_at,status,cities,compared,differences,"
            + "in_flight,frozen,failures");
    headers.put(
        "/api/v1/national/reconciliation/" + run + "/differences",
        "city,source,period,measure,city_value,hq_value,kind,hq_computed_at,city_changed_at");
    headers.put(
        "/api/v1/national/ledger/digests",
        "city,id,entry_count,head_hash,produced_at,key_id,signature,public_key,received_at");
    for (Map.Entry<String, String> table : headers.entrySet()) {
      HttpResponse<byte[]> csv = fetch(table.getKey() + ".csv");
      assertEquals(200, csv.statusCode(), table.getKey());
      assertTrue(
          csv.headers().firstValue("Content-Type").orElse("").startsWith("text/csv"),
          table.getKey());
      String text = new String(csv.body(), StandardCharsets.UTF_8);
      assertTrue(text.startsWith(table.getValue()), () -> table.getKey() + ": " + text);
      assertTrue(text.endsWith("\r\n"), table.getKey());

      HttpResponse<byte[]> xlsx = fetch(table.getKey() + ".xlsx");
      assertEquals(200, xlsx.statusCode(), table.getKey());
      assertEquals(
          "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
          xlsx.headers().firstValue("Content-Type").orElse(""));
      Map<String, String> parts = unzip(xlsx.body());
      assertTrue(parts.containsKey("[Content_Types].xml"), parts::toString);
      String sheet = parts.get("xl/worksheets/sheet1.xml");
      assertNotNull(sheet, parts.keySet()::toString);
      assertTrue(
          sheet.contains("<t>" + table.getValue().split(",")[0] + "</t>"),
          () -> table.getKey() + ": " + sheet);
    }
    // The freshness export lists every city, with its names in both languages.
    String freshness =
        new String(fetch("/api/v1/national/freshness.csv").body(), StandardCharsets.UTF_8);
    assertTrue(freshness.contains(CITY + ",Cité des Métiers et des Compétences"), freshness);
    assertTrue(freshness.contains("مدينة المهن والكفاءات"), freshness);
    // A reason with a comma and quotes is one quoted field.
    String events =
        new String(
            fetch("/api/v1/national/periods/events.csv?city=" + CITY + "&period=" + period).body(),
            StandardCharsets.UTF_8);
    assertTrue(events.contains(",\"a, \"\"quoted\"\"\","), events);
    assertEquals(3, events.split("\r\n").length, events);
  }

  @Test
  void aCitysSignedLedgerDigestReachesHqVerified() throws Exception {
    Api.Reply signed =
        api.post(
            "/api/v1/ledger/digests",
            api.cityToken(CITY, "city-director"),
            Json.createObjectBuilder().build());
    assertEquals(201, signed.status(), signed::toString);
    JsonObject digest = signed.json();
    JsonObject kept =
        await(
            "the digest reached HQ",
            () ->
                get("/api/v1/national/ledger/digests?city=" + CITY, hq()).array().stream()
                    .map(d -> d.asJsonObject())
                    .filter(d -> d.getString("id").equals(digest.getString("id")))
                    .findFirst()
                    .orElse(null));
    assertEquals(CITY, kept.getString("city"));
    assertEquals(digest.getString("headHash"), kept.getString("headHash"));
    assertEquals(
        digest.getJsonNumber("entryCount").longValue(),
        kept.getJsonNumber("entryCount").longValue());
    assertEquals(digest.getString("signature"), kept.getString("signature"));
    // The latest of each city: this one is Casablanca's (no digest of it can be newer).
    JsonObject latest =
        get("/api/v1/national/ledger/digests", hq()).array().stream()
            .map(d -> d.asJsonObject())
            .filter(d -> d.getString("city").equals(CITY))
            .findFirst()
            .orElseThrow();
    assertEquals(digest.getString("id"), latest.getString("id"));
    assertTrue(
        get("/api/v1/national/ledger/digests?city=" + OTHER, hq()).array().stream()
            .noneMatch(d -> d.asJsonObject().getString("id").equals(digest.getString("id"))));
  }

  /** Polls until {@code read} gives something, for at most 30 seconds (the relay's pace). */
  static <T> T await(String what, java.util.function.Supplier<T> read) throws InterruptedException {
    java.time.Instant deadline = java.time.Instant.now().plusSeconds(30);
    T value = read.get();
    while (value == null) {
      if (java.time.Instant.now().isAfter(deadline)) {
        throw new AssertionError(what + " did not happen within 30 s");
      }
      Thread.sleep(200);
      value = read.get();
    }
    return value;
  }

  @Test
  void theConsolidationLagIsAGauge() {
    Api.Reply metrics = api.send("GET", "/metrics", null, null, Map.of("Accept", "text/plain"));
    assertEquals(200, metrics.status(), metrics::toString);
    assertTrue(
        metrics.body().lines().anyMatch(l -> l.startsWith("cmc_consolidation_lag_seconds")),
        () -> metrics.body().lines().filter(l -> l.contains("consolidation")).toList().toString());
  }

  private Api.Reply get(String path, String token) {
    return api.send("GET", path, token, null, Map.of("Accept", "*/*"));
  }

  private HttpResponse<byte[]> fetch(String path) throws Exception {
    HttpRequest request =
        HttpRequest.newBuilder(URI.create(api.base() + path))
            .header("Authorization", "Bearer " + hq())
            .GET()
            .build();
    return HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofByteArray());
  }

  static Map<String, String> unzip(byte[] zip) throws Exception {
    Map<String, String> parts = new TreeMap<>();
    try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip))) {
      for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
        parts.put(entry.getName(), new String(in.readAllBytes(), StandardCharsets.UTF_8));
      }
    }
    return parts;
  }
}
