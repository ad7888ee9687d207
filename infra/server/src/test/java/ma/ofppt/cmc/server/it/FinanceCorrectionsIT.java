package ma.ofppt.cmc.server.it;

import static ma.ofppt.cmc.server.it.FinanceBooks.amount;
import static ma.ofppt.cmc.server.it.FinanceBooks.mad;
import static ma.ofppt.cmc.server.it.FinanceBooks.share;
import static ma.ofppt.cmc.server.it.FinanceBooks.split;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.math.BigDecimal;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * Corrections, pages, a funder's statement and the running-total cross-check, in Béni
 * Mellal-Khénifra (no other test keeps books there), one fiscal year per test from 2031, with
 * Oriental as the other city: invoices reversed by credit notes, funding agreements cancelled and
 * amended by new entries, every finance list paged, statements as JSON, CSV and XLSX with running
 * totals, and running totals tampered with as the database owner.
 */
class FinanceCorrectionsIT extends PlatformIT {
  private static final String CITY = "beni-mellal-khenifra";
  private static final String OTHER = "oriental";
  private static final int AGREEMENT_YEAR = 2036;

  private FinanceBooks books() {
    return new FinanceBooks(api, CITY);
  }

  private FinanceBooks intruder() {
    return new FinanceBooks(api, OTHER);
  }

  private static JsonObject body(String... pairs) {
    var body = Json.createObjectBuilder();
    for (int i = 0; i < pairs.length; i += 2) {
      body.add(pairs[i], pairs[i + 1]);
    }
    return body.build();
  }

  private static void assertProblem(Api.Reply reply, int status, String field) {
    assertEquals(status, reply.status(), reply.toString());
    assertTrue(reply.isProblem(), reply.toString());
    assertEquals(field, reply.problemField(), reply.toString());
  }

  private static void assertMad(String expected, BigDecimal actual) {
    assertEquals(0, mad(expected).compareTo(actual), expected + " vs " + actual);
  }

