package ma.ofppt.cmc.server.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.json.JsonObject;
import java.io.IOException;
import java.math.BigInteger;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.HexFormat;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/**
 * A city's day in the console, as its staff, HQ and the regional councils live it, in a real
 * headless Chromium: the admissions officer imports the registration export and watches it
 * progress, the director runs the selection and an applicant's offer is accepted (enrolled), the
 * finance officer records a payment and attaches its evidence; HQ sees the city's paid figure grow
 * by exactly that payment, the auditor of the city's region sees the payment and an auditor of
 * another region does not. Once in French, once in Arabic (right to left on every screen). Each
 * journey has its own city, academic year and fiscal year, which no other test uses.
 */
class ConsoleJourneyIT extends PlatformIT {
  private static final Duration CONSOLIDATION = Duration.ofSeconds(60);

  @Test
  void aCitysDayInFrench() throws Exception {
    day("rabat-sale-kenitra", "2024-2025", 2037, "fr", "souss-massa");
  }

  @Test
  void theSameDayInArabicRightToLeft() throws Exception {
    day("laayoune-sakia-el-hamra", "2023-2024", 2038, "ar", "oriental");
  }

  private void day(String city, String year, int fiscalYear, String language, String otherRegion)
      throws Exception {
    ConsoleIntake intake = ConsoleIntake.prepare(api, city, year, 3, 6);
    admissions(city, intake, language);

    // The spending to pay, set up as the books of the year are (agreements, a line, an order
    // and its invoice), with a share for the region so that its council audits the payment.
    FinanceBooks books = new FinanceBooks(api, city);
    books.envelopes(fiscalYear, "1000000.00");
    JsonObject split = FinanceBooks.split("4000.00", "3000.00", "2345.67", "1000.00");
    JsonObject line = books.line(fiscalYear, "10345.67", split);
    JsonObject commitment =
        books.commitment(line.getString("id"), books.supplier(), "10345.67", split);
    books.invoice(commitment.getString("id"), "10345.67", split);

    try (Browser hq = Browser.open(api.base())) {
      hq.visit("/").language(language).signInAbove("hq-analyst", null);
      hq.visit("/console/index.html#/hq/cities/" + city);
      BigInteger paidBefore = cents(hq.testId("city-total-paid"));

      Path evidence = evidenceFile(city);
      String reference = payWithEvidence(city, commitment.getString("id"), evidence, language);

      // HQ's own store follows through the relay: refresh until the figure has moved.
      BigInteger expected = paidBefore.add(new BigInteger("1034567"));
      hq.until(
          CONSOLIDATION,
          d -> {
            hq.testId("national-refresh").click();
            return cents(hq.testId("city-total-paid")).equals(expected);
          });
      assertRightToLeftIf(hq, language);
      hq.screenshot("hq-city-" + language);
      hq.visit("/console/index.html#/hq/dashboard");
      hq.testId("national-total-paid");
      hq.screenshot("hq-dashboard-" + language);

      // The auditor of the city's region sees the payment; another region's auditor does not.
      try (Browser own = Browser.open(api.base())) {
        own.visit("/").language(language).signInAbove("region-auditor", city);
        own.menu("/audit/lines");
        own.until(
            CONSOLIDATION,
            d -> {
              own.testId("audit-refresh").click();
              return own.testId("audit-lines-table").getText().contains(reference);
            });
        assertRightToLeftIf(own, language);
        own.screenshot("audit-lines-" + language);
      }
      try (Browser other = Browser.open(api.base())) {
        other.visit("/").language(language).signInAbove("region-auditor", otherRegion);
        other.menu("/audit/lines");
        String lines = other.testId("audit-lines-table").getText();
        assertFalse(lines.contains(reference), lines);
        assertEquals(List.of(), other.consoleErrors());
      }
      assertEquals(List.of(), hq.consoleErrors());
    }
  }

