package ma.ofppt.cmc.finance.domain;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * The city's books: storage of the finance records. Reads answer for the current city only; the
 * {@code ForUpdate} reads lock the row until the transaction ends, which is how concurrent
 * commitments and payments against one budget line are serialised.
 */
public interface Books {
  List<FundingAgreement> agreements();

  Optional<FundingAgreement> agreement(UUID id);

  /** Every agreement whose period overlaps the year, locked, in id order (no deadlock). */
  List<FundingAgreement> agreementsCoveringForUpdate(int fiscalYear);

  boolean agreementReferenceTaken(String reference);

  void add(Object record);

  List<BudgetLine> budgetLines(Integer fiscalYear);

  Optional<BudgetLine> budgetLine(UUID id);

  Optional<BudgetLine> budgetLineForUpdate(UUID id);

  List<Supplier> suppliers();

  Optional<Supplier> supplier(UUID id);

  boolean supplierIdentifierTaken(String identifier);

  List<Commitment> commitments(UUID budgetLineId);

  Optional<Commitment> commitment(UUID id);

  Optional<Commitment> commitmentForUpdate(UUID id);

  boolean commitmentReferenceTaken(String reference);

  List<Invoice> invoices(UUID commitmentId);

  Optional<Invoice> invoice(UUID id);

  List<Payment> payments(UUID commitmentId);

  Optional<Payment> payment(UUID id);

  Optional<Payment> paymentForUpdate(UUID id);

  boolean paymentReferenceTaken(String reference);

  /** The documents attached to a record, without their bytes. */
  List<EvidenceSummary> evidenceOf(UUID subjectId);

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