  @Test
  void anInvoiceIsReversedByACreditNoteOnlyWhenNoPaymentStillSettlesIt() {
    int year = 2031;
    FinanceBooks b = books();
    b.envelopes(year, "1000000.00");
    String lineId = b.line(year, "100000.00", split("40000.00", "60000.00")).getString("id");
    String supplierId = b.supplier();
    JsonObject commitment =
        b.commitment(lineId, supplierId, "10000.00", split("4000.00", "6000.00"));
    String commitmentId = commitment.getString("id");
    String invoices = "/api/v1/finance/commitments/" + commitmentId + "/invoices";
    JsonObject invoice = b.invoice(commitmentId, "5000.00", split("2000.00", "3000.00"));
    String invoiceId = invoice.getString("id");
    assertEquals(200, api.get(invoices + "/" + invoiceId, b.director).status());

    // Payments settling an invoice never exceed it, per funder (the commitment would allow it).
    JsonObject paid = b.payment(commitmentId, invoiceId, "3000.00", split("1000.00", "2000.00"));
    Api.Reply overInvoice = b.paymentReply(commitmentId, invoiceId, "1000.01", split("1000.01"));
    assertProblem(overInvoice, 409, "split.REGION");
    assertTrue(overInvoice.body().contains(invoice.getString("number")), overInvoice.toString());
    JsonObject advance = b.payment(commitmentId, null, "1000.01", split("1000.01"));

    // While a payment settles it, the invoice cannot be reversed; nor can its commitment.
    String reversal = invoices + "/" + invoiceId + "/reversal";
    String creditNote = b.ref("AV");
    Api.Reply refused =
        api.post(reversal, b.officer, body("number", creditNote, "reason", "facture en double"));
    assertProblem(refused, 409, "split.REGION");
    assertTrue(refused.body().contains(paid.getString("reference")), refused.toString());
    assertProblem(
        api.post(
            "/api/v1/finance/commitments/" + commitmentId + "/reversal",
            b.officer,
            body("reference", b.ref("BC-R"))),
        409,
        "status");

    // Bad input names the field; another commitment's invoice and another city's are not found.
    assertProblem(api.post(reversal, b.officer, body("number", creditNote)), 400, "reason");
    assertProblem(api.post(reversal, b.officer, body("reason", "x")), 400, "number");
    assertProblem(
        api.post(reversal, b.officer, body("number", creditNote, "reason", "x", "on", "31/12")),
        400,
        "on");
    assertProblem(
        api.post(reversal, b.officer, body("number", creditNote, "reason", "x".repeat(501))),
        422,
        "reason");
    assertProblem(
        api.post(
            reversal,
            b.officer,
            body("number", invoice.getString("number"), "reason", "même numéro")),
        409,
        "number");
    String otherCommitment =
        b.commitment(lineId, supplierId, "10.00", split("10.00")).getString("id");
    assertEquals(
        404,
        api.post(
                "/api/v1/finance/commitments/"
                    + otherCommitment
                    + "/invoices/"
                    + invoiceId
                    + "/reversal",
                b.officer,
                body("number", creditNote, "reason", "x"))
            .status());
    assertEquals(
        404,
        api.post(
                invoices + "/" + UUID.randomUUID() + "/reversal",
                b.officer,
                body("number", "n", "reason", "x"))
            .status());
    FinanceBooks other = intruder();
    assertEquals(
        404, api.post(reversal, other.officer, body("number", creditNote, "reason", "x")).status());
    assertEquals(404, api.get(invoices + "/" + invoiceId, other.director).status());
    assertEquals(
        403, api.post(reversal, b.director, body("number", creditNote, "reason", "x")).status());

    // The payment settling it reversed (not the advance), the invoice is reversed by a credit
    // note: a new entry.
    b.reversePayment(paid.getString("id"));
    Api.Reply reversed =
        api.post(
            reversal,
            b.officer,
            body("number", creditNote, "reason", "facture en double", "on", "2031-04-30"));
    assertEquals(201, reversed.status(), reversed.toString());
    JsonObject note = reversed.json();
    assertMad("-5000.00", amount(note, "amount"));
    assertMad("-2000.00", share(note, "split", "REGION"));
    assertEquals(invoiceId, note.getString("reverses"));
    assertEquals("facture en double", note.getString("reason"));
    assertEquals("2031-04-30", note.getString("issuedOn"));
    assertTrue(api.get(invoices + "/" + invoiceId, b.officer).json().getBoolean("reversed"));
    JsonObject after = api.get("/api/v1/finance/commitments/" + commitmentId, b.officer).json();
    assertMad("0.00", share(after, "invoiced", "REGION"));
    assertMad("0.00", share(after, "invoiced", "STATE"));
    JsonArray listed = FinanceBooks.items(api.get(invoices, b.officer));
    assertEquals(2, listed.size());
    JsonObject entry = b.ledgerEntry(note.getString("id"));
    assertEquals("invoice.reversed", entry.getString("type"));
    assertEquals("facture en double", entry.getJsonObject("facts").getString("reason"));
    assertEquals("-3000.00", entry.getJsonObject("facts").getString("split.STATE"));
    assertEquals(invoiceId, entry.getJsonObject("facts").getString("reverses"));

    // Not twice, not the credit note itself, and a reversed invoice is settled no more.
    assertProblem(
        api.post(reversal, b.officer, body("number", b.ref("AV"), "reason", "encore")),
        409,
        "reversed");
    assertProblem(
        api.post(
            invoices + "/" + note.getString("id") + "/reversal",
            b.officer,
            body("number", b.ref("AV"), "reason", "x")),
        409,
        "reversesId");
    assertProblem(b.paymentReply(commitmentId, invoiceId, "1.00", split("1.00")), 409, "invoiceId");
    assertProblem(
        b.paymentReply(commitmentId, note.getString("id"), "1.00", split("1.00")),
        409,
        "invoiceId");

    // With nothing invoiced or paid left, the commitment itself can be reversed.
    b.reversePayment(advance.getString("id"));
    Api.Reply undone =
        api.post(
            "/api/v1/finance/commitments/" + commitmentId + "/reversal",
            b.officer,
            body("reference", b.ref("BC-R")));
    assertEquals(201, undone.status(), undone.toString());
    assertTrue(b.verification().getBoolean("valid"));
  }

