package ma.ofppt.cmc.server.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonValue;
import java.math.BigDecimal;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Predicate;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Issue 6, the regional councils: Casablanca-Settat's finance officer budgets, commits, invoices,
 * pays, attaches and reverses in 2035–2036, some of it co-funded by the region and some not; the
 * relay carries the city's ledger over the machine's RabbitMQ to the region's audit store, and the
 * region's auditor sees exactly the co-funded lines (with the region's share and the documents'
 * SHA-256) and verifies the chain against a digest the city signed; another region's auditor sees
 * none of it, city and HQ tokens are refused, and an edit made behind the application's back in the
 * region's store is named by its entry. No other IT uses Casablanca-Settat's finance or these
 * years.
 */
class RegionalAuditIT extends PlatformIT {
  private static final String CITY = "casablanca-settat";
  private static final String REGION = "casablanca-settat";
  private static final String OTHER_REGION = "tanger-tetouan-al-hoceima";
  private static final Duration RELAYED_WITHIN = Duration.ofSeconds(30);
  private static final String AUDIT = "/api/v1/audit";
  private static final byte[] PDF =
      "%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n".getBytes(StandardCharsets.US_ASCII);
  private static final byte[] OTHER_PDF =
      "%PDF-1.4\n% not co-funded\ntrailer<<>>\n%%EOF\n".getBytes(StandardCharsets.US_ASCII);

  /** What the city did, once for the whole class (the store is shared and append-only). */
  private static Scenario scenario;

  private record Scenario(
      String suffix,
      String lineA,
      String lineB,
      String c1,
      String c2,
      String c2Reversal,
      String c3,
      String c4,
      String invoice,
      String p1,
      String p3,
      String pdfSha,
      String otherSha,
      String supplierIdentifier) {}

  @BeforeEach
  void cityActs() throws Exception {
    synchronized (RegionalAuditIT.class) {
      if (scenario == null) {
        scenario = act();
        awaitRelayed();
      }
    }
  }

  private String officer() {
    return api.token(
        Json.createObjectBuilder()
            .add("tenant", CITY)
            .add("subject", "officer@" + CITY)
            .add("roles", Json.createArrayBuilder().add("finance-officer"))
            .build());
  }

  private String director() {
    return api.token(
        Json.createObjectBuilder()
            .add("tenant", CITY)
            .add("subject", "director@" + CITY)
            .add("roles", Json.createArrayBuilder().add("city-director"))
            .build());
  }

  private String auditor() {
    return api.auditorToken(REGION);
  }

  private static JsonObject split(String region, String state) {
    JsonObjectBuilder split = Json.createObjectBuilder();
    split.add("REGION", new BigDecimal(region));
    split.add("STATE", new BigDecimal(state));
    return split.build();
  }

  private String created(String path, String token, JsonObject body) {
    Api.Reply reply = api.post(path, token, body);
    assertEquals(201, reply.status(), path + ": " + reply);
    return reply.json().getString("id");
  }

  private String attach(String path, String token, String fileName, byte[] body) {
    Api.Reply reply =
        api.sendBytes(
            "POST",
            path + "?fileName=" + fileName,
            token,
            body,
            Map.of("Content-Type", "application/pdf"));
    assertEquals(201, reply.status(), reply.toString());
    return reply.json().getString("sha256");
  }

