package ma.ofppt.cmc.finance.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.TypedQuery;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import ma.ofppt.cmc.finance.domain.Books;
import ma.ofppt.cmc.finance.domain.BudgetLine;
import ma.ofppt.cmc.finance.domain.Commitment;
import ma.ofppt.cmc.finance.domain.Evidence;
import ma.ofppt.cmc.finance.domain.FundingAgreement;
import ma.ofppt.cmc.finance.domain.Invoice;
import ma.ofppt.cmc.finance.domain.Payment;
import ma.ofppt.cmc.finance.domain.Supplier;
import ma.ofppt.cmc.platform.persistence.TenantPersistence;

/**
 * JPA storage of the city's books. It never names the tenant: {@link TenantPersistence} bound the
 * transaction, EclipseLink adds the tenant to every query and row-level security checks it again.
 * Row locks are {@code SELECT ... FOR UPDATE} (pessimistic write).
 */
@ApplicationScoped
class JpaBooks implements Books {
  @Inject TenantPersistence persistence;

  private EntityManager em() {
    return persistence.em();
  }

  private <T> Optional<T> find(Class<T> type, UUID id) {
    return id == null ? Optional.empty() : Optional.ofNullable(em().find(type, id));
  }

  private <T> Optional<T> lock(Class<T> type, UUID id) {
    return id == null
        ? Optional.empty()
        : Optional.ofNullable(em().find(type, id, LockModeType.PESSIMISTIC_WRITE));
  }

  private static boolean exists(TypedQuery<UUID> query) {
    return !query.setMaxResults(1).getResultList().isEmpty();
  }

  @Override
  public void add(Object record) {
    em().persist(record);
  }

  @Override
  public List<FundingAgreement> agreements() {
    return em().createQuery(
            "select a from FundingAgreement a order by a.periodStart, a.funder, a.reference",
            FundingAgreement.class)
        .getResultList();
  }

  @Override
  public Optional<FundingAgreement> agreement(UUID id) {
    return find(FundingAgreement.class, id);
  }

  @Override
  public List<FundingAgreement> agreementsCoveringForUpdate(int fiscalYear) {
    return em().createQuery(
            "select a from FundingAgreement a where a.periodStart <= :last"
                + " and a.periodEnd >= :first order by a.id",
            FundingAgreement.class)
        .setParameter("first", LocalDate.of(fiscalYear, 1, 1))
        .setParameter("last", LocalDate.of(fiscalYear, 12, 31))
        .setLockMode(LockModeType.PESSIMISTIC_WRITE)
        .getResultList();
  }

  @Override
  public boolean agreementReferenceTaken(String reference) {
    return exists(
        em().createQuery("select a.id from FundingAgreement a where a.reference = :r", UUID.class)
            .setParameter("r", reference));
  }

  @Override
  public List<BudgetLine> budgetLines(Integer fiscalYear) {
    String where = fiscalYear == null ? "" : " where b.fiscalYear = :year";
    TypedQuery<BudgetLine> query =
        em().createQuery(
                "select b from BudgetLine b" + where + " order by b.fiscalYear, b.category, b.id",
                BudgetLine.class);
    if (fiscalYear != null) {
      query.setParameter("year", fiscalYear);
    }
    return query.getResultList();
  }

  @Override
  public Optional<BudgetLine> budgetLine(UUID id) {
    return find(BudgetLine.class, id);
  }

  @Override
  public Optional<BudgetLine> budgetLineForUpdate(UUID id) {
    return lock(BudgetLine.class, id);
  }

  @Override
  public List<Supplier> suppliers() {
    return em().createQuery("select s from Supplier s order by s.name, s.id", Supplier.class)
        .getResultList();
  }

  @Override
  public Optional<Supplier> supplier(UUID id) {
    return find(Supplier.class, id);
  }

  @Override
  public boolean supplierIdentifierTaken(String identifier) {
    return exists(
        em().createQuery("select s.id from Supplier s where s.identifier = :i", UUID.class)
            .setParameter("i", identifier));
  }

  @Override
  public List<Commitment> commitments(UUID budgetLineId) {
    String where = budgetLineId == null ? "" : " where c.budgetLineId = :line";
    TypedQuery<Commitment> query =
        em().createQuery(
                "select c from Commitment c" + where + " order by c.madeAt, c.id",
                Commitment.class);
    if (budgetLineId != null) {
      query.setParameter("line", budgetLineId);
    }
    return query.getResultList();
  }

  @Override
  public Optional<Commitment> commitment(UUID id) {
    return find(Commitment.class, id);
  }

  @Override
  public Optional<Commitment> commitmentForUpdate(UUID id) {
    return lock(Commitment.class, id);
  }

  @Override
  public boolean commitmentReferenceTaken(String reference) {
    return exists(
        em().createQuery("select c.id from Commitment c where c.reference = :r", UUID.class)
            .setParameter("r", reference));
  }

  @Override
  public List<Invoice> invoices(UUID commitmentId) {
    return em().createQuery(
            "select i from Invoice i where i.commitmentId = :c order by i.recordedAt, i.id",
            Invoice.class)
        .setParameter("c", commitmentId)
        .getResultList();
  }

  @Override
  public Optional<Invoice> invoice(UUID id) {
    return find(Invoice.class, id);
  }

  @Override
  public List<Payment> payments(UUID commitmentId) {
    return em().createQuery(
            "select p from Payment p where p.commitmentId = :c order by p.recordedAt, p.id",
            Payment.class)
        .setParameter("c", commitmentId)
        .getResultList();
  }

  @Override
  public Optional<Payment> payment(UUID id) {
    return find(Payment.class, id);
  }

  @Override
  public Optional<Payment> paymentForUpdate(UUID id) {
    return lock(Payment.class, id);
  }

  @Override
  public boolean paymentReferenceTaken(String reference) {
    return exists(
        em().createQuery("select p.id from Payment p where p.reference = :r", UUID.class)
            .setParameter("r", reference));
  }

  @Override
  public List<EvidenceSummary> evidenceOf(UUID subjectId) {
    // Selects the columns, not the entity, so that listing never loads the documents' bytes.
    return em()
        .createQuery(
            "select e.id, e.subjectType, e.subjectId, e.fileName, e.contentType, e.sizeBytes,"
                + " e.sha256, e.uploadedBy, e.uploadedAt from Evidence e"
                + " where e.subjectId = :s order by e.uploadedAt, e.id",
            Object[].class)
        .setParameter("s", subjectId)
        .getResultList()
        .stream()
        .map(
            r ->
                new EvidenceSummary(
                    (UUID) r[0],
                    (Evidence.Subject) r[1],
                    (UUID) r[2],
                    (String) r[3],
                    (String) r[4],
                    ((Number) r[5]).longValue(),
                    (String) r[6],
                    (String) r[7],
                    ((java.time.OffsetDateTime) r[8]).toInstant()))
        .toList();
  }

  @Override
  public Optional<Evidence> evidence(UUID id) {
    return find(Evidence.class, id);
  }
}