  @Test
  void aFundingAgreementIsCancelledOrAmendedByNewEntriesOnlyWhileItsLinesFit() {
    int year = AGREEMENT_YEAR;
    FinanceBooks b = books();
    String a1 = b.agreement("REGION", "500000.00", year).getString("id");
    String a2 = b.agreement("REGION", "300000.00", year).getString("id");
    JsonObject s1 = b.agreement("STATE", "100000.00", year);
    String lineId = b.line(year, "650000.00", split("600000.00", "50000.00")).getString("id");
    String agreements = "/api/v1/finance/agreements/";

    // Cancelling A1 would leave REGION 300000.00 for 600000.00 of budget lines.
    Api.Reply cancel =
        api.post(
            agreements + a1 + "/reversal",
            b.officer,
            body("reference", b.ref("RESIL"), "reason", "convention résiliée"));
    assertProblem(cancel, 409, "committedAmount");
    assertTrue(cancel.body().contains("600000.00"), cancel.toString());
    assertTrue(cancel.body().contains("300000.00"), cancel.toString());
    assertTrue(cancel.body().contains(String.valueOf(year)), cancel.toString());

    // Amended down to exactly what the lines draw: accepted, as two new entries.
    String amendmentRef = b.ref("AVENANT");
    Api.Reply amended =
        api.post(
            agreements + a1 + "/amendment",
            b.officer,
            amendment(amendmentRef, "300000.00", year + "-06-01", "réduction de la contribution"));
    assertEquals(201, amended.status(), amended.toString());
    JsonObject terms = amended.json();
    String a1b = terms.getString("id");
    assertEquals(a1, terms.getString("amends"));
    assertEquals("IN_FORCE", terms.getString("status"));
    assertEquals(year + "-01-01", terms.getString("periodStart"));
    assertMad("300000.00", amount(terms, "committedAmount"));
    JsonObject original = api.get(agreements + a1, b.officer).json();
    assertEquals("AMENDED", original.getString("status"));
    assertMad("500000.00", amount(original, "committedAmount"));
    JsonObject reversalRow =
        FinanceBooks.items(api.get("/api/v1/finance/agreements?size=500", b.officer)).stream()
            .map(JsonValue::asJsonObject)
            .filter(a -> a1.equals(a.getString("reverses", null)))
            .findFirst()
            .orElseThrow(() -> new AssertionError("no reversal of " + a1));
    assertEquals("REVERSAL", reversalRow.getString("status"));
    assertEquals(amendmentRef, reversalRow.getString("reference"));
    assertMad("-500000.00", amount(reversalRow, "committedAmount"));
    JsonObject amendedEntry = b.ledgerEntry(a1b);
    assertEquals("agreement.amended", amendedEntry.getString("type"));
    assertEquals(
        "500000.00", amendedEntry.getJsonObject("facts").getString("previousCommittedAmount"));
    assertEquals("300000.00", amendedEntry.getJsonObject("facts").getString("committedAmount"));
    assertEquals(
        reversalRow.getString("id"), amendedEntry.getJsonObject("facts").getString("reversalId"));

    // The amended row is corrected no more; its amendment is, within what the lines draw.
    assertProblem(
        api.post(
            agreements + a1 + "/reversal", b.officer, body("reference", b.ref("R"), "reason", "x")),
        409,
        "status");
    assertProblem(
        api.post(
            agreements + reversalRow.getString("id") + "/reversal",
            b.officer,
            body("reference", b.ref("R"), "reason", "x")),
        409,
        "status");
    assertProblem(amend(b, a1b, "299999.99", null, null), 409, "committedAmount");
    assertProblem(
        amend(b, a1b, "300000.00", (year + 1) + "-01-01", (year + 1) + "-12-31"),
        409,
        "committedAmount");
    Api.Reply extended = amend(b, a1b, "300000.00", null, (year + 1) + "-12-31");
    assertEquals(201, extended.status(), extended.toString());
    assertEquals((year + 1) + "-12-31", extended.json().getString("periodEnd"));
    String a1c = extended.json().getString("id");

    // A2 cannot go either; REGION's envelope net of corrections is used up to the cent.
    assertProblem(
        api.post(
            agreements + a2 + "/reversal", b.officer, body("reference", b.ref("R"), "reason", "x")),
        409,
        "committedAmount");
    assertProblem(
        api.post(
            "/api/v1/finance/budget-lines",
            b.officer,
            FinanceBooks.lineRequest(year, "Encore", "0.01", split("0.01"))),
        409,
        "split.REGION");

    // STATE: its only agreement cannot be cancelled; with a second one, it can.
    String s1Id = s1.getString("id");
    String cancelS1 = agreements + s1Id + "/reversal";
    assertProblem(api.post(cancelS1, b.officer, body("reference", b.ref("R"))), 400, "reason");
    assertProblem(
        api.post(cancelS1, b.officer, body("reference", b.ref("R"), "reason", "x")),
        409,
        "committedAmount");
    b.agreement("STATE", "50000.00", year);
    String resil = b.ref("RESIL");
    Api.Reply cancelled =
        api.post(cancelS1, b.officer, body("reference", resil, "reason", "remplacée"));
    assertEquals(201, cancelled.status(), cancelled.toString());
    assertEquals("REVERSAL", cancelled.json().getString("status"));
    assertEquals(s1Id, cancelled.json().getString("reverses"));
    assertMad("-100000.00", amount(cancelled.json(), "committedAmount"));
    assertEquals("remplacée", cancelled.json().getString("reason"));
    assertEquals("CANCELLED", api.get(agreements + s1Id, b.officer).json().getString("status"));
    JsonObject cancelledEntry = b.ledgerEntry(cancelled.json().getString("id"));
    assertEquals("agreement.cancelled", cancelledEntry.getString("type"));
    assertEquals("-100000.00", cancelledEntry.getJsonObject("facts").getString("committedAmount"));
    assertEquals(s1Id, cancelledEntry.getJsonObject("facts").getString("reverses"));
    assertProblem(
        api.post(cancelS1, b.officer, body("reference", b.ref("R"), "reason", "x")), 409, "status");

    // Bad input names the field.
    assertProblem(amend(b, a1c, "0.00", null, null), 422, "committedAmount");
    assertProblem(amend(b, a1c, "1.001", null, null), 422, "committedAmount");
    assertProblem(amend(b, a1c, "300000.00", null, null), 422, "committedAmount");
    assertProblem(amend(b, a1c, "400000.00", year + "-13-01", null), 400, "periodStart");
    assertProblem(
        amend(b, a1c, "400000.00", (year + 1) + "-06-01", year + "-12-31"), 422, "periodEnd");
    assertProblem(
        api.post(
            agreements + a1c + "/amendment",
            b.officer,
            amendment(b.ref("AV"), "400000.00", "2020-01-01", "x")),
        422,
        "signedOn");
    assertProblem(
        api.post(
            agreements + a1c + "/amendment",
            b.officer,
            amendment(b.ref("AV"), "400000.00", year + "-07-01", null)),
        400,
        "reason");
    assertProblem(
        api.post(
            agreements + a1c + "/amendment",
            b.officer,
            amendment(amendmentRef, "400000.00", year + "-07-01", "x")),
        409,
        "reference");
    assertEquals(
        404,
        api.post(
                agreements + UUID.randomUUID() + "/reversal",
                b.officer,
                body("reference", b.ref("R"), "reason", "x"))
            .status());

    // Another city reaches none of it; a director does not write.
    FinanceBooks other = intruder();
    assertEquals(
        404,
        api.post(
                agreements + a1c + "/reversal",
                other.officer,
                body("reference", other.ref("R"), "reason", "x"))
            .status());
    assertEquals(
        404,
        api.post(
                agreements + a1c + "/amendment",
                other.officer,
                amendment(other.ref("AV"), "1.00", year + "-07-01", "x"))
            .status());
    assertEquals(
        403,
        api.post(agreements + a1c + "/reversal", b.director, body("reference", "R", "reason", "x"))
            .status());
    assertEquals("IN_FORCE", api.get(agreements + a1c, b.officer).json().getString("status"));
    assertMad(
        "600000.00",
        share(
            api.get("/api/v1/finance/budget-lines/" + lineId, b.officer).json(),
            "split",
            "REGION"));
    assertTrue(b.verification().getBoolean("valid"));
  }

