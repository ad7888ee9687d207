package ma.ofppt.cmc.finance.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import ma.ofppt.cmc.finance.domain.Books;
import ma.ofppt.cmc.finance.domain.BudgetCategory;
import ma.ofppt.cmc.finance.domain.BudgetLine;
import ma.ofppt.cmc.finance.domain.Funder;
import ma.ofppt.cmc.finance.domain.FunderSplit;
import ma.ofppt.cmc.finance.domain.FundingAgreement;
import ma.ofppt.cmc.finance.domain.Money;
import ma.ofppt.cmc.finance.domain.Supplier;
import ma.ofppt.cmc.platform.audit.AuditTrail;
import ma.ofppt.cmc.platform.domain.ConflictException;
import ma.ofppt.cmc.platform.domain.LocalizedName;
import ma.ofppt.cmc.platform.domain.NotFoundException;
import ma.ofppt.cmc.platform.domain.PageRequest;
import ma.ofppt.cmc.platform.security.Caller;

/**
 * The city's funding agreements, budget lines and suppliers. A budget line is accepted only while,
 * for each funder, the shares of all lines of its fiscal year stay within the funder's envelope:
 * the committed amounts of its agreement rows (terms and reversals) whose period overlaps the year.
 * An agreement is corrected only by new rows (cancellation, amendment), and only while every year
 * it touches stays within its envelope. Lines and corrections lock the agreements of the years they
 * touch, in id order, before they check, so that no two of them can jointly overdraw an envelope.
 */
@ApplicationScoped
public class BudgetService {
  @Inject Books books;
  @Inject AuditTrail audit;
  @Inject FinancialEvents ledger;
  @Inject Caller caller;

  private final Clock clock = Clock.systemUTC();

  @Transactional
  public Books.Page<FundingAgreement> agreements(PageRequest page) {
    return books.agreements(page.offset(), page.size());
  }

  @Transactional
  public boolean hasAgreements() {
    return books.hasAgreements();
  }

  @Transactional
  public FundingAgreement agreement(UUID id) {
    return books.agreement(id).orElseThrow(() -> new NotFoundException("agreement", id));
  }

  @Transactional
  public FundingAgreement signAgreement(
      Funder funder,
      String reference,
      BigDecimal committedAmount,
      LocalDate periodStart,
      LocalDate periodEnd,
      LocalDate signedOn) {
    FundingAgreement agreement =
        new FundingAgreement(
            funder,
            reference,
            committedAmount,
            periodStart,
            periodEnd,
            signedOn,
            caller.name(),
            clock.instant());
    if (books.agreementReferenceTaken(agreement.reference())) {
      throw new ConflictException("reference", "this city already has an agreement " + reference);
    }
    books.add(agreement);
    audit.record(
        "finance.agreement-signed",
        "finance_agreement",
        agreement.id(),
        funder + " " + agreement.reference() + " " + Money.plain(agreement.committedAmount()));
    ledger.append(
        "agreement.signed",
        agreement.id(),
        Facts.of()
            .with("funder", funder)
            .with("reference", agreement.reference())
            .amount("committedAmount", agreement.committedAmount())
            .with("periodStart", periodStart)
            .with("periodEnd", periodEnd)
            .with("signedOn", signedOn)
            .build());
    return agreement;
  }

  /**
   * Cancels an agreement in force: a reversal row with the negated amount over the same period.
   * Refused (409 on {@code committedAmount}) when the funder's budget lines of a year it covers
   * would then exceed what remains of the funder's envelope.
   */
  @Transactional
  public FundingAgreement cancelAgreement(UUID id, String reference, String reason) {
    FundingAgreement original = lockForCorrection(id, null, null);
    FundingAgreement reversal = original.cancel(reference, reason, caller.name(), clock.instant());
    if (books.agreementReferenceTaken(reversal.reference())) {
      throw new ConflictException("reference", "this city already has an agreement " + reference);
    }
    books.add(reversal);
    requireEnvelopeHolds(original.funder(), original.firstYear(), original.lastYear(), "cancelled");
    audit.record(
        "finance.agreement-cancelled",
        "finance_agreement",
        original.id(),
        original.reference() + " cancelled by " + reversal.reference() + ": " + reason);
    ledger.append(
        "agreement.cancelled",
        reversal.id(),
        Facts.of()
            .with("reverses", original.id())
            .with("reversesReference", original.reference())
            .with("reference", reversal.reference())
            .with("funder", original.funder())
            .amount("committedAmount", reversal.committedAmount())
            .with("periodStart", reversal.periodStart())
            .with("periodEnd", reversal.periodEnd())
            .with("reason", reversal.reason().orElseThrow())
            .build());
    return reversal;
  }