  private Scenario act() throws Exception {
    String suffix = UUID.randomUUID().toString().substring(0, 8).toUpperCase();
    String officer = officer();
    String director = director();
    for (String[] funder : new String[][] {{"REGION", "5000000.00"}, {"STATE", "5000000.00"}}) {
      created(
          "/api/v1/finance/agreements",
          officer,
          Json.createObjectBuilder()
              .add("funder", funder[0])
              .add("reference", "CONV-" + funder[0] + "-CS-" + suffix)
              .add("committedAmount", new BigDecimal(funder[1]))
              .add("periodStart", "2035-01-01")
              .add("periodEnd", "2036-12-31")
              .add("signedOn", "2034-12-15")
              .build());
    }
    String lineA =
        created(
            "/api/v1/finance/budget-lines",
            officer,
            budgetLine(
                2035,
                "EQUIPMENT",
                "Ateliers " + suffix,
                "1000000.00",
                split("600000.00", "400000.00")));
    String lineB =
        created(
            "/api/v1/finance/budget-lines",
            officer,
            budgetLine(
                2036, "OPERATING", "Entretien " + suffix, "500000.00", split("0.00", "500000.00")));
    String supplierIdentifier = "ICE-CS-" + suffix;
    String supplier =
        created(
            "/api/v1/finance/suppliers",
            officer,
            Json.createObjectBuilder()
                .add("name", "Atlas Équipement " + suffix)
                .add("identifier", supplierIdentifier)
                .build());
    String c1 =
        created(
            "/api/v1/finance/commitments",
            officer,
            commitment(
                lineA, supplier, "BC-CS1-" + suffix, "90000.00", split("54000.00", "36000.00")));
    String c2 =
        created(
            "/api/v1/finance/commitments",
            officer,
            commitment(
                lineA, supplier, "MC-CS2-" + suffix, "150000.00", split("90000.00", "60000.00")));
    Api.Reply approved =
        api.post("/api/v1/finance/commitments/" + c2 + "/approval", director, null);
    assertEquals(200, approved.status(), approved.toString());
    String c3 =
        created(
            "/api/v1/finance/commitments",
            officer,
            commitment(lineB, supplier, "BC-CS3-" + suffix, "80000.00", split("0.00", "80000.00")));
    String c4 =
        created(
            "/api/v1/finance/commitments",
            officer,
            commitment(lineA, supplier, "BC-CS4-" + suffix, "10000.00", split("0.00", "10000.00")));
    String invoice =
        created(
            "/api/v1/finance/commitments/" + c1 + "/invoices",
            officer,
            Json.createObjectBuilder()
                .add("number", "F-CS1-" + suffix)
                .add("issuedOn", "2035-02-10")
                .add("amount", new BigDecimal("90000.00"))
                .add("split", split("54000.00", "36000.00"))
                .build());
    String p1 =
        created(
            "/api/v1/finance/payments",
            officer,
            payment(
                c1,
                invoice,
                "OV-CS1-" + suffix,
                "2035-03-01",
                "45000.00",
                split("27000.00", "18000.00")));
    String p3 =
        created(
            "/api/v1/finance/payments",
            officer,
            payment(
                c3, null, "OV-CS3-" + suffix, "2036-03-01", "80000.00", split("0.00", "80000.00")));
    String pdfSha =
        attach("/api/v1/finance/payments/" + p1 + "/evidence", officer, "ov-cs1.pdf", PDF);
    attach("/api/v1/finance/commitments/" + c1 + "/evidence", officer, "bc-cs1.pdf", PDF);
    String otherSha =
        attach("/api/v1/finance/payments/" + p3 + "/evidence", officer, "ov-cs3.pdf", OTHER_PDF);
    attach("/api/v1/finance/commitments/" + c4 + "/evidence", officer, "bc-cs4.pdf", OTHER_PDF);
    String c2Reversal =
        created(
            "/api/v1/finance/commitments/" + c2 + "/reversal",
            officer,
            Json.createObjectBuilder().add("reference", "AN-CS2-" + suffix).build());
    assertEquals(sha256(PDF), pdfSha);
    return new Scenario(
        suffix,
        lineA,
        lineB,
        c1,
        c2,
        c2Reversal,
        c3,
        c4,
        invoice,
        p1,
        p3,
        pdfSha,
        otherSha,
        supplierIdentifier);
  }

  private static JsonObject budgetLine(
      int year, String category, String label, String amount, JsonObject split) {
    return Json.createObjectBuilder()
        .add("fiscalYear", year)
        .add("category", category)
        .add("subCategory", "régionale")
        .add("label", Json.createObjectBuilder().add("fr", label).add("ar", "بند"))
        .add("amount", new BigDecimal(amount))
        .add("split", split)
        .build();
  }

  private static JsonObject commitment(
      String line, String supplier, String reference, String amount, JsonObject split) {
    return Json.createObjectBuilder()
        .add("budgetLineId", line)
        .add("supplierId", supplier)
        .add("kind", "PURCHASE_ORDER")
        .add("reference", reference)
        .add("amount", new BigDecimal(amount))
        .add("split", split)
        .build();
  }

  private static JsonObject payment(
      String commitment,
      String invoice,
      String reference,
      String paidOn,
      String amount,
      JsonObject split) {
    JsonObjectBuilder payment =
        Json.createObjectBuilder()
            .add("commitmentId", commitment)
            .add("reference", reference)
            .add("paidOn", paidOn)
            .add("amount", new BigDecimal(amount))
            .add("split", split);
    if (invoice != null) {
      payment.add("invoiceId", invoice);
    }
    return payment.build();
  }