  @Test
  void everyFinanceListComesInPagesAndBadPagingNamesTheField() {
    int year = 2033;
    FinanceBooks b = books();
    b.envelopes(year, "1000000.00");
    List<String> lines = new ArrayList<>();
    for (int i = 0; i < 3; i++) {
      lines.add(b.line(year, "1000.00", split("1000.00")).getString("id"));
    }
    String supplierId = b.supplier();
    b.supplier();
    b.supplier();
    List<String> commitments = new ArrayList<>();
    for (int i = 0; i < 3; i++) {
      commitments.add(
          b.commitment(lines.get(0), supplierId, "100.00", split("100.00")).getString("id"));
    }
    String commitmentId = commitments.get(0);
    List<String> payments = new ArrayList<>();
    for (int i = 0; i < 3; i++) {
      b.invoice(commitmentId, "10.00", split("10.00"));
      payments.add(b.payment(commitmentId, null, "10.00", split("10.00")).getString("id"));
    }
    String commitmentPath = "/api/v1/finance/commitments/" + commitmentId;
    String paymentPath = "/api/v1/finance/payments/" + payments.get(0);
    for (int i = 0; i < 3; i++) {
      assertEquals(201, b.attach(commitmentPath, "bc-" + i + ".pdf").status());
      assertEquals(201, b.attach(paymentPath, "ov-" + i + ".pdf").status());
    }

    // Lists of exactly three: pages of two, then one, then none; no item twice.
    for (String list :
        List.of(
            "/api/v1/finance/budget-lines?fiscalYear=" + year,
            "/api/v1/finance/commitments?budgetLineId=" + lines.get(0),
            commitmentPath + "/invoices",
            "/api/v1/finance/payments?commitmentId=" + commitmentId,
            commitmentPath + "/evidence",
            paymentPath + "/evidence")) {
      String sep = list.contains("?") ? "&" : "?";
      Api.Reply first = api.get(list + sep + "size=2", b.director);
      JsonArray firstItems = FinanceBooks.items(first);
      assertEquals(2, firstItems.size(), list);
      assertEquals(3, first.json().getInt("total"), list);
      assertEquals(0, first.json().getInt("page"), list);
      assertEquals(2, first.json().getInt("size"), list);
      JsonArray second = FinanceBooks.items(api.get(list + sep + "size=2&page=1", b.director));
      assertEquals(1, second.size(), list);
      assertEquals(0, FinanceBooks.items(api.get(list + sep + "size=2&page=2", b.director)).size());
      Set<String> seen = new HashSet<>(FinanceBooks.ids(firstItems));
      seen.addAll(FinanceBooks.ids(second));
      assertEquals(3, seen.size(), list);
    }
    // Lists of the whole city: the default page is 50, and a page never repeats another's item.
    List<String> cityLists =
        List.of(
            "/api/v1/finance/agreements",
            "/api/v1/finance/budget-lines",
            "/api/v1/finance/suppliers",
            "/api/v1/finance/commitments",
            "/api/v1/finance/payments");
    for (String list : cityLists) {
      Api.Reply all = api.get(list, b.officer);
      assertEquals(50, all.json().getInt("size"), list);
      long total = all.json().getJsonNumber("total").longValue();
      assertTrue(total >= 3, list + " " + total);
      Set<String> seen = new HashSet<>();
      for (int page = 0; (long) page * 2 < total; page++) {
        for (String id :
            FinanceBooks.ids(
                FinanceBooks.items(api.get(list + "?size=2&page=" + page, b.officer)))) {
          assertTrue(seen.add(id), list + " repeats " + id);
        }
      }
      assertEquals(total, seen.size(), list);
    }

    // Bad paging is a 400 naming the parameter, on every list.
    List<String> every = new ArrayList<>(cityLists);
    every.addAll(
        List.of(
            commitmentPath + "/invoices", commitmentPath + "/evidence", paymentPath + "/evidence"));
    for (String list : every) {
      assertProblem(api.get(list + "?size=0", b.officer), 400, "size");
      assertProblem(api.get(list + "?size=501", b.officer), 400, "size");
      assertProblem(api.get(list + "?size=ten", b.officer), 400, "size");
      assertProblem(api.get(list + "?page=-1", b.officer), 400, "page");
      assertProblem(api.get(list + "?page=abc", b.officer), 400, "page");
    }
    assertProblem(
        api.get("/api/v1/finance/budget-lines?fiscalYear=abc", b.officer), 400, "fiscalYear");
    assertProblem(
        api.get("/api/v1/finance/budget-lines?fiscalYear=1999", b.officer), 400, "fiscalYear");
    assertProblem(
        api.get("/api/v1/finance/commitments?budgetLineId=nope", b.officer), 400, "budgetLineId");
    assertProblem(
        api.get("/api/v1/finance/payments?commitmentId=nope", b.officer), 400, "commitmentId");

    // Another city's pages hold none of it, and its own filters find nothing here.
    FinanceBooks other = intruder();
    assertEquals(
        0,
        FinanceBooks.items(
                api.get("/api/v1/finance/budget-lines?fiscalYear=" + year, other.officer))
            .stream()
            .filter(v -> lines.contains(v.asJsonObject().getString("id")))
            .count());
    assertEquals(
        0,
        FinanceBooks.items(
                api.get("/api/v1/finance/commitments?budgetLineId=" + lines.get(0), other.officer))
            .size());
    assertEquals(
        404,
        api.get("/api/v1/finance/payments?commitmentId=" + commitmentId, other.officer).status());
    assertEquals(404, api.get(commitmentPath + "/invoices", other.officer).status());
    assertEquals(404, api.get(paymentPath + "/evidence?size=2", other.officer).status());
  }

