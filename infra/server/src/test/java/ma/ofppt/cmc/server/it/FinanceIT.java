package ma.ofppt.cmc.server.it;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonValue;
import java.io.StringReader;
import java.math.BigDecimal;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * Budgets and co-funded spending in Marrakech-Safi (Tamansourt), with Fès-Meknès as the other city:
 * the four funders' agreements for the published 466 M MAD (the split between funders is
 * illustrative), a budget line, commitments with maker-checker, invoices, payments, evidence,
 * reversals and the execution report; bad amounts and splits; racing commitments; cross-tenant.
 */
class FinanceIT extends PlatformIT {
  private static final String CITY = "marrakech-safi";
  private static final String OTHER = "fes-meknes";

  /** Tamansourt's 466 M MAD, split illustratively: REGION, STATE, OFPPT, HASSAN_II_FUND. */
  private static final String[] ENVELOPE = {
    "150000000.00", "130000000.00", "116000000.00", "70000000.00"
  };

  private static final String[] FUNDERS = {"REGION", "STATE", "OFPPT", "HASSAN_II_FUND"};
  private static final byte[] PDF =
      "%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n".getBytes(StandardCharsets.US_ASCII);

  private final String suffix = UUID.randomUUID().toString().substring(0, 8).toUpperCase();

  private String token(String city, String subject, String... roles) {
    return FinanceBooks.token(api, city, subject, roles);
  }

  private static int freshYear() {
    return ThreadLocalRandom.current().nextInt(2040, 2100);
  }

  private static JsonObject split(String... shares) {
    JsonObjectBuilder split = Json.createObjectBuilder();
    for (int i = 0; i < shares.length; i++) {
      split.add(FUNDERS[i], new BigDecimal(shares[i]));
    }
    return split.build();
  }

  private void agreements(String officer, int year) {
    for (int i = 0; i < FUNDERS.length; i++) {
      Api.Reply reply =
          api.post(
              "/api/v1/finance/agreements",
              officer,
              Json.createObjectBuilder()
                  .add("funder", FUNDERS[i])
                  .add("reference", "CONV-" + FUNDERS[i] + "-" + year + "-" + suffix)
                  .add("committedAmount", new BigDecimal(ENVELOPE[i]))
                  .add("periodStart", year + "-01-01")
                  .add("periodEnd", year + "-12-31")
                  .add("signedOn", year + "-01-01")
                  .build());
      assertEquals(201, reply.status(), reply.toString());
    }
  }

  private JsonObject lineRequest(int year, String amount, JsonObject split) {
    return Json.createObjectBuilder()
        .add("fiscalYear", year)
        .add("category", "CONSTRUCTION")
        .add("subCategory", "gros œuvre")
        .add("label", Json.createObjectBuilder().add("fr", "Construction").add("ar", "بناء"))
        .add("amount", new BigDecimal(amount))
        .add("split", split)
        .build();
  }

  private JsonObject line(String officer, int year, String amount, JsonObject split) {
    Api.Reply reply =
        api.post("/api/v1/finance/budget-lines", officer, lineRequest(year, amount, split));
    assertEquals(201, reply.status(), reply.toString());
    return reply.json();
  }

  private String supplier(String officer) {
    Api.Reply reply =
        api.post(
            "/api/v1/finance/suppliers",
            officer,
            Json.createObjectBuilder()
                .add("name", "BTP Atlas " + suffix)
                .add("identifier", "ICE" + suffix + ThreadLocalRandom.current().nextInt(1000))
                .build());
    assertEquals(201, reply.status(), reply.toString());
    return reply.json().getString("id");
  }

  private static JsonObject commitment(
      String lineId, String supplierId, String reference, String amount, JsonObject split) {
    return Json.createObjectBuilder()
        .add("budgetLineId", lineId)
        .add("supplierId", supplierId)
        .add("kind", "CONTRACT")
        .add("reference", reference)
        .add("amount", new BigDecimal(amount))
        .add("split", split)
        .build();
  }

