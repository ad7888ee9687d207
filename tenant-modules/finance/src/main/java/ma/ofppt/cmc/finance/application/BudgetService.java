package ma.ofppt.cmc.finance.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
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
import ma.ofppt.cmc.platform.ledger.Ledger;

/**
 * The city's funding agreements, budget lines and suppliers. A budget line is accepted only while,
 * for each funder, the shares of all lines of its fiscal year stay within the committed amounts of
 * that funder's agreements whose period overlaps the year; the agreements are locked while this is
 * checked, so two lines created at once cannot jointly exceed an envelope.
 */
@ApplicationScoped
public class BudgetService {
  @Inject Books books;
  @Inject AuditTrail audit;
  @Inject Ledger ledger;

  @Transactional
  public List<FundingAgreement> agreements() {
    return books.agreements();
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
        new FundingAgreement(funder, reference, committedAmount, periodStart, periodEnd, signedOn);
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

  @Transactional
  public List<BudgetLine> budgetLines(Integer fiscalYear) {
    return books.budgetLines(fiscalYear);
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
    BudgetLine line = new BudgetLine(fiscalYear, category, subCategory, label, amount, split);
    Map<Funder, BigDecimal> envelope = zeroes();
    for (FundingAgreement agreement : books.agreementsCoveringForUpdate(fiscalYear)) {
      envelope.merge(agreement.funder(), agreement.committedAmount(), BigDecimal::add);
    }
    Map<Funder, BigDecimal> budgeted = zeroes();
    for (BudgetLine other : books.budgetLines(fiscalYear)) {
      other.split().asMap().forEach((f, share) -> budgeted.merge(f, share, BigDecimal::add));
    }
    for (Funder funder : Funder.values()) {
      BigDecimal after = budgeted.get(funder).add(split.share(funder));
      if (after.compareTo(envelope.get(funder)) > 0) {
        throw new ConflictException(
            "split." + funder.name(),
            funder
                + "'s budget shares for "
                + fiscalYear
                + " would reach "
                + Money.plain(after)
                + " MAD, above its agreements' "
                + Money.plain(envelope.get(funder))
                + " MAD");
      }
    }
    books.add(line);
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

  private static Map<Funder, BigDecimal> zeroes() {
    Map<Funder, BigDecimal> map = new EnumMap<>(Funder.class);
    for (Funder funder : Funder.values()) {
      map.put(funder, Money.ZERO);
    }
    return map;
  }

  @Transactional
  public List<Supplier> suppliers() {
    return books.suppliers();
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