  @Test
  void aFundersStatementListsItsEntriesWithRunningTotalsAsJsonCsvAndXlsx() throws Exception {
    int year = 2034;
    FinanceBooks b = books();
    b.envelopes(year, "1000000.00");
    JsonObject line = b.line(year, "Atelier, \"soudure\"", "1000.00", split("600.00", "400.00"));
    String supplierId = b.supplier();
    JsonObject c1 =
        b.commitment(line.getString("id"), supplierId, "500.00", split("300.00", "200.00"));
    JsonObject p1 = b.payment(c1.getString("id"), null, "100.00", split("60.00", "40.00"));
    b.payment(c1.getString("id"), null, "50.00", split("0.00", "50.00"));
    JsonObject c2 = b.commitment(line.getString("id"), supplierId, "100.00", split("100.00"));
    Api.Reply c2r =
        api.post(
            "/api/v1/finance/commitments/" + c2.getString("id") + "/reversal",
            b.officer,
            body("reference", b.ref("BC-R")));
    assertEquals(201, c2r.status(), c2r.toString());
    JsonObject p1r = b.reversePayment(p1.getString("id"));

    // REGION's entries, oldest first; the STATE-only payment is not REGION's.
    String[][] expected = {
      {"BUDGET_LINE", line.getString("id"), "600.00", "0.00", "0.00", "600.00", "0.00", "0.00"},
      {"COMMITMENT", c1.getString("id"), "0.00", "300.00", "0.00", "600.00", "300.00", "0.00"},
      {"PAYMENT", p1.getString("id"), "0.00", "0.00", "60.00", "600.00", "300.00", "60.00"},
      {"COMMITMENT", c2.getString("id"), "0.00", "100.00", "0.00", "600.00", "400.00", "60.00"},
      {
        "COMMITMENT_REVERSAL",
        c2r.json().getString("id"),
        "0.00",
        "-100.00",
        "0.00",
        "600.00",
        "300.00",
        "60.00"
      },
      {
        "PAYMENT_REVERSAL",
        p1r.getString("id"),
        "0.00",
        "0.00",
        "-60.00",
        "600.00",
        "300.00",
        "0.00"
      }
    };
    String path = "/api/v1/finance/figures/statements/REGION";
    Api.Reply json = api.get(path + "?fiscalYear=" + year, b.director);
    assertEquals(200, json.status(), json.toString());
    JsonObject statement = json.json();
    assertEquals(year, statement.getInt("fiscalYear"));
    JsonArray entries = statement.getJsonArray("entries");
    assertEquals(expected.length, entries.size(), entries.toString());
    for (int i = 0; i < expected.length; i++) {
      JsonObject e = entries.getJsonObject(i);
      assertEquals(i + 1, e.getInt("sequence"));
      assertEquals(expected[i][0], e.getString("entry"), e.toString());
      assertEquals(expected[i][1], e.getString("recordId"), e.toString());
      String[] names = {
        "budget", "committed", "paid", "budgetTotal", "committedTotal", "paidTotal"
      };
      for (int k = 0; k < names.length; k++) {
        assertMad(expected[i][k + 2], amount(e, names[k]));
      }
    }
    // The last running totals are the statement's totals (the budget line's running totals).
    assertMad("600.00", amount(statement, "budget"));
    assertMad("300.00", amount(statement, "committed"));
    assertMad("0.00", amount(statement, "paid"));

    Api.Reply csv =
        api.send(
            "GET",
            path + ".csv?fiscalYear=" + year,
            b.director,
            null,
            Map.of("Accept", "text/csv"));
    assertEquals(200, csv.status(), csv.toString());
    assertTrue(csv.contentType().startsWith("text/csv"), csv.contentType());
    String[] rows = csv.body().split("\r\n");
    assertEquals(
        "sequence,recorded_at,date,fiscal_year,category,entry,reference,record_id,budget_line_id,"
            + "budget_mad,committed_mad,paid_mad,budget_total_mad,committed_total_mad,paid_total_mad",
        rows[0]);
    assertEquals(expected.length + 1, rows.length, csv.body());
    assertTrue(
        rows[1].contains(
            ",EQUIPMENT,BUDGET_LINE,\"Atelier, \"\"soudure\"\"\"," + line.getString("id")),
        rows[1]);
    assertTrue(rows[1].endsWith(",600.00,0.00,0.00,600.00,0.00,0.00"), rows[1]);
    assertTrue(rows[5].startsWith("5,"), rows[5]);
    assertTrue(rows[5].endsWith(",0.00,-100.00,0.00,600.00,300.00,60.00"), rows[5]);
    assertTrue(rows[6].contains("," + p1r.getString("reference") + ","), rows[6]);

    HttpResponse<byte[]> xlsx = api.getBytes(path + ".xlsx?fiscalYear=" + year, b.officer);
    assertEquals(200, xlsx.statusCode());
    assertTrue(
        xlsx.headers()
            .firstValue("Content-Disposition")
            .orElse("")
            .contains("statement-REGION-" + year + ".xlsx"));
    String sheet = FinanceBooks.unzip(xlsx.body()).get("xl/worksheets/sheet1.xml");
    assertTrue(sheet.contains("<t>committed_total_mad</t>"), sheet);
    assertTrue(sheet.contains("<t>COMMITMENT_REVERSAL</t>"), sheet);
    assertTrue(sheet.contains("<v>-100.00</v>"), sheet);
    assertTrue(sheet.contains("<t>Atelier, &quot;soudure&quot;</t>"), sheet);

    // Bad input names the field, whatever format was asked for.
    Map<String, String> asCsv = Map.of("Accept", "text/csv");
    Map<String, String> asXlsx =
        Map.of("Accept", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
    assertProblem(
        api.send("GET", "/api/v1/finance/figures/statements/COMMUNE.csv", b.officer, null, asCsv),
        422,
        "funder");
    assertProblem(
        api.send("GET", path + ".csv?fiscalYear=abc", b.officer, null, asCsv), 400, "fiscalYear");
    assertProblem(
        api.send("GET", path + ".xlsx?fiscalYear=2101", b.officer, null, asXlsx),
        400,
        "fiscalYear");
    assertProblem(api.get(path + "?fiscalYear=20x4", b.officer), 400, "fiscalYear");
    assertEquals(
        403, api.send("GET", path + ".csv", api.cityToken(CITY, "trainer"), null, asCsv).status());

    // Another city: the same year is empty, in every format.
    FinanceBooks other = intruder();
    JsonObject theirs = api.get(path + "?fiscalYear=" + year, other.director).json();
    assertEquals(0, theirs.getJsonArray("entries").size());
    Api.Reply theirCsv =
        api.send(
            "GET",
            path + ".csv?fiscalYear=" + year,
            other.director,
            null,
            Map.of("Accept", "text/csv"));
    assertEquals(1, theirCsv.body().split("\r\n").length, theirCsv.body());
    String theirSheet =
        FinanceBooks.unzip(api.getBytes(path + ".xlsx?fiscalYear=" + year, other.officer).body())
            .get("xl/worksheets/sheet1.xml");
    assertFalse(theirSheet.contains(line.getString("id")), theirSheet);
    assertTrue(theirSheet.contains("<t>sequence</t>"), theirSheet);
  }

  @Test
  void theCrossCheckNamesATamperedRunningTotalWhileTheLedgerStillVerifies() throws Exception {
    int year = 2035;
    FinanceBooks b = books();
    b.envelopes(year, "1000000.00");
    String lineId = b.line(year, "1000.00", split("500.00", "500.00")).getString("id");
    JsonObject commitment = b.commitment(lineId, b.supplier(), "400.00", split("200.00", "200.00"));
    String commitmentId = commitment.getString("id");
    b.invoice(commitmentId, "100.00", split("50.00", "50.00"));
    b.payment(commitmentId, null, "100.00", split("50.00", "50.00"));
    JsonObject before = consistency(b.director);
    assertTrue(before.getBoolean("consistent"), before.toString());
    assertEquals(0, before.getJsonArray("differences").size());
    assertTrue(before.getJsonNumber("budgetLinesChecked").longValue() >= 1);
    assertTrue(before.getJsonNumber("commitmentsChecked").longValue() >= 1);

    try {
      // Past the application, within every CHECK: only the sums can tell.
      owner(
          "update finance_budget_line set committed_state = committed_state - 1.00 where id = ?",
          lineId);
      owner(
          "update finance_commitment set invoiced_region = invoiced_region + 2.50 where id = ?",
          commitmentId);
      JsonObject after = consistency(b.officer);
      assertFalse(after.getBoolean("consistent"), after.toString());
      JsonArray differences = after.getJsonArray("differences");
      assertEquals(2, differences.size(), differences.toString());
      JsonObject line = differences.getJsonObject(0);
      assertEquals("BUDGET_LINE", line.getString("record"));
      assertEquals(lineId, line.getString("id"));
      assertEquals("committed", line.getString("total"));
      assertEquals("STATE", line.getString("funder"));
      assertMad("199.00", amount(line, "recorded"));
      assertMad("200.00", amount(line, "recomputed"));
      assertMad("-1.00", amount(line, "difference"));
      assertTrue(line.getString("label").contains(String.valueOf(year)), line.toString());
      JsonObject c = differences.getJsonObject(1);
      assertEquals("COMMITMENT", c.getString("record"));
      assertEquals(commitmentId, c.getString("id"));
      assertEquals(commitment.getString("reference"), c.getString("label"));
      assertEquals("invoiced", c.getString("total"));
      assertEquals("REGION", c.getString("funder"));
      assertMad("2.50", amount(c, "difference"));

      // The ledger chains the events, which nobody touched: it still verifies.
      JsonObject ledger = b.verification();
      assertTrue(ledger.getBoolean("valid"), ledger.toString());

      // Another city's check sees none of this city's books.
      FinanceBooks other = intruder();
      Api.Reply theirs = api.get("/api/v1/finance/consistency", other.director);
      assertEquals(200, theirs.status(), theirs.toString());
      assertFalse(theirs.body().contains(lineId), theirs.toString());
      assertFalse(theirs.body().contains(commitmentId), theirs.toString());
      assertEquals(
          403, api.get("/api/v1/finance/consistency", api.cityToken(CITY, "trainer")).status());
      assertEquals(401, api.get("/api/v1/finance/consistency", null).status());
    } finally {
      owner(
          "update finance_budget_line set committed_state = committed_state + 1.00 where id = ?",
          lineId);
      owner(
          "update finance_commitment set invoiced_region = invoiced_region - 2.50 where id = ?",
          commitmentId);
    }
    assertTrue(consistency(b.director).getBoolean("consistent"));
  }

  @Test
  void racingLinesAndCorrectionsNeverJointlyOverdrawAnEnvelope() throws Exception {
    int year = 2039;
    FinanceBooks b = books();
    String a1 = b.agreement("REGION", "600.00", year).getString("id");
    String a2 = b.agreement("REGION", "400.00", year).getString("id");
    CountDownLatch start = new CountDownLatch(1);
    List<Callable<Api.Reply>> calls = new ArrayList<>();
    for (int i = 0; i < 8; i++) {
      JsonObject line = FinanceBooks.lineRequest(year, "Course " + i, "200.00", split("200.00"));
      calls.add(
          () -> {
            start.await();
            return api.post("/api/v1/finance/budget-lines", b.officer, line);
          });
    }
    calls.add(
        () -> {
          start.await();
          return amend(b, a1, "200.00", null, null, year);
        });
    calls.add(
        () -> {
          start.await();
          return api.post(
              "/api/v1/finance/agreements/" + a2 + "/reversal",
              b.officer,
              body("reference", b.ref("RESIL"), "reason", "course"));
        });
    ExecutorService pool = Executors.newFixedThreadPool(calls.size());
    List<Integer> statuses = new ArrayList<>();
    try {
      List<Future<Api.Reply>> futures = new ArrayList<>();
      calls.forEach(c -> futures.add(pool.submit(c)));
      start.countDown();
      for (Future<Api.Reply> f : futures) {
        Api.Reply reply = f.get(2, TimeUnit.MINUTES);
        assertTrue(reply.status() == 201 || reply.status() == 409, reply.toString());
        statuses.add(reply.status());
      }
    } finally {
      pool.shutdownNow();
    }
    assertTrue(statuses.contains(409), "8 x 200.00 cannot fit in 1000.00: " + statuses);
    long lines = statuses.subList(0, 8).stream().filter(x -> x == 201).count();
    BigDecimal expectedEnvelope = mad("1000.00");
    if (statuses.get(8) == 201) {
      expectedEnvelope = expectedEnvelope.subtract(mad("400.00"));
    }
    if (statuses.get(9) == 201) {
      expectedEnvelope = expectedEnvelope.subtract(mad("400.00"));
    }
    BigDecimal envelope = BigDecimal.ZERO;
    for (JsonValue v :
        FinanceBooks.items(api.get("/api/v1/finance/agreements?size=500", b.officer))) {
      JsonObject a = v.asJsonObject();
      if (a.getString("funder").equals("REGION")
          && a.getString("periodStart").startsWith(String.valueOf(year))) {
        envelope = envelope.add(amount(a, "committedAmount"));
      }
    }
    BigDecimal budgeted = BigDecimal.ZERO;
    for (JsonValue v :
        FinanceBooks.items(
            api.get("/api/v1/finance/budget-lines?size=500&fiscalYear=" + year, b.officer))) {
      budgeted = budgeted.add(share(v.asJsonObject(), "split", "REGION"));
    }
    assertMad(expectedEnvelope.toPlainString(), envelope);
    assertMad(mad("200.00").multiply(BigDecimal.valueOf(lines)).toPlainString(), budgeted);
    assertTrue(
        budgeted.compareTo(envelope) <= 0,
        "lines " + budgeted + " within the envelope " + envelope + ": " + statuses);
    assertTrue(consistency(b.director).getBoolean("consistent"));
  }

  private JsonObject consistency(String token) {
    Api.Reply reply = api.get("/api/v1/finance/consistency", token);
    assertEquals(200, reply.status(), reply.toString());
    return reply.json();
  }

  /** One statement as the database owner, in this city (row-level security holds the owner too). */
  private static void owner(String sql, String id) throws SQLException {
    try (Connection db = testPlatform().asOwner()) {
      db.setAutoCommit(false);
      try (PreparedStatement bind =
          db.prepareStatement("select set_config('app.tenant_id', ?, true)")) {
        bind.setString(1, CITY);
        bind.execute();
      }
      try (PreparedStatement update = db.prepareStatement(sql)) {
        update.setObject(1, UUID.fromString(id));
        assertEquals(1, update.executeUpdate(), sql);
      }
      db.commit();
    }
  }

  /** An amendment's request; {@code reason} null leaves it out. */
  private static JsonObject amendment(
      String reference, String amount, String signedOn, String reason) {
    var request =
        Json.createObjectBuilder()
            .add("reference", reference)
            .add("committedAmount", mad(amount))
            .add("signedOn", signedOn);
    if (reason != null) {
      request.add("reason", reason);
    }
    return request.build();
  }

  private Api.Reply amend(FinanceBooks b, String id, String amount, String start, String end) {
    return amend(b, id, amount, start, end, AGREEMENT_YEAR);
  }

  private Api.Reply amend(
      FinanceBooks b, String id, String amount, String start, String end, int signedIn) {
    var request =
        Json.createObjectBuilder(amendment(b.ref("AV"), amount, signedIn + "-07-01", "avenant"));
    if (start != null) {
      request.add("periodStart", start);
    }
    if (end != null) {
      request.add("periodEnd", end);
    }
    return api.post("/api/v1/finance/agreements/" + id + "/amendment", b.officer, request.build());
  }
}