  private static JsonObject payment(
      String commitmentId, String ref, String amount, JsonObject split) {
    return Json.createObjectBuilder()
        .add("commitmentId", commitmentId)
        .add("reference", ref)
        .add("paidOn", "2040-06-30")
        .add("amount", new BigDecimal(amount))
        .add("split", split)
        .build();
  }

  private Api.Reply upload(String path, String token, String type, String fileName, byte[] body) {
    return api.sendBytes(
        "POST", path + "?fileName=" + fileName, token, body, Map.of("Content-Type", type));
  }

  private byte[] download(String path, String token) {
    HttpResponse<byte[]> response = api.getBytes(path, token);
    assertEquals(200, response.statusCode());
    return response.body();
  }

  private static String sha256(byte[] bytes) throws Exception {
    return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
  }

  private JsonObject ledgerEntry(String token, String subjectId) {
    List<String> seen = new ArrayList<>();
    for (int page = 0; ; page++) {
      JsonObject result = api.get("/api/v1/ledger/entries?size=500&page=" + page, token).json();
      JsonArray items = result.getJsonArray("items");
      for (JsonValue v : items) {
        JsonObject entry = v.asJsonObject();
        if (subjectId.equals(entry.getString("subjectId"))) {
          return entry;
        }
        seen.add(entry.getString("type"));
      }
      if (items.isEmpty() || (long) (page + 1) * 500 >= result.getJsonNumber("total").longValue()) {
        throw new AssertionError(
            "no ledger entry for "
                + subjectId
                + " among "
                + seen.size()
                + ", the last: "
                + seen.subList(Math.max(0, seen.size() - 8), seen.size()));
      }
    }
  }

  private static BigDecimal share(JsonObject view, String part, String funder) {
    return view.getJsonObject(part).getJsonNumber(funder).bigDecimalValue();
  }

