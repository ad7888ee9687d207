package ma.ofppt.cmc.finance.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import java.util.stream.Collectors;
import ma.ofppt.cmc.finance.domain.Books;
import ma.ofppt.cmc.finance.domain.BudgetLine;
import ma.ofppt.cmc.finance.domain.Commitment;
import ma.ofppt.cmc.finance.domain.CommitmentKind;
import ma.ofppt.cmc.finance.domain.Funder;
import ma.ofppt.cmc.finance.domain.FunderSplit;
import ma.ofppt.cmc.finance.domain.Invoice;
import ma.ofppt.cmc.finance.domain.Money;
import ma.ofppt.cmc.finance.domain.Payment;
import ma.ofppt.cmc.finance.domain.Supplier;
import ma.ofppt.cmc.platform.audit.AuditTrail;
import ma.ofppt.cmc.platform.domain.ConflictException;
import ma.ofppt.cmc.platform.domain.DomainRuleViolation;
import ma.ofppt.cmc.platform.domain.NotFoundException;
import ma.ofppt.cmc.platform.domain.PageRequest;
import ma.ofppt.cmc.platform.security.Caller;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Commitments, invoices and payments. Every write that adds to a running total locks the budget
 * line first, then the commitment (always in that order, so two writers never deadlock), checks the
 * per-funder inequality on the locked rows and appends the event to the ledger in the same
 * transaction. A commitment above {@code cmc.finance.approval-threshold} waits for a city director
 * who is not its maker.
 */
@ApplicationScoped
public class SpendingService {
  @Inject Books books;
  @Inject AuditTrail audit;
  @Inject FinancialEvents ledger;
  @Inject Caller caller;

  @Inject
  @ConfigProperty(name = "cmc.finance.approval-threshold", defaultValue = "100000.00")
  BigDecimal approvalThreshold;

  private final Clock clock = Clock.systemUTC();

  private Instant now() {
    return clock.instant();
  }

  @Transactional
  public Books.Page<Commitment> commitments(UUID budgetLineId, PageRequest page) {
    return books.commitments(budgetLineId, page.offset(), page.size());
  }

  @Transactional
  public Commitment commitment(UUID id) {
    return books.commitment(id).orElseThrow(() -> new NotFoundException("commitment", id));
  }

  @Transactional
  public Commitment commit(
      UUID budgetLineId,
      UUID supplierId,
      CommitmentKind kind,
      String reference,
      BigDecimal amount,
      FunderSplit split) {
    DomainRuleViolation.require(budgetLineId != null, "budgetLineId", "required");
    Supplier supplier =
        books
            .supplier(supplierId)
            .orElseThrow(
                () ->
                    new DomainRuleViolation("supplierId", "no supplier of this city has this id"));
    BudgetLine line =
        books
            .budgetLineForUpdate(budgetLineId)
            .orElseThrow(
                () ->
                    new DomainRuleViolation(
                        "budgetLineId", "no budget line of this city has this id"));
    Commitment commitment =
        new Commitment(
            line,
            supplier,
            kind,
            reference,
            amount,
            split,
            caller.name(),
            now(),
            approvalThreshold);
    if (books.commitmentReferenceTaken(commitment.reference())) {
      throw new ConflictException("reference", "this city already has a commitment " + reference);
    }
    line.reserve(commitment.split());
    books.add(commitment);
    audit.record(
        "finance.commitment-made",
        "finance_commitment",
        commitment.id(),
        commitment.reference()
            + " "
            + Money.plain(commitment.amount())
            + " "
            + commitment.status());
    ledger.append(
        "commitment.made",
        commitment.id(),
        Facts.of()
            .with("budgetLineId", line.id())
            .with("supplierId", supplier.id())
            .with("supplierIdentifier", supplier.identifier())
            .with("kind", kind)
            .with("reference", commitment.reference())
            .with("status", commitment.status())
            .with("madeBy", commitment.madeBy())
            .amount("amount", commitment.amount())
            .split(commitment.split())
            .build());
    return commitment;
  }

  @Transactional
  public Commitment approve(UUID id) {
    Commitment commitment =
        books.commitmentForUpdate(id).orElseThrow(() -> new NotFoundException("commitment", id));
    commitment.approve(caller.name(), now());
    audit.record(
        "finance.commitment-approved",
        "finance_commitment",
        commitment.id(),
        commitment.reference() + " approved by " + caller.name());
    ledger.append(
        "commitment.approved",
        commitment.id(),
        Facts.of()
            .with("reference", commitment.reference())
            .with("madeBy", commitment.madeBy())
            .with("approvedBy", caller.name())
            .amount("amount", commitment.amount())
            .split(commitment.split())
            .build());
    return commitment;
  }

