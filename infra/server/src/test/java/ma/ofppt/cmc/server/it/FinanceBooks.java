package ma.ofppt.cmc.server.it;

import static org.junit.jupiter.api.Assertions.assertEquals;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonValue;
import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

/**
 * Test data for the finance module of one city, written over HTTP as a finance officer would:
 * agreements, budget lines, suppliers, commitments, invoices, payments and evidence, each with a
 * unique reference; and the readers the tests share (pages, the ledger, zips).
 */
final class FinanceBooks {
  static final String[] FUNDERS = {"REGION", "STATE", "OFPPT", "HASSAN_II_FUND"};
  static final byte[] PDF =
      "%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n".getBytes(StandardCharsets.US_ASCII);

  private final Api api;
  final String city;
  final String officer;
  final String director;
  private final String suffix = UUID.randomUUID().toString().substring(0, 8).toUpperCase();
  private int counter;

  FinanceBooks(Api api, String city) {
    this.api = api;
    this.city = city;
    this.officer = token(api, city, "officer-" + suffix + "@" + city, "finance-officer");
    this.director = token(api, city, "director-" + suffix + "@" + city, "city-director");
  }

  static String token(Api api, String city, String subject, String... roles) {
    return api.token(
        Json.createObjectBuilder()
            .add("tenant", city)
            .add("subject", subject)
            .add("roles", Json.createArrayBuilder(List.of(roles)))
            .build());
  }

  /** A reference unique to this run: {@code prefix-SUFFIX-n}. */
  synchronized String ref(String prefix) {
    return prefix + "-" + suffix + "-" + (++counter);
  }

  /** Shares in the order REGION, STATE, OFPPT, HASSAN_II_FUND; funders left out are 0. */
  static JsonObject split(String... shares) {
    JsonObjectBuilder split = Json.createObjectBuilder();
    for (int i = 0; i < shares.length; i++) {
      split.add(FUNDERS[i], new BigDecimal(shares[i]));
    }
    return split.build();
  }

  static BigDecimal mad(String amount) {
    return new BigDecimal(amount);
  }

  static BigDecimal amount(JsonObject o, String name) {
    return o.getJsonNumber(name).bigDecimalValue();
  }

  static BigDecimal share(JsonObject view, String part, String funder) {
    return view.getJsonObject(part).getJsonNumber(funder).bigDecimalValue();
  }

  Api.Reply agreementReply(String funder, String amount, String start, String end) {
    return api.post(
        "/api/v1/finance/agreements",
        officer,
        Json.createObjectBuilder()
            .add("funder", funder)
            .add("reference", ref("CONV-" + funder))
            .add("committedAmount", mad(amount))
            .add("periodStart", start)
            .add("periodEnd", end)
            .add("signedOn", start)
            .build());
  }

  JsonObject agreement(String funder, String amount, int year) {
    Api.Reply reply = agreementReply(funder, amount, year + "-01-01", year + "-12-31");
    assertEquals(201, reply.status(), reply.toString());
    return reply.json();
  }

  /** One agreement per funder for the year, of {@code amount} each. */
  void envelopes(int year, String amount) {
    for (String funder : FUNDERS) {
      agreement(funder, amount, year);
    }
  }

  static JsonObject lineRequest(int year, String label, String amount, JsonObject split) {
    return Json.createObjectBuilder()
        .add("fiscalYear", year)
        .add("category", "EQUIPMENT")
        .add("label", Json.createObjectBuilder().add("fr", label).add("ar", "تجهيز"))
        .add("amount", mad(amount))
        .add("split", split)
        .build();
  }

  JsonObject line(int year, String amount, JsonObject split) {
    return line(year, "Équipement " + ref("L"), amount, split);
  }

  JsonObject line(int year, String label, String amount, JsonObject split) {
    Api.Reply reply =
        api.post("/api/v1/finance/budget-lines", officer, lineRequest(year, label, amount, split));
    assertEquals(201, reply.status(), reply.toString());
    return reply.json();
  }

  String supplier() {
    Api.Reply reply =
        api.post(
            "/api/v1/finance/suppliers",
            officer,
            Json.createObjectBuilder()
                .add("name", "Fournisseur " + ref("S"))
                .add("identifier", ref("ICE"))
                .build());
    assertEquals(201, reply.status(), reply.toString());
    return reply.json().getString("id");
  }

  /** An approved commitment (below the approval threshold). */
  JsonObject commitment(String lineId, String supplierId, String amount, JsonObject split) {
    Api.Reply reply =
        api.post(
            "/api/v1/finance/commitments",
            officer,
            Json.createObjectBuilder()
                .add("budgetLineId", lineId)
                .add("supplierId", supplierId)
                .add("kind", "PURCHASE_ORDER")
                .add("reference", ref("BC"))
                .add("amount", mad(amount))
                .add("split", split)
                .build());
    assertEquals(201, reply.status(), reply.toString());
    return reply.json();
  }