  @Test
  void aCityCommitsApprovesPaysAttachesReversesAndSeesItsExecution() throws Exception {
    int year = freshYear();
    String maker = "officer-" + suffix + "@" + CITY;
    String officer = token(CITY, maker, "finance-officer");
    String director = token(CITY, "director-" + suffix + "@" + CITY, "city-director");
    String makerAsDirector = token(CITY, maker, "finance-officer", "city-director");
    agreements(officer, year);
    JsonObject line =
        line(
            officer,
            year,
            "330000000.00",
            split("110000000.00", "95000000.00", "75000000.00", "50000000.00"));
    String lineId = line.getString("id");
    String supplierId = supplier(officer);

    Api.Reply made =
        api.post(
            "/api/v1/finance/commitments",
            officer,
            commitment(
                lineId,
                supplierId,
                "M-" + suffix,
                "250000.00",
                split("100000.00", "80000.00", "50000.00", "20000.00")));
    assertEquals(201, made.status(), made.toString());
    String commitmentId = made.json().getString("id");
    assertEquals("PENDING_APPROVAL", made.json().getString("status"));
    assertEquals(
        409,
        api.post(
                "/api/v1/finance/commitments/" + commitmentId + "/invoices",
                officer,
                Json.createObjectBuilder()
                    .add("number", "F-1")
                    .add("issuedOn", year + "-03-01")
                    .add("amount", new BigDecimal("1.00"))
                    .add("split", split("1.00"))
                    .build())
            .status());

    // Maker-checker: the maker, even holding the director role, cannot approve; an officer cannot.
    Api.Reply own =
        api.post(
            "/api/v1/finance/commitments/" + commitmentId + "/approval", makerAsDirector, null);
    assertEquals(409, own.status(), own.toString());
    assertEquals("approvedBy", own.problemField());
    assertEquals(
        403,
        api.post("/api/v1/finance/commitments/" + commitmentId + "/approval", officer, null)
            .status());
    Api.Reply approved =
        api.post("/api/v1/finance/commitments/" + commitmentId + "/approval", director, null);
    assertEquals(200, approved.status(), approved.toString());
    assertEquals("APPROVED", approved.json().getString("status"));
    assertEquals("director-" + suffix + "@" + CITY, approved.json().getString("approvedBy"));
    assertEquals(
        409,
        api.post("/api/v1/finance/commitments/" + commitmentId + "/approval", director, null)
            .status());

    Api.Reply invoice =
        api.post(
            "/api/v1/finance/commitments/" + commitmentId + "/invoices",
            officer,
            Json.createObjectBuilder()
                .add("number", "F-" + suffix)
                .add("issuedOn", year + "-03-01")
                .add("amount", new BigDecimal("250000.00"))
                .add("split", split("100000.00", "80000.00", "50000.00", "20000.00"))
                .build());
    assertEquals(201, invoice.status(), invoice.toString());

    Api.Reply paid =
        api.post(
            "/api/v1/finance/payments",
            officer,
            payment(
                commitmentId,
                "P-" + suffix,
                "100000.00",
                split("40000.00", "32000.00", "20000.00", "8000.00")));
    assertEquals(201, paid.status(), paid.toString());
    String paymentId = paid.json().getString("id");
    // Per funder, payments never exceed the commitment: REGION has 60000.00 left.
    Api.Reply over =
        api.post(
            "/api/v1/finance/payments",
            officer,
            payment(commitmentId, "P2-" + suffix, "60000.01", split("60000.01")));
    assertEquals(409, over.status(), over.toString());
    assertEquals("split.REGION", over.problemField());

    // Evidence: stored whole, its server-side SHA-256 is the one in the ledger.
    Api.Reply attached =
        upload(
            "/api/v1/finance/payments/" + paymentId + "/evidence",
            officer,
            "application/pdf",
            "ordre-de-virement.pdf",
            PDF);
    assertEquals(201, attached.status(), attached.toString());
    String evidenceId = attached.json().getString("id");
    assertEquals(sha256(PDF), attached.json().getString("sha256"));
    byte[] back = download("/api/v1/finance/evidence/" + evidenceId + "/content", director);
    assertArrayEquals(PDF, back);
    JsonObject entry = ledgerEntry(officer, evidenceId);
    assertEquals("evidence.attached", entry.getString("type"));
    assertEquals(sha256(back), entry.getJsonObject("facts").getString("sha256"));
    assertEquals(
        evidenceId,
        api.get("/api/v1/finance/payments/" + paymentId + "/evidence", officer)
            .json()
            .getJsonArray("items")
            .getJsonObject(0)
            .getString("id"));
    JsonObject paymentEntry = ledgerEntry(officer, paymentId);
    assertEquals("payment.made", paymentEntry.getString("type"));
    assertEquals("40000.00", paymentEntry.getJsonObject("facts").getString("split.REGION"));

    // Execution: paid ÷ budget, per funder and category.
    JsonObject region = null;
    for (JsonValue v :
        api.get("/api/v1/finance/figures/execution?fiscalYear=" + year, director).array()) {
      JsonObject row = v.asJsonObject();
      if (row.getString("category").equals("CONSTRUCTION")
          && row.getString("funder").equals("REGION")) {
        region = row;
      }
    }
    assertNotNull(region);
    assertEquals(
        0,
        new BigDecimal("110000000.00").compareTo(region.getJsonNumber("budget").bigDecimalValue()));
    assertEquals(
        0,
        new BigDecimal("100000.00").compareTo(region.getJsonNumber("committed").bigDecimalValue()));
    assertEquals(
        0, new BigDecimal("40000.00").compareTo(region.getJsonNumber("paid").bigDecimalValue()));
    assertEquals(
        0,
        new BigDecimal("0.04").compareTo(region.getJsonNumber("executionRate").bigDecimalValue()));
    Api.Reply csv =
        api.send(
            "GET",
            "/api/v1/finance/figures/execution.csv?fiscalYear=" + year,
            director,
            null,
            Map.of("Accept", "text/csv"));
    assertEquals(200, csv.status(), csv.toString());
    assertTrue(
        csv.body().contains(year + ",CONSTRUCTION,REGION,110000000.00,100000.00,40000.00,0.04"),
        csv.body());
    JsonObject statement =
        api.get("/api/v1/finance/figures/statements/HASSAN_II_FUND?fiscalYear=" + year, director)
            .json();
    assertEquals(
        0, new BigDecimal("8000.00").compareTo(statement.getJsonNumber("paid").bigDecimalValue()));

    // A payment is corrected by a reversal, never changed; a reversal is not reversed twice.
    Api.Reply reversal =
        api.post(
            "/api/v1/finance/payments/" + paymentId + "/reversal",
            officer,
            Json.createObjectBuilder().add("reference", "P-" + suffix + "-R").build());
    assertEquals(201, reversal.status(), reversal.toString());
    assertEquals(
        0,
        new BigDecimal("-100000.00")
            .compareTo(reversal.json().getJsonNumber("amount").bigDecimalValue()));
    assertEquals(paymentId, reversal.json().getString("reverses"));
    assertEquals(
        409,
        api.post(
                "/api/v1/finance/payments/" + paymentId + "/reversal",
                officer,
                Json.createObjectBuilder().add("reference", "P-" + suffix + "-R2").build())
            .status());
    assertTrue(
        api.get("/api/v1/finance/payments/" + paymentId, officer).json().getBoolean("reversed"));
    JsonObject afterReversal = api.get("/api/v1/finance/budget-lines/" + lineId, officer).json();
    assertEquals(0, share(afterReversal, "paid", "REGION").signum());

    // A small commitment is approved at once and reversed, giving its share back.
    Api.Reply small =
        api.post(
            "/api/v1/finance/commitments",
            officer,
            commitment(lineId, supplierId, "BC-" + suffix, "5000.00", split("0.00", "5000.00")));
    assertEquals("APPROVED", small.json().getString("status"), small.toString());
    Api.Reply undone =
        api.post(
            "/api/v1/finance/commitments/" + small.json().getString("id") + "/reversal",
            officer,
            Json.createObjectBuilder().add("reference", "BC-" + suffix + "-R").build());
    assertEquals(201, undone.status(), undone.toString());
    assertEquals("REVERSAL", undone.json().getString("status"));
    assertEquals(
        0,
        new BigDecimal("80000.00")
            .compareTo(
                share(
                    api.get("/api/v1/finance/budget-lines/" + lineId, officer).json(),
                    "committed",
                    "STATE")));
    assertEquals(
        "commitment.reversed",
        ledgerEntry(officer, undone.json().getString("id")).getString("type"));

    JsonObject verification = api.get("/api/v1/ledger/verification", director).json();
    assertTrue(verification.getBoolean("valid"), verification.toString());
  }