  private static String sha256(byte[] bytes) throws Exception {
    return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
  }

  private long cityEntries() {
    Api.Reply reply = api.get("/api/v1/ledger/entries?size=1", director());
    assertEquals(200, reply.status(), reply.toString());
    return reply.json().getJsonNumber("total").longValue();
  }

  private JsonObject verification(String query) {
    Api.Reply reply = api.get(AUDIT + "/verification" + query, auditor());
    assertEquals(200, reply.status(), reply.toString());
    return reply.json();
  }

  private static JsonObject await(
      String what, Predicate<JsonObject> done, Supplier<JsonObject> read)
      throws InterruptedException {
    Instant deadline = Instant.now().plus(RELAYED_WITHIN);
    JsonObject last = read.get();
    while (!done.test(last)) {
      if (Instant.now().isAfter(deadline)) {
        throw new AssertionError(what + " did not happen within " + RELAYED_WITHIN + ": " + last);
      }
      Thread.sleep(200);
      last = read.get();
    }
    return last;
  }

  /** Until the region received every entry of the city's chain. */
  private void awaitRelayed() throws InterruptedException {
    long entries = cityEntries();
    await(
        "the region receiving the city's " + entries + " entries",
        v -> v.getJsonNumber("entries").longValue() == entries,
        () -> verification(""));
  }

  private List<JsonObject> lines(String token, String query) {
    List<JsonObject> all = new ArrayList<>();
    for (int page = 0; ; page++) {
      Api.Reply reply = api.get(AUDIT + "/spending-lines?size=200&page=" + page + query, token);
      assertEquals(200, reply.status(), reply.toString());
      JsonArray items = reply.json().getJsonArray("items");
      items.forEach(v -> all.add(v.asJsonObject()));
      if (items.isEmpty()
          || (long) (page + 1) * 200 >= reply.json().getJsonNumber("total").longValue()) {
        return all;
      }
    }
  }

  private static Map<String, JsonObject> byId(List<JsonObject> lines) {
    Map<String, JsonObject> map = new HashMap<>();
    lines.forEach(l -> map.put(l.getString("id"), l));
    return map;
  }

  private static BigDecimal decimal(JsonObject o, String name) {
    return o.getJsonNumber(name).bigDecimalValue();
  }

  private static void assertAmount(String expected, BigDecimal actual) {
    assertEquals(0, new BigDecimal(expected).compareTo(actual), expected + " vs " + actual);
  }