  /**
   * The finance officer pays the commitment's invoice and attaches the receipt; returns the
   * payment's reference.
   */
  private String payWithEvidence(String city, String commitmentId, Path evidence, String language)
      throws IOException, NoSuchAlgorithmException {
    String reference =
        "VIR-" + city.substring(0, 4).toUpperCase() + "-" + System.nanoTime() % 100000;
    try (Browser finance = Browser.open(api.base())) {
      finance.visit("/").language(language).signInCity(city, "finance-officer");
      finance.menu("/city/finance/commitments");
      finance.visit("/console/index.html#/city/finance/commitments/" + commitmentId);
      // The commitment's invoice, then "pay this invoice": the form comes filled with what is due.
      finance.testId("invoices-table").findElement(By.cssSelector("tbody tr.clickable")).click();
      finance.testId("invoice-pay").click();
      finance.type(finance.testId("payment-reference"), reference);
      finance.testId("payment-submit").click();
      finance.testId("payment-recorded");
      finance.testId("payment-evidence-file").sendKeys(evidence.toString());
      finance.testId("payment-evidence-submit").click();
      String sha256 =
          HexFormat.of()
              .formatHex(MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(evidence)));
      finance.untilText("evidence-table", sha256);
      finance.untilText("payments-table", reference);
      assertRightToLeftIf(finance, language);
      finance.screenshot("finance-payment-" + language);
      assertEquals(List.of(), finance.consoleErrors());
    }
    return reference;
  }

  /**
   * The director's admissions: the registration export imported and followed to its end, the
   * selection run (after its confirmation), the first offer accepted and the trainee it enrols.
   */
  private void admissions(String city, ConsoleIntake intake, String language) {
    try (Browser b = Browser.open(api.base())) {
      b.visit("/").language(language).signInCity(city, "city-director");
      b.menu("/city/admissions/imports");
      WebElement form = b.testId("import-form");
      b.select(form.findElement(By.name("academicYear")), intake.year());
      b.testId("import-file").sendKeys(intake.file().toString());
      b.testId("import-submit").click();
      b.testId("import-progress");
      b.until(
          Duration.ofSeconds(120),
          d -> "COMPLETED".equals(b.testId("import-status").getAttribute("data-status")));
      WebElement counts = b.testId("import-counts");
      assertEquals(intake.rows(), count(counts, "imported"), counts::getText);
      assertEquals(0, count(counts, "rejected"), counts::getText);
      assertRightToLeftIf(b, language);
      b.screenshot("admissions-import-" + language);

      b.menu("/city/admissions/selection");
      chooseYear(b, intake.year());
      b.testId("selection-run").click();
      b.testId("selection-confirm").click();
      b.testId("selection-result");
      int offers =
          Integer.parseInt(
              digits(b.testId("selection-offers").findElement(By.className("value")).getText()));
      // At 382 % demand the intake's first-year seats are offered, and never more than them.
      int seats = intake.programmeCodes().size() * intake.seats();
      assertTrue(offers > 0 && offers <= seats, () -> offers + " offers for " + seats + " seats");
      b.screenshot("admissions-selection-" + language);

      b.testId("to-offers").click();
      b.until(d -> !b.all(Browser.byTestId("offer-accept")).isEmpty());
      b.screenshot("admissions-offers-" + language);
      b.all(Browser.byTestId("offer-accept")).get(0).click();
      b.testId("offer-trainee-link").click();
      // The record's heading reads "Stagiaire" until the applicant's name has arrived.
      String trainee =
          b.until(
              d -> {
                // The heading is the name (its first text node), then the status badge.
                String name =
                    String.valueOf(
                            b.script(
                                "return arguments[0].firstChild.textContent",
                                b.testId("trainee-name")))
                        .strip();
                return List.of("", "Stagiaire", "المتدرب(ة)").contains(name) ? null : name;
              });
      if (language.equals("ar")) {
        assertTrue(
            trainee.matches("(?s).*[\\u0600-\\u06FF].*"), "an Arabic name in Arabic: " + trainee);
      }
      b.menu("/city/admissions/trainees");
      chooseYear(b, intake.year());
      b.untilText("trainees-table", trainee);
      assertRightToLeftIf(b, language);
      b.screenshot("admissions-trainees-" + language);
      assertEquals(List.of(), b.consoleErrors());
    }
  }

  /** The year picker of the screen's toolbar (the first select in it). */
  private static void chooseYear(Browser b, String year) {
    b.select(b.until(d -> d.findElement(By.cssSelector("main .toolbar select"))), year);
  }

  private static int count(WebElement counts, String name) {
    return Integer.parseInt(
        digits(counts.findElement(By.cssSelector("[data-count='" + name + "']")).getText()));
  }

  private static String digits(String text) {
    return text.replaceAll("\\D", "");
  }

  private static Path evidenceFile(String city) throws IOException {
    Path file = Path.of("target", "it-work", "receipt-" + city + ".pdf").toAbsolutePath();
    Files.createDirectories(file.getParent());
    Files.write(file, FinanceBooks.PDF);
    return file;
  }

  /** An amount as the console shows it (any locale: its digits, two decimals) in cents. */
  private static BigInteger cents(WebElement tile) {
    WebElement value = tile.findElements(By.className("value")).stream().findFirst().orElse(tile);
    String text = value.getText().strip();
    if (text.equals("—")) {
      return BigInteger.ZERO; // no figure yet: nothing paid
    }
    String digits = text.replaceAll("\\D", "");
    assertTrue(!digits.isEmpty(), () -> "no amount in '" + tile.getText() + "'");
    return new BigInteger(digits);
  }

  private static void assertRightToLeftIf(Browser browser, String language) {
    assertEquals(language, browser.htmlAttribute("lang"));
    assertEquals("ar".equals(language) ? "rtl" : "ltr", browser.htmlAttribute("dir"));
  }
}