  @Test
  void badAmountsAndSplitsAreRefusedNamingTheField() {
    int year = freshYear();
    String officer = token(CITY, "officer-" + suffix, "finance-officer");
    agreements(officer, year);
    String path = "/api/v1/finance/budget-lines";
    Api.Reply threeDecimals = api.post(path, officer, lineRequest(year, "10.001", split("10.001")));
    assertEquals(422, threeDecimals.status(), threeDecimals.toString());
    assertEquals("amount", threeDecimals.problemField());
    Api.Reply negative = api.post(path, officer, lineRequest(year, "-10.00", split("-10.00")));
    assertEquals(422, negative.status());
    assertEquals("amount", negative.problemField());
    Api.Reply notSumming =
        api.post(path, officer, lineRequest(year, "10.00", split("5.00", "4.99")));
    assertEquals(422, notSumming.status());
    assertEquals("split", notSumming.problemField());
    Api.Reply unknown =
        api.post(
            path,
            officer,
            lineRequest(
                year,
                "10.00",
                Json.createObjectBuilder().add("REGION", 5).add("COMMUNE", 5).build()));
    assertEquals(422, unknown.status());
    assertEquals("split", unknown.problemField());
    Api.Reply negativeShare =
        api.post(path, officer, lineRequest(year, "10.00", split("15.00", "-5.00")));
    assertEquals(422, negativeShare.status());
    assertEquals("split.STATE", negativeShare.problemField());
    Api.Reply shareDecimals =
        api.post(path, officer, lineRequest(year, "10.00", split("9.995", "0.01")));
    assertEquals(422, shareDecimals.status());
    assertEquals("split.REGION", shareDecimals.problemField());
    // Above the funder's envelope for the year (its agreements' committed amount).
    Api.Reply envelope =
        api.post(
            path, officer, lineRequest(year, "70000000.01", split("0", "0", "0", "70000000.01")));
    assertEquals(409, envelope.status(), envelope.toString());
    assertEquals("split.HASSAN_II_FUND", envelope.problemField());

    JsonObject line = line(officer, year, "1000.00", split("1000.00"));
    String supplierId = supplier(officer);
    Api.Reply overShare =
        api.post(
            "/api/v1/finance/commitments",
            officer,
            commitment(
                line.getString("id"), supplierId, "X-" + suffix, "10.00", split("0.00", "10.00")));
    assertEquals(409, overShare.status());
    assertEquals("split.STATE", overShare.problemField());
    Api.Reply ok =
        api.post(
            "/api/v1/finance/commitments",
            officer,
            commitment(line.getString("id"), supplierId, "Y-" + suffix, "10.00", split("10.00")));
    assertEquals(201, ok.status(), ok.toString());
    String commitmentPath =
        "/api/v1/finance/commitments/" + ok.json().getString("id") + "/evidence";
    Api.Reply png = upload(commitmentPath, officer, "image/png", "x.png", PDF);
    assertEquals(415, png.status(), png.toString());
    assertEquals("content", png.problemField());
    Api.Reply exe = upload(commitmentPath, officer, "application/x-msdownload", "x.exe", PDF);
    assertEquals(415, exe.status());
    assertEquals("Content-Type", exe.problemField());
    Api.Reply noName = upload(commitmentPath, officer, "application/pdf", "", PDF);
    assertEquals(422, noName.status());
    assertEquals("fileName", noName.problemField());
    byte[] big = new byte[10 * 1024 * 1024 + 1];
    System.arraycopy(PDF, 0, big, 0, PDF.length);
    Api.Reply tooLarge = upload(commitmentPath, officer, "application/pdf", "big.pdf", big);
    assertEquals(413, tooLarge.status());
    assertEquals("content", tooLarge.problemField());
    assertEquals(0, api.get(commitmentPath, officer).json().getInt("total"));
  }

