package ma.ofppt.cmc.finance.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;
import ma.ofppt.cmc.platform.domain.ConflictException;
import ma.ofppt.cmc.platform.domain.DomainRuleViolation;
import ma.ofppt.cmc.platform.domain.LocalizedName;
import org.junit.jupiter.api.Test;

/** Corrections are new rows with negated amounts; the corrected row keeps its terms. */
class CorrectionsTest {
  private static final LocalDate START = LocalDate.of(2031, 1, 1);
  private static final LocalDate END = LocalDate.of(2032, 12, 31);

  private static BigDecimal mad(String v) {
    return new BigDecimal(v);
  }

  private static FundingAgreement agreement() {
    return new FundingAgreement(
        Funder.REGION, "CONV-1", mad("1000.00"), START, END, START, "officer", Instant.now());
  }

  @Test
  void aCancellationIsTheNegatedAgreementOverTheSamePeriod() {
    FundingAgreement original = agreement();
    FundingAgreement reversal = original.cancel("RESIL-1", "résiliée", "officer", Instant.now());
    assertEquals(AgreementStatus.CANCELLED, original.status());
    assertEquals(mad("1000.00"), original.committedAmount());
    assertEquals(AgreementStatus.REVERSAL, reversal.status());
    assertEquals(mad("-1000.00"), reversal.committedAmount());
    assertEquals(original.id(), reversal.reversesId().orElseThrow());
    assertEquals(START, reversal.periodStart());
    assertEquals(END, reversal.periodEnd());
    assertEquals(Funder.REGION, reversal.funder());
    assertEquals(
        "status",
        assertThrows(
                ConflictException.class,
                () -> original.cancel("RESIL-2", "encore", "officer", Instant.now()))
            .field());
    assertEquals(
        "status",
        assertThrows(
                ConflictException.class,
                () -> reversal.cancel("RESIL-3", "la résiliation", "officer", Instant.now()))
            .field());
    assertEquals(
        "reason",
        assertThrows(
                DomainRuleViolation.class,
                () -> agreement().cancel("RESIL-4", " ", "officer", Instant.now()))
            .field());
  }

  @Test
  void anAmendmentReversesTheTermsInForceAndRecordsTheNewOnes() {
    FundingAgreement original = agreement();
    LocalDate signed = LocalDate.of(2031, 6, 1);
    FundingAgreement.Amendment amendment =
        original.amend(
            "AV-1", mad("800.00"), null, LocalDate.of(2033, 12, 31), signed, "avenant", "o", null);
    assertEquals(AgreementStatus.AMENDED, original.status());
    assertEquals(mad("-1000.00"), amendment.reversal().committedAmount());
    assertEquals(END, amendment.reversal().periodEnd());
    assertEquals("AV-1", amendment.reversal().reference());
    FundingAgreement terms = amendment.terms();
    assertEquals(AgreementStatus.IN_FORCE, terms.status());
    assertEquals(original.id(), terms.amendsId().orElseThrow());
    assertTrue(terms.reversesId().isEmpty());
    assertEquals(mad("800.00"), terms.committedAmount());
    assertEquals(START, terms.periodStart());
    assertEquals(2033, terms.lastYear());
    assertTrue(terms.covers(2033));
    assertFalse(original.covers(2033));

    FundingAgreement other = agreement();
    assertEquals(
        "committedAmount",
        assertThrows(
                DomainRuleViolation.class,
                () -> other.amend("AV-2", mad("1000.00"), START, END, signed, "rien", "o", null))
            .field());
    assertEquals(
        "signedOn",
        assertThrows(
                DomainRuleViolation.class,
                () ->
                    other.amend(
                        "AV-3", mad("1.00"), null, null, START.minusDays(1), "tôt", "o", null))
            .field());
    assertEquals(
        "periodEnd",
        assertThrows(
                DomainRuleViolation.class,
                () ->
                    other.amend(
                        "AV-4",
                        mad("1.00"),
                        LocalDate.of(2033, 1, 1),
                        LocalDate.of(2032, 1, 1),
                        signed,
                        "à l'envers",
                        "o",
                        null))
            .field());
    assertEquals(AgreementStatus.IN_FORCE, other.status(), "a refused amendment changes nothing");
  }

  @Test
  void anInvoiceIsReversedOnceByACreditNoteThatIsNotSettled() {
    BudgetLine line =
        new BudgetLine(
            2031,
            BudgetCategory.EQUIPMENT,
            null,
            LocalizedName.of("label", "Équipement", "تجهيز"),
            mad("100.00"),
            FunderSplit.of("split", mad("100.00"), Map.of("REGION", mad("100.00"))),
            Instant.now());
    Commitment commitment =
        new Commitment(
            line,
            new Supplier("Atlas", "ICE-1"),
            CommitmentKind.PURCHASE_ORDER,
            "BC-1",
            mad("100.00"),
            FunderSplit.of("split", mad("100.00"), Map.of("REGION", mad("100.00"))),
            "officer",
            Instant.now(),
            mad("100000.00"));
    FunderSplit split = FunderSplit.of("split", mad("40.00"), Map.of("REGION", mad("40.00")));
    Invoice invoice =
        new Invoice(commitment, "F-1", START, mad("40.00"), split, "officer", Instant.now());
    invoice.requireSettleable();
    Invoice note = invoice.reverse("AV-1", "en double", START, "officer", Instant.now());
    assertTrue(invoice.reversed());
    assertEquals(mad("-40.00"), note.amount());
    assertEquals(split.negated(), note.split());
    assertEquals(invoice.id(), note.reversesId().orElseThrow());
    assertEquals("en double", note.reason().orElseThrow());
    assertEquals(
        "reversed",
        assertThrows(
                ConflictException.class,
                () -> invoice.reverse("AV-2", "encore", START, "officer", Instant.now()))
            .field());
    assertEquals(
        "reversesId",
        assertThrows(
                ConflictException.class,
                () -> note.reverse("AV-3", "la note", START, "officer", Instant.now()))
            .field());
    assertEquals(
        "invoiceId", assertThrows(ConflictException.class, invoice::requireSettleable).field());
    assertEquals(
        "invoiceId", assertThrows(ConflictException.class, note::requireSettleable).field());
  }
}