  @Transactional
  public Commitment reverse(UUID id, String reference) {
    Commitment original =
        books.commitment(id).orElseThrow(() -> new NotFoundException("commitment", id));
    BudgetLine line = books.budgetLineForUpdate(original.budgetLineId()).orElseThrow();
    original = books.commitmentForUpdate(id).orElseThrow();
    Commitment reversal = original.reverse(reference, caller.name(), now());
    if (books.commitmentReferenceTaken(reversal.reference())) {
      throw new ConflictException("reference", "this city already has a commitment " + reference);
    }
    line.release(original.split());
    books.add(reversal);
    audit.record(
        "finance.commitment-reversed",
        "finance_commitment",
        original.id(),
        original.reference() + " reversed by " + reversal.reference());
    ledger.append(
        "commitment.reversed",
        reversal.id(),
        Facts.of()
            .with("reverses", original.id())
            .with("reversesReference", original.reference())
            .with("reference", reversal.reference())
            .with("budgetLineId", line.id())
            .amount("amount", reversal.amount())
            .split(reversal.split())
            .build());
    return reversal;
  }

  @Transactional
  public Books.Page<Invoice> invoices(UUID commitmentId, PageRequest page) {
    return books.invoices(commitment(commitmentId).id(), page.offset(), page.size());
  }

  /** One invoice of a commitment; another commitment's invoice is not found here. */
  @Transactional
  public Invoice invoice(UUID commitmentId, UUID invoiceId) {
    return books
        .invoice(invoiceId)
        .filter(i -> i.commitmentId().equals(commitmentId))
        .orElseThrow(() -> new NotFoundException("invoice", invoiceId));
  }

  @Transactional
  public Invoice recordInvoice(
      UUID commitmentId, String number, LocalDate issuedOn, BigDecimal amount, FunderSplit split) {
    Commitment commitment =
        books
            .commitmentForUpdate(commitmentId)
            .orElseThrow(() -> new NotFoundException("commitment", commitmentId));
    Invoice invoice =
        new Invoice(commitment, number, issuedOn, amount, split, caller.name(), now());
    if (books.invoiceNumberTaken(commitment.id(), invoice.number())) {
      throw new ConflictException(
          "number", "commitment " + commitment.reference() + " already has an invoice " + number);
    }
    commitment.recordInvoice(invoice.split());
    books.add(invoice);
    audit.record(
        "finance.invoice-recorded",
        "finance_invoice",
        invoice.id(),
        invoice.number() + " " + Money.plain(invoice.amount()) + " on " + commitment.reference());
    ledger.append(
        "invoice.recorded",
        invoice.id(),
        Facts.of()
            .with("commitmentId", commitment.id())
            .with("commitmentReference", commitment.reference())
            .with("number", invoice.number())
            .with("issuedOn", issuedOn)
            .amount("amount", invoice.amount())
            .split(invoice.split())
            .build());
    return invoice;
  }

  /**
   * Reverses an invoice with a credit note (its own number, the reason, the negated amounts): the
   * commitment's invoiced total goes down by the invoice. Refused (409 naming {@code split.FUNDER})
   * while payments settling the invoice remain for some funder: nothing of the invoice would remain
   * for them to settle; reverse them first.
   */
  @Transactional
  public Invoice reverseInvoice(
      UUID commitmentId, UUID invoiceId, String number, String reason, LocalDate on) {
    // The commitment first, as every payment does: no payment can settle the invoice meanwhile.
    Commitment commitment =
        books
            .commitmentForUpdate(commitmentId)
            .orElseThrow(() -> new NotFoundException("commitment", commitmentId));
    Invoice original =
        books
            .invoiceForUpdate(invoiceId)
            .filter(i -> i.commitmentId().equals(commitment.id()))
            .orElseThrow(() -> new NotFoundException("invoice", invoiceId));
    Invoice reversal =
        original.reverse(
            number, reason, on == null ? LocalDate.now(clock) : on, caller.name(), now());
    if (books.invoiceNumberTaken(commitment.id(), reversal.number())) {
      throw new ConflictException(
          "number", "commitment " + commitment.reference() + " already has an invoice " + number);
    }
    FunderSplit settled = books.paidAgainst(original.id());
    FunderSplit remaining = original.split().plus(reversal.split());
    for (Funder funder : Funder.values()) {
      if (settled.share(funder).compareTo(remaining.share(funder)) > 0) {
        String payments =
            books.paymentsSettling(original.id()).stream()
                .map(Payment::reference)
                .collect(Collectors.joining(", "));
        throw new ConflictException(
            "split." + funder.name(),
            "payments "
                + payments
                + " settle "
                + Money.plain(settled.share(funder))
                + " MAD of invoice "
                + original.number()
                + " for "
                + funder.name()
                + "; after its reversal "
                + Money.plain(remaining.share(funder))
                + " MAD of it would remain: reverse those payments first");
      }
    }
    commitment.recordInvoice(reversal.split());
    books.add(reversal);
    audit.record(
        "finance.invoice-reversed",
        "finance_invoice",
        original.id(),
        original.number() + " reversed by " + reversal.number() + ": " + reason);
    ledger.append(
        "invoice.reversed",
        reversal.id(),
        Facts.of()
            .with("reverses", original.id())
            .with("reversesNumber", original.number())
            .with("commitmentId", commitment.id())
            .with("commitmentReference", commitment.reference())
            .with("number", reversal.number())
            .with("issuedOn", reversal.issuedOn())
            .with("reason", reversal.reason().orElseThrow())
            .amount("amount", reversal.amount())
            .split(reversal.split())
            .build());
    return reversal;
  }