  @Test
  void racingCommitmentsNeverJointlyOverspendAFundersShare() throws Exception {
    int year = freshYear();
    String officer = token(CITY, "officer-" + suffix, "finance-officer");
    agreements(officer, year);
    String lineId = line(officer, year, "1000.00", split("1000.00")).getString("id");
    String supplierId = supplier(officer);
    int attempts = 8;
    ExecutorService pool = Executors.newFixedThreadPool(attempts);
    CountDownLatch start = new CountDownLatch(1);
    List<Callable<Api.Reply>> calls = new ArrayList<>();
    for (int i = 0; i < attempts; i++) {
      JsonObject body =
          commitment(lineId, supplierId, "RACE-" + suffix + "-" + i, "300.00", split("300.00"));
      calls.add(
          () -> {
            start.await();
            return api.post("/api/v1/finance/commitments", officer, body);
          });
    }
    List<Future<Api.Reply>> futures = new ArrayList<>();
    calls.forEach(c -> futures.add(pool.submit(c)));
    start.countDown();
    List<Integer> statuses = new ArrayList<>();
    try {
      for (Future<Api.Reply> f : futures) {
        statuses.add(f.get(2, TimeUnit.MINUTES).status());
      }
    } finally {
      pool.shutdownNow();
    }
    Collections.sort(statuses);
    assertEquals(List.of(201, 201, 201, 409, 409, 409, 409, 409), statuses);
    assertEquals(
        0,
        new BigDecimal("900.00")
            .compareTo(
                share(
                    api.get("/api/v1/finance/budget-lines/" + lineId, officer).json(),
                    "committed",
                    "REGION")));
  }

