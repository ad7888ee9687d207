package ma.ofppt.cmc.finance.domain;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * The city's books: storage of the finance records. Reads answer for the current city only; the
 * {@code ForUpdate} reads lock the row until the transaction ends, which is how concurrent
 * commitments and payments against one budget line are serialised. Lists come a page at a time
 * ({@code offset}, {@code limit}), in a stable order.
 */
public interface Books {
  /** One page of a list and the size of the whole list. */
  record Page<T>(List<T> items, long total) {}

  Page<FundingAgreement> agreements(int offset, int limit);

  boolean hasAgreements();

  Optional<FundingAgreement> agreement(UUID id);

  Optional<FundingAgreement> agreementForUpdate(UUID id);

  /**
   * Every agreement row whose period overlaps a year from {@code firstYear} to {@code lastYear},
   * locked, in id order (no deadlock).
   */
  List<FundingAgreement> agreementsCoveringForUpdate(int firstYear, int lastYear);

  /** True when any agreement row, terms or reversal, already has this reference. */
  boolean agreementReferenceTaken(String reference);

  /**
   * The fiscal years from {@code firstYear} to {@code lastYear} in which the funder's budget shares
   * exceed its envelope (the sum of its agreement rows overlapping the year), read by a fresh
   * statement, so that it sees what concurrent transactions committed before the caller's locks
   * were granted, and this transaction's own writes.
   */
  List<EnvelopeOverrun> envelopeOverruns(Funder funder, int firstYear, int lastYear);

  /** A funder's budget shares of a year above its envelope. */
  record EnvelopeOverrun(int fiscalYear, Funder funder, BigDecimal budgeted, BigDecimal envelope) {}

  void add(Object record);

  /** All budget lines (of one fiscal year, or all), for the figures. */
  List<BudgetLine> budgetLines(Integer fiscalYear);

  Page<BudgetLine> budgetLines(Integer fiscalYear, int offset, int limit);

  Optional<BudgetLine> budgetLine(UUID id);

  Optional<BudgetLine> budgetLineForUpdate(UUID id);

  Page<Supplier> suppliers(int offset, int limit);

  Optional<Supplier> supplier(UUID id);

  boolean supplierIdentifierTaken(String identifier);

  Page<Commitment> commitments(UUID budgetLineId, int offset, int limit);

  Optional<Commitment> commitment(UUID id);

  Optional<Commitment> commitmentForUpdate(UUID id);

  boolean commitmentReferenceTaken(String reference);

  Page<Invoice> invoices(UUID commitmentId, int offset, int limit);

  Optional<Invoice> invoice(UUID id);

  Optional<Invoice> invoiceForUpdate(UUID id);

  boolean invoiceNumberTaken(UUID commitmentId, String number);

  /** Per funder, what the payments settling an invoice add up to, net of their reversals. */
  FunderSplit paidAgainst(UUID invoiceId);

  /** The payments settling an invoice that are not reversed (nor reversals). */
  List<Payment> paymentsSettling(UUID invoiceId);

  Page<Payment> payments(UUID commitmentId, int offset, int limit);

  Optional<Payment> payment(UUID id);

  Optional<Payment> paymentForUpdate(UUID id);

  boolean paymentReferenceTaken(String reference);

  /** The documents attached to a record, without their bytes. */
  Page<EvidenceSummary> evidenceOf(UUID subjectId, int offset, int limit);

  Optional<Evidence> evidence(UUID id);

  /** An attached document as listed: everything but its bytes. */
  record EvidenceSummary(
      UUID id,
      Evidence.Subject subjectType,
      UUID subjectId,
      String fileName,
      String contentType,
      long sizeBytes,
      String sha256,
      String uploadedBy,
      java.time.Instant uploadedAt) {}
}