  @Test
  void theAuditorSeesExactlyTheCoFundedLinesWithTheRegionsShareAndTheDocuments() {
    Scenario s = scenario;
    Map<String, JsonObject> all = byId(lines(auditor(), ""));
    Set<String> mine = Set.of(s.lineA(), s.c1(), s.c2(), s.c2Reversal(), s.invoice(), s.p1());
    assertTrue(all.keySet().containsAll(mine), "co-funded lines missing: " + all.keySet());
    for (String notCoFunded : List.of(s.lineB(), s.c3(), s.c4(), s.p3())) {
      assertFalse(all.containsKey(notCoFunded), notCoFunded + " is not the region's");
    }
    // Besides them, the region's agreement; nothing else of the city exists in this store.
    List<JsonObject> agreements =
        all.values().stream().filter(l -> l.getString("kind").equals("AGREEMENT")).toList();
    assertEquals(
        List.of("CONV-REGION-CS-" + s.suffix()),
        agreements.stream().map(l -> l.getString("reference")).toList());
    assertEquals(mine.size() + 1, all.size(), all.keySet().toString());

    JsonObject c1 = all.get(s.c1());
    assertEquals("COMMITMENT", c1.getString("kind"));
    assertEquals(CITY, c1.getString("city"));
    assertEquals(2035, c1.getInt("fiscalYear"));
    assertEquals("EQUIPMENT", c1.getString("category"));
    assertEquals("BC-CS1-" + s.suffix(), c1.getString("reference"));
    assertEquals(s.supplierIdentifier(), c1.getString("supplierIdentifier"));
    assertEquals("APPROVED", c1.getString("status"));
    assertAmount("90000.00", decimal(c1, "amount"));
    assertAmount("54000.00", decimal(c1, "regionShare"));
    assertAmount(
        "36000.00", c1.getJsonObject("otherShares").getJsonNumber("STATE").bigDecimalValue());
    assertAmount("0.00", c1.getJsonObject("otherShares").getJsonNumber("OFPPT").bigDecimalValue());

    JsonObject p1 = all.get(s.p1());
    assertEquals("PAYMENT", p1.getString("kind"));
    assertEquals(2035, p1.getInt("fiscalYear"), "through its commitment's budget line");
    assertEquals("EQUIPMENT", p1.getString("category"));
    assertEquals(s.supplierIdentifier(), p1.getString("supplierIdentifier"));
    assertEquals("2035-03-01", p1.getString("date"));
    assertAmount("27000.00", decimal(p1, "regionShare"));
    assertEquals(s.c1(), p1.getString("commitmentId"));

    JsonObject budget = all.get(s.lineA());
    assertEquals("BUDGET_LINE", budget.getString("kind"));
    assertEquals("Ateliers " + s.suffix(), budget.getString("label"));
    assertAmount("600000.00", decimal(budget, "regionShare"));

    assertEquals("REVERSED", all.get(s.c2()).getString("status"), "approved, then reversed");
    JsonObject reversal = all.get(s.c2Reversal());
    assertEquals("COMMITMENT_REVERSAL", reversal.getString("kind"));
    assertEquals(s.c2(), reversal.getString("reverses"));
    assertAmount("-90000.00", decimal(reversal, "regionShare"));
    assertEquals(2035, reversal.getInt("fiscalYear"));
    assertEquals("F-CS1-" + s.suffix(), all.get(s.invoice()).getString("reference"));

    // The line's place in the chain is the city's own.
    Api.Reply cityLedger = api.get("/api/v1/ledger/entries?size=500", director());
    JsonObject entry =
        cityLedger.json().getJsonArray("items").stream()
            .map(JsonValue::asJsonObject)
            .filter(e -> e.getString("subjectId").equals(s.p1()))
            .findFirst()
            .orElseThrow();
    assertEquals(
        entry.getJsonNumber("sequence").longValue(),
        p1.getJsonNumber("ledgerSequence").longValue());
    assertEquals(entry.getString("hash"), p1.getString("ledgerHash"));

    // One line alone carries its documents, with the SHA-256 the ledger recorded.
    Api.Reply one = api.get(AUDIT + "/spending-lines/" + s.p1(), auditor());
    assertEquals(200, one.status(), one.toString());
    JsonArray documents = one.json().getJsonArray("documents");
    assertEquals(1, documents.size(), documents.toString());
    JsonObject document = documents.getJsonObject(0);
    assertEquals("ov-cs1.pdf", document.getString("fileName"));
    assertEquals("application/pdf", document.getString("contentType"));
    assertEquals(PDF.length, document.getJsonNumber("sizeBytes").longValue());
    assertEquals(s.pdfSha(), document.getString("sha256"));
    assertTrue(
        document.getJsonNumber("ledgerSequence").longValue()
            > p1.getJsonNumber("ledgerSequence").longValue());
    assertEquals(
        1,
        api.get(AUDIT + "/spending-lines/" + s.c1(), auditor())
            .json()
            .getJsonArray("documents")
            .size());

    // The documents of records the region does not fund never reach its store.
    Api.Reply list = api.get(AUDIT + "/documents?size=500", auditor());
    assertEquals(200, list.status(), list.toString());
    List<String> shas =
        list.json().getJsonArray("items").stream()
            .map(v -> v.asJsonObject().getString("sha256"))
            .toList();
    assertEquals(List.of(s.pdfSha(), s.pdfSha()), shas);
    assertFalse(shas.contains(s.otherSha()));
  }

  @Test
  void filtersPickByFiscalYearAndKind() {
    Scenario s = scenario;
    Set<String> y2035 =
        lines(auditor(), "&fiscalYear=2035").stream()
            .map(l -> l.getString("id"))
            .collect(Collectors.toSet());
    assertEquals(Set.of(s.lineA(), s.c1(), s.c2(), s.c2Reversal(), s.invoice(), s.p1()), y2035);
    assertEquals(List.of(), lines(auditor(), "&fiscalYear=2036"), "2036 is not co-funded");
    assertEquals(
        List.of(s.p1()),
        lines(auditor(), "&kind=PAYMENT").stream().map(l -> l.getString("id")).toList());
    Api.Reply page = api.get(AUDIT + "/spending-lines?size=2&page=1", auditor());
    assertEquals(200, page.status(), page.toString());
    assertEquals(2, page.json().getJsonArray("items").size());
    assertEquals(7, page.json().getJsonNumber("total").longValue());
  }