  @Transactional
  public Books.Page<Payment> payments(UUID commitmentId, PageRequest page) {
    UUID id = commitmentId == null ? null : commitment(commitmentId).id();
    return books.payments(id, page.offset(), page.size());
  }

  @Transactional
  public Payment payment(UUID id) {
    return books.payment(id).orElseThrow(() -> new NotFoundException("payment", id));
  }

  @Transactional
  public Payment pay(
      UUID commitmentId,
      UUID invoiceId,
      String reference,
      LocalDate paidOn,
      BigDecimal amount,
      FunderSplit split) {
    DomainRuleViolation.require(commitmentId != null, "commitmentId", "required");
    Commitment unlocked =
        books
            .commitment(commitmentId)
            .orElseThrow(
                () ->
                    new DomainRuleViolation(
                        "commitmentId", "no commitment of this city has this id"));
    BudgetLine line = books.budgetLineForUpdate(unlocked.budgetLineId()).orElseThrow();
    Commitment commitment = books.commitmentForUpdate(commitmentId).orElseThrow();
    Invoice invoice =
        invoiceId == null
            ? null
            : books
                .invoice(invoiceId)
                .orElseThrow(
                    () ->
                        new DomainRuleViolation(
                            "invoiceId", "no invoice of this city has this id"));
    Payment payment =
        new Payment(commitment, invoice, reference, paidOn, amount, split, caller.name(), now());
    if (books.paymentReferenceTaken(payment.reference())) {
      throw new ConflictException("reference", "this city already has a payment " + reference);
    }
    if (invoice != null) {
      // Per funder, the payments settling an invoice never exceed it (checked under the
      // commitment's lock, which every payment and every invoice reversal of it takes).
      invoice.requireSettleable();
      books
          .paidAgainst(invoice.id())
          .plus(payment.split())
          .requireWithin(
              invoice.split(), "split", "the payments settling invoice " + invoice.number());
    }
    commitment.recordPayment(payment.split());
    line.recordPayment(payment.split());
    books.add(payment);
    audit.record(
        "finance.payment-made",
        "finance_payment",
        payment.id(),
        payment.reference()
            + " "
            + Money.plain(payment.amount())
            + " on "
            + commitment.reference());
    ledger.append(
        "payment.made",
        payment.id(),
        Facts.of()
            .with("commitmentId", commitment.id())
            .with("commitmentReference", commitment.reference())
            .with("invoiceId", payment.invoiceId().orElse(null))
            .with("reference", payment.reference())
            .with("paidOn", paidOn)
            .amount("amount", payment.amount())
            .split(payment.split())
            .build());
    return payment;
  }

  @Transactional
  public Payment reversePayment(UUID id, String reference, LocalDate on) {
    Payment unlocked = books.payment(id).orElseThrow(() -> new NotFoundException("payment", id));
    Commitment commitmentRow = books.commitment(unlocked.commitmentId()).orElseThrow();
    BudgetLine line = books.budgetLineForUpdate(commitmentRow.budgetLineId()).orElseThrow();
    Commitment commitment = books.commitmentForUpdate(commitmentRow.id()).orElseThrow();
    Payment original = books.paymentForUpdate(id).orElseThrow();
    Payment reversal =
        original.reverse(reference, on == null ? LocalDate.now(clock) : on, caller.name(), now());
    if (books.paymentReferenceTaken(reversal.reference())) {
      throw new ConflictException("reference", "this city already has a payment " + reference);
    }
    commitment.recordPayment(reversal.split());
    line.recordPayment(reversal.split());
    books.add(reversal);
    audit.record(
        "finance.payment-reversed",
        "finance_payment",
        original.id(),
        original.reference() + " reversed by " + reversal.reference());
    ledger.append(
        "payment.reversed",
        reversal.id(),
        Facts.of()
            .with("reverses", original.id())
            .with("reversesReference", original.reference())
            .with("commitmentId", commitment.id())
            .with("reference", reversal.reference())
            .with("paidOn", reversal.paidOn())
            .amount("amount", reversal.amount())
            .split(reversal.split())
            .build());
    return reversal;
  }
}