  Api.Reply invoiceReply(String commitmentId, String number, String amount, JsonObject split) {
    return api.post(
        "/api/v1/finance/commitments/" + commitmentId + "/invoices",
        officer,
        Json.createObjectBuilder()
            .add("number", number)
            .add("issuedOn", "2031-02-01")
            .add("amount", mad(amount))
            .add("split", split)
            .build());
  }

  JsonObject invoice(String commitmentId, String amount, JsonObject split) {
    Api.Reply reply = invoiceReply(commitmentId, ref("F"), amount, split);
    assertEquals(201, reply.status(), reply.toString());
    return reply.json();
  }

  static JsonObject paymentRequest(
      String commitmentId, String invoiceId, String reference, String amount, JsonObject split) {
    JsonObjectBuilder body =
        Json.createObjectBuilder()
            .add("commitmentId", commitmentId)
            .add("reference", reference)
            .add("paidOn", "2031-03-01")
            .add("amount", mad(amount))
            .add("split", split);
    if (invoiceId != null) {
      body.add("invoiceId", invoiceId);
    }
    return body.build();
  }

  Api.Reply paymentReply(String commitmentId, String invoiceId, String amount, JsonObject split) {
    return api.post(
        "/api/v1/finance/payments",
        officer,
        paymentRequest(commitmentId, invoiceId, ref("P"), amount, split));
  }

  JsonObject payment(String commitmentId, String invoiceId, String amount, JsonObject split) {
    Api.Reply reply = paymentReply(commitmentId, invoiceId, amount, split);
    assertEquals(201, reply.status(), reply.toString());
    return reply.json();
  }

  JsonObject reversePayment(String paymentId) {
    Api.Reply reply =
        api.post(
            "/api/v1/finance/payments/" + paymentId + "/reversal",
            officer,
            Json.createObjectBuilder().add("reference", ref("PR")).build());
    assertEquals(201, reply.status(), reply.toString());
    return reply.json();
  }

  Api.Reply attach(String path, String fileName) {
    return api.sendBytes(
        "POST",
        path + "/evidence?fileName=" + fileName,
        officer,
        PDF,
        Map.of("Content-Type", "application/pdf"));
  }

  /** The ledger's verification of this city. */
  JsonObject verification() {
    Api.Reply reply = api.get("/api/v1/ledger/verification", director);
    assertEquals(200, reply.status(), reply.toString());
    return reply.json();
  }

  /** Every entry of this city's ledger, in sequence order, page by page. */
  List<JsonObject> ledger() {
    List<JsonObject> entries = new ArrayList<>();
    for (int page = 0; ; page++) {
      JsonObject result = api.get("/api/v1/ledger/entries?size=500&page=" + page, officer).json();
      JsonArray items = result.getJsonArray("items");
      items.forEach(v -> entries.add(v.asJsonObject()));
      if (items.isEmpty() || entries.size() >= result.getJsonNumber("total").longValue()) {
        return entries;
      }
    }
  }

  /** The ledger entry about a record (the last one, if several). */
  JsonObject ledgerEntry(String subjectId) {
    List<JsonObject> about =
        ledger().stream().filter(e -> subjectId.equals(e.getString("subjectId"))).toList();
    if (about.isEmpty()) {
      throw new AssertionError("no ledger entry about " + subjectId);
    }
    return about.get(about.size() - 1);
  }

  /** The items of a page, checked to be a page of the platform's shape. */
  static JsonArray items(Api.Reply reply) {
    assertEquals(200, reply.status(), reply.toString());
    JsonObject page = reply.json();
    for (String key : List.of("items", "page", "size", "total")) {
      if (!page.containsKey(key)) {
        throw new AssertionError("not a page, no " + key + ": " + reply);
      }
    }
    return page.getJsonArray("items");
  }

  static List<String> ids(JsonArray items) {
    return items.stream().map(JsonValue::asJsonObject).map(o -> o.getString("id")).toList();
  }

  /** The entries of a zip, by name, as UTF-8 text. */
  static Map<String, String> unzip(byte[] zip) throws Exception {
    Map<String, String> entries = new HashMap<>();
    try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip))) {
      for (ZipEntry e; (e = in.getNextEntry()) != null; ) {
        entries.put(e.getName(), new String(in.readAllBytes(), StandardCharsets.UTF_8));
      }
    }
    return entries;
  }
}