  @Test
  void theRegionHoldsThePlaceButNotTheFactsOfWhatItDoesNotFund() throws SQLException {
    Scenario s = scenario;
    try (Connection db = testPlatform().asSuperuser();
        PreparedStatement query =
            db.prepareStatement(
                "select subject_id::text, facts, actor from region_audit.chain_entry"
                    + " where region_code = ? and city_code = ?")) {
      query.setString(1, REGION);
      query.setString(2, CITY);
      Map<String, String> facts = new HashMap<>();
      int rows = 0;
      try (ResultSet r = query.executeQuery()) {
        while (r.next()) {
          rows++;
          assertEquals(r.getString(2) == null, r.getString(3) == null);
          facts.put(r.getString(1), r.getString(2));
        }
      }
      assertEquals(cityEntries(), rows, "every entry's place");
      for (String notFunded : List.of(s.lineB(), s.c3(), s.c4(), s.p3())) {
        assertTrue(facts.containsKey(notFunded), notFunded + " has its place");
        assertNull(facts.get(notFunded), notFunded + " has no facts in the region's store");
      }
      assertTrue(facts.get(s.p1()).contains("split.REGION=27000.00\n"), facts.get(s.p1()));
    }
  }

  @Test
  void theChainVerifiesAgainstTheDigestTheCitySigned() throws Exception {
    Api.Reply signed =
        api.post("/api/v1/ledger/digests", director(), Json.createObjectBuilder().build());
    assertEquals(201, signed.status(), signed.toString());
    String digestId = signed.json().getString("id");
    JsonObject digests =
        await(
            "the digest reaching the region",
            d ->
                d.getJsonArray("items").stream()
                    .anyMatch(v -> v.asJsonObject().getString("id").equals(digestId)),
            () -> api.get(AUDIT + "/digests", auditor()).json());
    JsonObject received =
        digests.getJsonArray("items").stream()
            .map(JsonValue::asJsonObject)
            .filter(d -> d.getString("id").equals(digestId))
            .findFirst()
            .orElseThrow();
    assertEquals(signed.json().getString("signature"), received.getString("signature"));
    assertEquals(signed.json().getString("headHash"), received.getString("headHash"));
    assertTrue(received.getString("publicKey").startsWith("-----BEGIN PUBLIC KEY-----"));
    assertEquals(
        api.get("/api/v1/ledger/public-key", auditor()).json().getString("keyId"),
        received.getString("keyId"));

    JsonObject v = verification("?digest=" + digestId);
    assertTrue(v.getBoolean("valid"), v.toString());
    assertEquals(CITY, v.getString("city"));
    assertEquals(digestId, v.getJsonObject("digest").getString("id"));
    assertEquals(
        signed.json().getJsonNumber("entryCount").longValue(),
        v.getJsonObject("digest").getJsonNumber("entryCount").longValue());
    assertTrue(v.getJsonNumber("heldEntries").longValue() > 0);
    assertTrue(
        v.getJsonNumber("heldEntries").longValue() < v.getJsonNumber("entries").longValue(),
        "the region holds the facts of part of the chain only: " + v);
    assertEquals(7, v.getJsonNumber("linesChecked").longValue());
    assertEquals(2, v.getJsonNumber("documentsChecked").longValue());
    assertFalse(v.containsKey("firstBroken"), "nothing is broken: " + v);
    assertTrue(verification("").getBoolean("valid"), "against the latest digest too");
  }

