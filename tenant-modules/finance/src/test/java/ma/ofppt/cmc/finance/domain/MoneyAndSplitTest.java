package ma.ofppt.cmc.finance.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Map;
import ma.ofppt.cmc.platform.domain.ConflictException;
import ma.ofppt.cmc.platform.domain.DomainRuleViolation;
import ma.ofppt.cmc.platform.domain.LocalizedName;
import org.junit.jupiter.api.Test;

class MoneyAndSplitTest {
  private static BigDecimal mad(String v) {
    return new BigDecimal(v);
  }

  private static FunderSplit split(String amount, String r, String s, String o, String h) {
    return FunderSplit.of(
        "split",
        mad(amount),
        Map.of("REGION", mad(r), "STATE", mad(s), "OFPPT", mad(o), "HASSAN_II_FUND", mad(h)));
  }

  @Test
  void amountsKeepTwoDecimalsAndRefuseAThird() {
    assertEquals("12.50", Money.amount("amount", mad("12.5")).toPlainString());
    assertEquals("12.50", Money.amount("amount", mad("12.500")).toPlainString());
    DomainRuleViolation e =
        assertThrows(DomainRuleViolation.class, () -> Money.amount("amount", mad("12.505")));
    assertEquals("amount", e.field());
    assertEquals(
        "amount",
        assertThrows(DomainRuleViolation.class, () -> Money.amount("amount", mad("-1.00")))
            .field());
  }

  @Test
  void aSplitSumsExactlyToItsAmount() {
    FunderSplit ok = split("100.00", "40.00", "30.00", "20.00", "10.00");
    assertEquals(mad("100.00"), ok.total());
    DomainRuleViolation off =
        assertThrows(
            DomainRuleViolation.class, () -> split("100.00", "40.00", "30.00", "20.00", "10.01"));
    assertEquals("split", off.field());
  }

  @Test
  void aSplitNamesAnUnknownFunderOrABadShare() {
    assertEquals(
        "split",
        assertThrows(
                DomainRuleViolation.class,
                () -> FunderSplit.of("split", mad("1.00"), Map.of("CITY", mad("1.00"))))
            .field());
    assertEquals(
        "split.STATE",
        assertThrows(
                DomainRuleViolation.class,
                () ->
                    FunderSplit.of(
                        "split", mad("0.00"), Map.of("REGION", mad("1.00"), "STATE", mad("-1.00"))))
            .field());
    assertEquals(
        "split.OFPPT",
        assertThrows(
                DomainRuleViolation.class,
                () -> FunderSplit.of("split", mad("1.001"), Map.of("OFPPT", mad("1.001"))))
            .field());
  }

  @Test
  void aBudgetLineNeverCommitsMoreThanAFundersShare() {
    BudgetLine line =
        new BudgetLine(
            2030,
            BudgetCategory.EQUIPMENT,
            null,
            LocalizedName.of("label", "Équipement", "تجهيز"),
            mad("100.00"),
            split("100.00", "40.00", "30.00", "20.00", "10.00"),
            Instant.now());
    line.reserve(split("50.00", "40.00", "10.00", "0.00", "0.00"));
    ConflictException over =
        assertThrows(
            ConflictException.class,
            () -> line.reserve(split("1.00", "1.00", "0.00", "0.00", "0.00")));
    assertEquals("split.REGION", over.field());
    line.recordPayment(split("10.00", "10.00", "0.00", "0.00", "0.00"));
    assertEquals(
        "split.STATE",
        assertThrows(
                ConflictException.class,
                () -> line.recordPayment(split("11.00", "0.00", "11.00", "0.00", "0.00")))
            .field());
  }

  @Test
  void theMakerCannotApproveTheirOwnCommitment() {
    BudgetLine line =
        new BudgetLine(
            2030,
            BudgetCategory.CONSTRUCTION,
            "gros œuvre",
            LocalizedName.of("label", "Construction", "بناء"),
            mad("500000.00"),
            split("500000.00", "500000.00", "0.00", "0.00", "0.00"),
            Instant.now());
    Commitment big =
        new Commitment(
            line,
            new Supplier("BTP Atlas", "001234567000089"),
            CommitmentKind.CONTRACT,
            "M-1",
            mad("200000.00"),
            split("200000.00", "200000.00", "0.00", "0.00", "0.00"),
            "maker",
            Instant.now(),
            mad("100000.00"));
    assertEquals(CommitmentStatus.PENDING_APPROVAL, big.status());
    assertEquals(
        "approvedBy",
        assertThrows(ConflictException.class, () -> big.approve("maker", Instant.now())).field());
    big.approve("director", Instant.now());
    assertEquals(CommitmentStatus.APPROVED, big.status());
    Commitment reversal = big.reverse("M-1-R", "maker", Instant.now());
    assertEquals(mad("-200000.00"), reversal.amount());
    assertEquals(CommitmentStatus.REVERSED, big.status());
  }

  @Test
  void evidenceIsCheckedByItsBytesNotOnlyItsHeader() {
    byte[] pdf = "%PDF-1.4 hello".getBytes(StandardCharsets.US_ASCII);
    EvidenceFile ok = EvidenceFile.check("facture.pdf", "application/pdf", pdf, 100);
    assertEquals(64, ok.sha256().length());
    assertEquals(
        415,
        assertThrows(
                EvidenceFile.Rejected.class,
                () -> EvidenceFile.check("x.pdf", "image/png", pdf, 100))
            .status());
    assertEquals(
        415,
        assertThrows(
                EvidenceFile.Rejected.class,
                () -> EvidenceFile.check("x.exe", "application/x-msdownload", pdf, 100))
            .status());
    assertEquals(
        413,
        assertThrows(
                EvidenceFile.Rejected.class,
                () -> EvidenceFile.check("x.pdf", "application/pdf", pdf, 5))
            .status());
  }
}