  /**
   * Amends an agreement in force: its terms are reversed and new terms recorded under the
   * amendment's reference, in one transaction. Refused (409 on {@code committedAmount}) when, in a
   * year the old or the new period covers, the funder's budget lines would exceed its envelope.
   */
  @Transactional
  public FundingAgreement amendAgreement(
      UUID id,
      String reference,
      BigDecimal committedAmount,
      LocalDate periodStart,
      LocalDate periodEnd,
      LocalDate signedOn,
      String reason) {
    FundingAgreement original = lockForCorrection(id, periodStart, periodEnd);
    FundingAgreement.Amendment amendment =
        original.amend(
            reference,
            committedAmount,
            periodStart,
            periodEnd,
            signedOn,
            reason,
            caller.name(),
            clock.instant());
    FundingAgreement terms = amendment.terms();
    if (books.agreementReferenceTaken(terms.reference())) {
      throw new ConflictException("reference", "this city already has an agreement " + reference);
    }
    books.add(amendment.reversal());
    books.add(terms);
    requireEnvelopeHolds(
        original.funder(),
        Math.min(original.firstYear(), terms.firstYear()),
        Math.max(original.lastYear(), terms.lastYear()),
        "amended");
    audit.record(
        "finance.agreement-amended",
        "finance_agreement",
        original.id(),
        original.reference()
            + " amended by "
            + terms.reference()
            + " to "
            + Money.plain(terms.committedAmount())
            + ": "
            + reason);
    ledger.append(
        "agreement.amended",
        terms.id(),
        Facts.of()
            .with("amends", original.id())
            .with("amendsReference", original.reference())
            .with("reversalId", amendment.reversal().id())
            .with("reference", terms.reference())
            .with("funder", terms.funder())
            .amount("previousCommittedAmount", original.committedAmount())
            .with("previousPeriodStart", original.periodStart())
            .with("previousPeriodEnd", original.periodEnd())
            .amount("committedAmount", terms.committedAmount())
            .with("periodStart", terms.periodStart())
            .with("periodEnd", terms.periodEnd())
            .with("signedOn", terms.signedOn())
            .with("reason", terms.reason().orElseThrow())
            .build());
    return terms;
  }

  /**
   * Locks every agreement of the years the correction touches (old period, and the new one if
   * given), in id order as a budget line does, so that no line and no other correction can draw on
   * those envelopes meanwhile; then the agreement itself, re-read under its lock.
   */
  private FundingAgreement lockForCorrection(UUID id, LocalDate newStart, LocalDate newEnd) {
    FundingAgreement unlocked =
        books.agreement(id).orElseThrow(() -> new NotFoundException("agreement", id));
    int first = unlocked.firstYear();
    int last = unlocked.lastYear();
    if (newStart != null) {
      first = Math.min(first, newStart.getYear());
      last = Math.max(last, newStart.getYear());
    }
    if (newEnd != null) {
      first = Math.min(first, newEnd.getYear());
      last = Math.max(last, newEnd.getYear());
    }
    books.agreementsCoveringForUpdate(first, last);
    return books.agreementForUpdate(id).orElseThrow(() -> new NotFoundException("agreement", id));
  }

  /** After a correction was added: no year of the range may budget more than its envelope. */
  private void requireEnvelopeHolds(Funder funder, int firstYear, int lastYear, String what) {
    List<Books.EnvelopeOverrun> overruns = books.envelopeOverruns(funder, firstYear, lastYear);
    if (!overruns.isEmpty()) {
      Books.EnvelopeOverrun first = overruns.get(0);
      throw new ConflictException(
          "committedAmount",
          funder
              + "'s budget lines of "
              + first.fiscalYear()
              + " draw "
              + Money.plain(first.budgeted())
              + " MAD on its envelope; with the agreement "
              + what
              + " only "
              + Money.plain(first.envelope())
              + " MAD would remain");
    }
  }

  @Transactional
  public Books.Page<BudgetLine> budgetLines(Integer fiscalYear, PageRequest page) {
    return books.budgetLines(fiscalYear, page.offset(), page.size());
  }

  @Transactional
  public BudgetLine budgetLine(UUID id) {
    return books.budgetLine(id).orElseThrow(() -> new NotFoundException("budget line", id));
  }

  @Transactional
  public BudgetLine createBudgetLine(
      int fiscalYear,
      BudgetCategory category,
      String subCategory,
      LocalizedName label,
      BigDecimal amount,
      FunderSplit split) {
    BudgetLine line =
        new BudgetLine(fiscalYear, category, subCategory, label, amount, split, clock.instant());
    // Lock the envelopes of the year, then read them with a fresh statement: rows that a
    // correction committed while this waited for its lock are only visible to a new statement.
    books.agreementsCoveringForUpdate(fiscalYear, fiscalYear);
    books.add(line);
    for (Funder funder : Funder.values()) {
      List<Books.EnvelopeOverrun> overruns =
          split.share(funder).signum() == 0
              ? List.of()
              : books.envelopeOverruns(funder, fiscalYear, fiscalYear);
      if (!overruns.isEmpty()) {
        Books.EnvelopeOverrun overrun = overruns.get(0);
        throw new ConflictException(
            "split." + funder.name(),
            funder
                + "'s budget shares for "
                + fiscalYear
                + " would reach "
                + Money.plain(overrun.budgeted())
                + " MAD, above its agreements' "
                + Money.plain(overrun.envelope())
                + " MAD");
      }
    }
    audit.record(
        "finance.budget-line-created",
        "finance_budget_line",
        line.id(),
        fiscalYear + " " + category + " " + Money.plain(line.amount()));
    ledger.append(
        "budget-line.created",
        line.id(),
        Facts.of()
            .with("fiscalYear", fiscalYear)
            .with("category", category)
            .with("subCategory", line.subCategory())
            .with("label", line.label().fr())
            .amount("amount", line.amount())
            .split(split)
            .build());
    return line;
  }

  @Transactional
  public Books.Page<Supplier> suppliers(PageRequest page) {
    return books.suppliers(page.offset(), page.size());
  }

  @Transactional
  public Supplier supplier(UUID id) {
    return books.supplier(id).orElseThrow(() -> new NotFoundException("supplier", id));
  }

  @Transactional
  public Supplier registerSupplier(String name, String identifier) {
    Supplier supplier = new Supplier(name, identifier);
    if (books.supplierIdentifierTaken(supplier.identifier())) {
      throw new ConflictException(
          "identifier", "this city already has a supplier " + supplier.identifier());
    }
    books.add(supplier);
    audit.record(
        "finance.supplier-registered",
        "finance_supplier",
        supplier.id(),
        supplier.identifier() + " " + supplier.name());
    return supplier;
  }
}