  @Test
  void anEditBehindTheApplicationsBackIsNamedByItsEntry() throws Exception {
    Scenario s = scenario;
    long sequence =
        api.get(AUDIT + "/spending-lines/" + s.p1(), auditor())
            .json()
            .getJsonNumber("ledgerSequence")
            .longValue();
    assertTrue(verification("").getBoolean("valid"));
    String where =
        " where region_code = '"
            + REGION
            + "' and city_code = '"
            + CITY
            + "' and sequence = "
            + sequence;
    tamper(
        "update region_audit.chain_entry set facts = replace(facts, 'split.REGION=27000.00',"
            + " 'split.REGION=2700.00')"
            + where);
    try {
      JsonObject v = verification("");
      assertFalse(v.getBoolean("valid"), v.toString());
      assertEquals(sequence, v.getJsonObject("firstBroken").getJsonNumber("sequence").longValue());
      assertEquals("edited", v.getJsonObject("firstBroken").getString("reason"));
    } finally {
      tamper(
          "update region_audit.chain_entry set facts = replace(facts, 'split.REGION=2700.00',"
              + " 'split.REGION=27000.00')"
              + where);
    }
    assertTrue(verification("").getBoolean("valid"));

    // A line changed in the view (not its entry) is named by the entry it no longer agrees with.
    String line =
        " where region_code = '"
            + REGION
            + "' and city_code = '"
            + CITY
            + "' and id = '"
            + s.c1()
            + "'";
    tamper("update region_audit.spending_line set region_share = 1.00" + line);
    try {
      JsonObject v = verification("");
      assertFalse(v.getBoolean("valid"), v.toString());
      JsonObject broken = v.getJsonObject("firstBroken");
      assertEquals("edited", broken.getString("reason"));
      assertTrue(broken.getString("detail").contains("regionShare"), broken.toString());
      assertEquals(
          api.get(AUDIT + "/spending-lines/" + s.c1(), auditor())
              .json()
              .getJsonNumber("ledgerSequence")
              .longValue(),
          broken.getJsonNumber("sequence").longValue());
    } finally {
      tamper("update region_audit.spending_line set region_share = 54000.00" + line);
    }
    assertTrue(verification("").getBoolean("valid"));
  }

  @Test
  void theStoreRefusesChangesAndIsolatesRegionsInTheDatabase() throws SQLException {
    try (Connection db = testPlatform().asSuperuser();
        Statement s = db.createStatement();
        ResultSet policies =
            s.executeQuery(
                """
                select c.relname, c.relrowsecurity, c.relforcerowsecurity, p.qual, p.with_check
                from pg_class c join pg_namespace n on n.oid = c.relnamespace
                left join pg_policies p on p.schemaname = n.nspname and p.tablename = c.relname
                where n.nspname = 'region_audit' and c.relkind = 'r' order by c.relname
                """)) {
      int tables = 0;
      while (policies.next()) {
        tables++;
        String table = policies.getString(1);
        assertTrue(policies.getBoolean(2) && policies.getBoolean(3), table + " forces RLS");
        String expected =
            "(current_setting('app.store'::text, true) = ('region:'::text || region_code))";
        assertEquals(expected, policies.getString(4), table);
        assertEquals(expected, policies.getString(5), table);
      }
      assertEquals(4, tables);
    }
    try (Connection app = testPlatform().asApplication()) {
      app.setAutoCommit(false);
      try (Statement s = app.createStatement()) {
        assertEquals(0, count(s, "select count(*) from region_audit.spending_line"), "unbound");
        s.execute("select set_config('app.store', 'region:" + OTHER_REGION + "', true)");
        assertEquals(
            0,
            count(
                s,
                "select count(*) from region_audit.spending_line where city_code = '"
                    + CITY
                    + "'"));
        s.execute("select set_config('app.store', 'region:" + REGION + "', true)");
        assertTrue(count(s, "select count(*) from region_audit.spending_line") >= 7);
        SQLException refused =
            org.junit.jupiter.api.Assertions.assertThrows(
                SQLException.class,
                () -> s.executeUpdate("update region_audit.chain_entry set actor = 'x'"));
        assertEquals("42501", refused.getSQLState(), refused.getMessage());
      }
      app.rollback();
    }
  }

  /** A GET of the audit API accepting what the path gives (CSV for the exports) or a problem. */
  private Api.Reply audit(String path, String token) {
    String accept = path.contains(".csv") ? "text/csv" : "application/json";
    return api.send(
        "GET", AUDIT + path, token, null, Map.of("Accept", accept + ", application/problem+json"));
  }

  /** As the database superuser, with the store's append-only triggers off for the statement. */
  private static void tamper(String statement) throws SQLException {
    try (Connection db = testPlatform().asSuperuser()) {
      db.setAutoCommit(false);
      try (Statement s = db.createStatement()) {
        s.execute("alter table region_audit.chain_entry disable trigger chain_entry_append_only");
        assertEquals(1, s.executeUpdate(statement), statement);
        s.execute("alter table region_audit.chain_entry enable trigger chain_entry_append_only");
      }
      db.commit();
    }
  }