  @Test
  void anotherCitySeesAndChangesNothing() throws Exception {
    int year = freshYear();
    String officer = token(CITY, "officer-" + suffix, "finance-officer");
    String director = token(CITY, "director-" + suffix, "city-director");
    String intruder = token(OTHER, "officer-" + suffix, "finance-officer");
    String intruderDirector = token(OTHER, "director-" + suffix, "city-director");
    agreements(officer, year);
    String agreementId =
        api
            .get("/api/v1/finance/agreements?size=500", officer)
            .json()
            .getJsonArray("items")
            .stream()
            .map(JsonValue::asJsonObject)
            .filter(a -> a.getString("reference").equals("CONV-REGION-" + year + "-" + suffix))
            .findFirst()
            .orElseThrow()
            .getString("id");
    String lineId = line(officer, year, "500000.00", split("500000.00")).getString("id");
    String supplierId = supplier(officer);
    Api.Reply pending =
        api.post(
            "/api/v1/finance/commitments",
            officer,
            commitment(lineId, supplierId, "CT-" + suffix, "200000.00", split("200000.00")));
    String pendingId = pending.json().getString("id");
    String approvedId =
        api.post(
                "/api/v1/finance/commitments",
                officer,
                commitment(lineId, supplierId, "CT2-" + suffix, "1000.00", split("1000.00")))
            .json()
            .getString("id");
    String paymentId =
        api.post(
                "/api/v1/finance/payments",
                officer,
                payment(approvedId, "PT-" + suffix, "100.00", split("100.00")))
            .json()
            .getString("id");
    String evidenceId =
        upload(
                "/api/v1/finance/commitments/" + approvedId + "/evidence",
                officer,
                "application/pdf",
                "bc.pdf",
                PDF)
            .json()
            .getString("id");

    for (String path :
        List.of(
            "/api/v1/finance/agreements/" + agreementId,
            "/api/v1/finance/budget-lines/" + lineId,
            "/api/v1/finance/suppliers/" + supplierId,
            "/api/v1/finance/commitments/" + pendingId,
            "/api/v1/finance/commitments/" + approvedId + "/invoices",
            "/api/v1/finance/commitments/" + approvedId + "/evidence",
            "/api/v1/finance/payments/" + paymentId,
            "/api/v1/finance/payments?commitmentId=" + approvedId,
            "/api/v1/finance/payments/" + paymentId + "/evidence",
            "/api/v1/finance/evidence/" + evidenceId,
            "/api/v1/finance/evidence/" + evidenceId + "/content")) {
      assertEquals(404, api.get(path, intruder).status(), path);
    }
    for (String list :
        List.of(
            "/api/v1/finance/agreements?size=500",
            "/api/v1/finance/budget-lines?size=500",
            "/api/v1/finance/suppliers?size=500",
            "/api/v1/finance/commitments?size=500",
            "/api/v1/finance/payments?size=500")) {
      Api.Reply reply = api.get(list, intruder);
      assertEquals(200, reply.status(), list);
      for (String id : List.of(agreementId, lineId, supplierId, pendingId, approvedId, paymentId)) {
        assertFalse(reply.body().contains(id), list + " shows " + id);
      }
    }
    Api.Reply figures = api.get("/api/v1/finance/figures/execution?fiscalYear=" + year, intruder);
    assertEquals(200, figures.status());
    assertEquals(0, figures.array().size());
    assertTrue(
        api.get("/api/v1/finance/figures/execution?fiscalYear=" + year, director).array().size()
            > 0);
    JsonObject statement =
        api.get("/api/v1/finance/figures/statements/REGION?fiscalYear=" + year, intruder).json();
    assertEquals(0, statement.getJsonArray("rows").size());

    // Writes: nothing of this city can be reached from the other one.
    assertEquals(
        422,
        api.post(
                "/api/v1/finance/commitments",
                intruder,
                commitment(lineId, supplierId, "IN-" + suffix, "10.00", split("10.00")))
            .status());
    assertEquals(
        404,
        api.post("/api/v1/finance/commitments/" + pendingId + "/approval", intruderDirector, null)
            .status());
    assertEquals(
        404,
        api.post(
                "/api/v1/finance/commitments/" + approvedId + "/reversal",
                intruder,
                Json.createObjectBuilder().add("reference", "IN-R-" + suffix).build())
            .status());
    assertEquals(
        404,
        api.post(
                "/api/v1/finance/commitments/" + approvedId + "/invoices",
                intruder,
                Json.createObjectBuilder()
                    .add("number", "IN")
                    .add("issuedOn", "2040-01-01")
                    .add("amount", 1)
                    .add("split", split("1.00"))
                    .build())
            .status());
    assertEquals(
        422,
        api.post(
                "/api/v1/finance/payments",
                intruder,
                payment(approvedId, "IN-P-" + suffix, "1.00", split("1.00")))
            .status());
    assertEquals(
        404,
        api.post(
                "/api/v1/finance/payments/" + paymentId + "/reversal",
                intruder,
                Json.createObjectBuilder().add("reference", "IN-PR-" + suffix).build())
            .status());
    assertEquals(
        404,
        upload(
                "/api/v1/finance/commitments/" + approvedId + "/evidence",
                intruder,
                "application/pdf",
                "x.pdf",
                PDF)
            .status());
    assertEquals(
        404,
        upload(
                "/api/v1/finance/payments/" + paymentId + "/evidence",
                intruder,
                "application/pdf",
                "x.pdf",
                PDF)
            .status());

    JsonObject line = api.get("/api/v1/finance/budget-lines/" + lineId, officer).json();
    assertEquals(0, new BigDecimal("201000.00").compareTo(share(line, "committed", "REGION")));
    assertEquals(0, new BigDecimal("100.00").compareTo(share(line, "paid", "REGION")));
    assertEquals(
        "PENDING_APPROVAL",
        api.get("/api/v1/finance/commitments/" + pendingId, officer).json().getString("status"));
    assertFalse(
        api.get("/api/v1/finance/payments/" + paymentId, officer).json().getBoolean("reversed"));
    JsonArray evidence =
        api.get("/api/v1/finance/commitments/" + approvedId + "/evidence", officer)
            .json()
            .getJsonArray("items");
    assertEquals(1, evidence.size());
    assertEquals(
        0,
        api.get("/api/v1/finance/commitments/" + approvedId + "/invoices", officer)
            .json()
            .getInt("total"));
  }