  private static long count(Statement s, String sql) throws SQLException {
    try (ResultSet r = s.executeQuery(sql)) {
      r.next();
      return r.getLong(1);
    }
  }

  @Test
  void anotherRegionsAuditorSeesNoneOfItAndCityAndHqTokensAreRefused() {
    Scenario s = scenario;
    String other = api.auditorToken(OTHER_REGION);
    Set<String> theirs =
        lines(other, "").stream().map(l -> l.getString("id")).collect(Collectors.toSet());
    for (String id : List.of(s.lineA(), s.c1(), s.c2(), s.c2Reversal(), s.invoice(), s.p1())) {
      assertFalse(theirs.contains(id), id);
      Api.Reply line = api.get(AUDIT + "/spending-lines/" + id, other);
      assertEquals(404, line.status(), line.toString());
      assertTrue(line.isProblem());
    }
    assertTrue(
        lines(other, "&fiscalYear=2035").stream().noneMatch(l -> CITY.equals(l.getString("city"))));
    JsonArray documents =
        api.get(AUDIT + "/documents?size=500", other).json().getJsonArray("items");
    assertTrue(
        documents.stream().noneMatch(d -> CITY.equals(d.asJsonObject().getString("city"))),
        documents.toString());
    Api.Reply digests = api.get(AUDIT + "/digests", other);
    assertEquals(200, digests.status(), digests.toString());
    assertTrue(
        digests.json().getJsonArray("items").stream()
            .noneMatch(d -> CITY.equals(d.asJsonObject().getString("city"))));
    Api.Reply notTheirCity = api.get(AUDIT + "/verification?city=" + CITY, other);
    assertEquals(400, notTheirCity.status(), notTheirCity.toString());
    assertEquals("city", notTheirCity.problemField());
    Api.Reply csv =
        api.send(
            "GET", AUDIT + "/export/spending-lines.csv", other, null, Map.of("Accept", "text/csv"));
    assertEquals(200, csv.status(), csv.toString());
    assertFalse(csv.body().contains(s.suffix()), "no line of another region in the export");

    for (String refused :
        List.of(
            officer(),
            director(),
            api.cityToken(CITY, "finance-officer"),
            api.hqToken(),
            api.platformAdminToken())) {
      for (String path :
          List.of(
              "/spending-lines",
              "/spending-lines/" + s.p1(),
              "/documents",
              "/digests",
              "/verification",
              "/export/spending-lines.csv",
              "/export/documents.csv")) {
        Api.Reply reply = audit(path, refused);
        assertEquals(403, reply.status(), path + " " + reply);
      }
    }
    assertEquals(401, api.get(AUDIT + "/spending-lines", null).status());
  }

  @Test
  void badParametersAreProblemsNamingTheField() {
    String auditor = auditor();
    Map<String, String> bad = new java.util.LinkedHashMap<>();
    bad.put("/spending-lines?fiscalYear=abc", "fiscalYear");
    bad.put("/spending-lines?fiscalYear=99999", "fiscalYear");
    bad.put("/spending-lines?kind=GIFT", "kind");
    bad.put("/spending-lines?page=-1", "page");
    bad.put("/spending-lines?page=x", "page");
    bad.put("/spending-lines?size=0", "size");
    bad.put("/spending-lines?size=501", "size");
    bad.put("/spending-lines/not-a-uuid", "id");
    bad.put("/documents?size=abc", "size");
    bad.put("/digests?city=fes-meknes", "city");
    bad.put("/verification?digest=not-a-uuid", "digest");
    bad.put("/verification?city=atlantis", "city");
    bad.put("/export/spending-lines.csv?kind=GIFT", "kind");
    bad.forEach(
        (path, field) -> {
          Api.Reply reply = audit(path, auditor);
          assertEquals(400, reply.status(), path + " " + reply);
          assertTrue(reply.isProblem(), path + " " + reply);
          assertEquals(field, reply.problemField(), path + " " + reply);
        });
    Api.Reply unknown = api.get(AUDIT + "/verification?digest=" + UUID.randomUUID(), auditor);
    assertEquals(404, unknown.status(), unknown.toString());
    assertTrue(unknown.isProblem());
    Api.Reply noLine = api.get(AUDIT + "/spending-lines/" + UUID.randomUUID(), auditor);
    assertEquals(404, noLine.status(), noLine.toString());
  }

  @Test
  void theEvidencePackExportsTheLinesAndTheDocuments() throws Exception {
    Scenario s = scenario;
    HttpResponse<byte[]> xlsx =
        HttpClient.newHttpClient()
            .send(
                HttpRequest.newBuilder(
                        URI.create(
                            api.base() + AUDIT + "/export/spending-lines.xlsx?fiscalYear=2035"))
                    .header("Authorization", "Bearer " + auditor())
                    .GET()
                    .build(),
                HttpResponse.BodyHandlers.ofByteArray());
    assertEquals(200, xlsx.statusCode());
    assertEquals(
        "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
        xlsx.headers().firstValue("Content-Type").orElse(""));
    String sheet = NationalFiguresIT.unzip(xlsx.body()).get("xl/worksheets/sheet1.xml");
    assertNotNull(sheet, "the workbook has its sheet");
    assertTrue(sheet.contains("<t>region_share</t>"), sheet);
    assertTrue(sheet.contains(s.p1().toString()), "the co-funded line is in the workbook");
    Api.Reply csv =
        api.send(
            "GET",
            AUDIT + "/export/spending-lines.csv?fiscalYear=2035",
            auditor(),
            null,
            Map.of("Accept", "text/csv"));
    assertEquals(200, csv.status(), csv.toString());
    assertTrue(csv.contentType().startsWith("text/csv"), csv.contentType());
    List<String> rows = List.of(csv.body().split("\r\n"));
    List<String> header = List.of(rows.get(0).split(","));
    assertEquals(
        List.of(
            "city",
            "fiscal_year",
            "category",
            "sub_category",
            "label",
            "kind",
            "id",
            "reference",
            "supplier_identifier",
            "amount",
            "currency",
            "region_share",
            "share_HASSAN_II_FUND",
            "share_OFPPT",
            "share_STATE",
            "status",
            "date",
            "ledger_sequence",
            "ledger_hash",
            "documents",
            "document_sha256"),
        header);
    assertEquals(1 + 6, rows.size(), csv.body());
    Map<String, List<String>> byId = new HashMap<>();
    for (String row : rows.subList(1, rows.size())) {
      List<String> fields = List.of(row.split(",", -1));
      assertEquals(header.size(), fields.size(), row);
      byId.put(fields.get(header.indexOf("id")), fields);
    }
    List<String> p1 = byId.get(s.p1());
    assertNotNull(p1, csv.body());
    assertEquals("PAYMENT", p1.get(header.indexOf("kind")));
    assertEquals("27000.00", p1.get(header.indexOf("region_share")));
    assertEquals("18000.00", p1.get(header.indexOf("share_STATE")));
    assertEquals("2035", p1.get(header.indexOf("fiscal_year")));
    assertEquals("1", p1.get(header.indexOf("documents")));
    assertEquals(s.pdfSha(), p1.get(header.indexOf("document_sha256")));
    assertEquals("-90000.00", byId.get(s.c2Reversal()).get(header.indexOf("region_share")));
    assertFalse(csv.body().contains("BC-CS3-"), "not co-funded");
    assertFalse(csv.body().contains("BC-CS4-"), "not co-funded");

    Api.Reply documents =
        api.send(
            "GET", AUDIT + "/export/documents.csv", auditor(), null, Map.of("Accept", "text/csv"));
    assertEquals(200, documents.status(), documents.toString());
    List<String> docRows = List.of(documents.body().split("\r\n"));
    assertEquals(
        "city,line_id,line_kind,line_reference,document_id,subject_type,file_name,content_type,"
            + "size_bytes,sha256,ledger_sequence,ledger_hash,attached_at",
        docRows.get(0));
    assertEquals(3, docRows.size(), documents.body());
    assertTrue(documents.body().contains(s.p1() + ",PAYMENT,OV-CS1-" + s.suffix()));
    assertTrue(
        documents.body().contains("ov-cs1.pdf,application/pdf," + PDF.length + "," + s.pdfSha()));
    assertFalse(documents.body().contains(s.otherSha()));

    Api.Reply json = api.get(AUDIT + "/export/documents.json", auditor());
    assertEquals(200, json.status(), json.toString());
    JsonArray list = json.array();
    assertEquals(2, list.size());
    assertTrue(
        list.stream().allMatch(d -> d.asJsonObject().getString("sha256").equals(s.pdfSha())));
  }
}