  @Test
  void theExecutionReportExportsAsXlsxAndFiscalDataPackageForItsCityOnly() throws Exception {
    String officer = token(CITY, "officer-" + suffix, "finance-officer");
    String intruder = token(OTHER, "officer-" + suffix, "finance-officer");
    String header =
        "fiscal_year,category,funder,budget_mad,committed_mad,paid_mad,execution_rate_pct";
    List<String> otherBudgets =
        api.get("/api/v1/finance/figures/execution", intruder).array().stream()
            .map(v -> v.asJsonObject().getJsonNumber("budget").bigDecimalValue())
            .map(b -> b.setScale(2).toPlainString())
            .toList();
    // A budget amount of this city's demo data that the other city does not happen to have too.
    String amount =
        api.get("/api/v1/finance/figures/execution", officer).array().stream()
            .map(v -> v.asJsonObject().getJsonNumber("budget").bigDecimalValue())
            .filter(b -> b.signum() > 0)
            .map(b -> b.setScale(2).toPlainString())
            .filter(b -> !otherBudgets.contains(b))
            .findFirst()
            .orElseThrow(() -> new AssertionError("no budget of " + CITY + " to look for"));

    HttpResponse<byte[]> xlsx = api.getBytes("/api/v1/finance/figures/execution.xlsx", officer);
    assertEquals(200, xlsx.statusCode());
    assertEquals(
        "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
        xlsx.headers().firstValue("Content-Type").orElse("").split(";")[0].trim());
    assertTrue(
        xlsx.headers().firstValue("Content-Disposition").orElse("").startsWith("attachment"));
    Map<String, String> workbook = FinanceBooks.unzip(xlsx.body());
    assertTrue(workbook.containsKey("[Content_Types].xml"), workbook.keySet().toString());
    assertTrue(workbook.containsKey("xl/workbook.xml"), workbook.keySet().toString());
    String sheet = workbook.get("xl/worksheets/sheet1.xml");
    assertNotNull(sheet, workbook.keySet().toString());
    for (String column : header.split(",")) {
      assertTrue(
          sheet.contains("t=\"inlineStr\"><is><t>" + column + "</t></is>"), "header " + column);
    }
    assertTrue(sheet.contains("<v>" + amount + "</v>"), "amount " + amount);

    HttpResponse<byte[]> fdp =
        api.getBytes("/api/v1/finance/figures/fiscal-data-package.zip", officer);
    assertEquals(200, fdp.statusCode());
    Map<String, String> pkg = FinanceBooks.unzip(fdp.body());
    JsonObject descriptor;
    try (var reader = Json.createReader(new StringReader(pkg.get("datapackage.json")))) {
      descriptor = reader.readObject();
    }
    assertEquals("fiscal-data-package", descriptor.getString("profile"));
    JsonObject resource = descriptor.getJsonArray("resources").getJsonObject(0);
    assertEquals("execution", resource.getString("name"));
    assertEquals("execution.csv", resource.getString("path"));
    assertEquals(
        "MAD",
        descriptor
            .getJsonObject("model")
            .getJsonObject("measures")
            .getJsonObject("budget")
            .getString("currency"));
    Api.Reply csv =
        api.send(
            "GET",
            "/api/v1/finance/figures/execution.csv",
            officer,
            null,
            Map.of("Accept", "text/csv"));
    assertEquals(200, csv.status());
    String csvFirst = csv.body().split("\r\n", 2)[0];
    assertEquals(header, csvFirst);
    assertEquals(csvFirst, pkg.get("execution.csv").split("\r\n", 2)[0]);
    assertTrue(pkg.get("execution.csv").contains("," + amount + ","), "csv amount " + amount);

    // The other city: its own workbook, with the header and without this city's amount.
    HttpResponse<byte[]> theirs = api.getBytes("/api/v1/finance/figures/execution.xlsx", intruder);
    assertEquals(200, theirs.statusCode());
    String theirSheet = FinanceBooks.unzip(theirs.body()).get("xl/worksheets/sheet1.xml");
    assertNotNull(theirSheet);
    assertTrue(theirSheet.contains("<t>fiscal_year</t>"));
    assertFalse(theirSheet.contains("<v>" + amount + "</v>"), "shows " + amount);
    HttpResponse<byte[]> theirPackage =
        api.getBytes("/api/v1/finance/figures/fiscal-data-package.zip", intruder);
    assertEquals(200, theirPackage.statusCode());
    assertFalse(
        FinanceBooks.unzip(theirPackage.body()).get("execution.csv").contains("," + amount + ","),
        "package shows " + amount);
  }
}
