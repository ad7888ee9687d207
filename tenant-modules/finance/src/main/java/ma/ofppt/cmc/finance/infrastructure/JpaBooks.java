package ma.ofppt.cmc.finance.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.TypedQuery;
import java.math.BigDecimal;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import ma.ofppt.cmc.finance.domain.Books;
import ma.ofppt.cmc.finance.domain.BudgetLine;
import ma.ofppt.cmc.finance.domain.Commitment;
import ma.ofppt.cmc.finance.domain.Evidence;
import ma.ofppt.cmc.finance.domain.Funder;
import ma.ofppt.cmc.finance.domain.FunderSplit;
import ma.ofppt.cmc.finance.domain.FundingAgreement;
import ma.ofppt.cmc.finance.domain.Invoice;
import ma.ofppt.cmc.finance.domain.Money;
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

  private static <T> Page<T> page(
      TypedQuery<T> items, TypedQuery<Long> count, int offset, int limit) {
    return new Page<>(
        items.setFirstResult(offset).setMaxResults(limit).getResultList(), count.getSingleResult());
  }

  @Override
  public Page<FundingAgreement> agreements(int offset, int limit) {
    return page(
        em().createQuery(
                "select a from FundingAgreement a"
                    + " order by a.periodStart, a.funder, a.reference, a.recordedAt, a.id",
                FundingAgreement.class),
        em().createQuery("select count(a) from FundingAgreement a", Long.class),
        offset,
        limit);
  }

  @Override
  public boolean hasAgreements() {
    return exists(em().createQuery("select a.id from FundingAgreement a", UUID.class));
  }

  @Override
  public Optional<FundingAgreement> agreement(UUID id) {
    return find(FundingAgreement.class, id);
  }

  @Override
  public Optional<FundingAgreement> agreementForUpdate(UUID id) {
    return lock(FundingAgreement.class, id);
  }

  @Override
  public List<FundingAgreement> agreementsCoveringForUpdate(int firstYear, int lastYear) {
    return em().createQuery(
            "select a from FundingAgreement a where a.periodStart <= :last"
                + " and a.periodEnd >= :first order by a.id",
            FundingAgreement.class)
        .setParameter("first", LocalDate.of(firstYear, 1, 1))
        .setParameter("last", LocalDate.of(lastYear, 12, 31))
        .setLockMode(LockModeType.PESSIMISTIC_WRITE)
        .getResultList();
  }

  @Override
  public List<EnvelopeOverrun> envelopeOverruns(Funder funder, int firstYear, int lastYear) {
    String share = Columns.share(funder);
    return persistence.withConnection(
        sql -> {
          try (PreparedStatement query =
              sql.connection()
                  .prepareStatement(
                      "select y.fiscal_year, y.budgeted, y.envelope from ("
                          + " select b.fiscal_year, sum(b."
                          + share
                          + ") as budgeted,"
                          + " coalesce((select sum(a.committed_amount) from finance_agreement a"
                          + "   where a.tenant_id = b.tenant_id and a.funder = ?"
                          + "   and a.period_start <= make_date(b.fiscal_year, 12, 31)"
                          + "   and a.period_end >= make_date(b.fiscal_year, 1, 1)), 0) as envelope"
                          + " from finance_budget_line b"
                          + " where b.tenant_id = ? and b.fiscal_year between ? and ?"
                          + " group by b.tenant_id, b.fiscal_year) y"
                          + " where y.budgeted > y.envelope order by y.fiscal_year")) {
            query.setString(1, funder.name());
            query.setString(2, sql.tenant().value());
            query.setInt(3, firstYear);
            query.setInt(4, lastYear);
            List<EnvelopeOverrun> overruns = new ArrayList<>();
            try (ResultSet rows = query.executeQuery()) {
              while (rows.next()) {
                overruns.add(
                    new EnvelopeOverrun(
                        rows.getInt(1),
                        funder,
                        Columns.money(rows.getBigDecimal(2)),
                        Columns.money(rows.getBigDecimal(3))));
              }
            }
            return overruns;
          }
        });
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
  public Page<BudgetLine> budgetLines(Integer fiscalYear, int offset, int limit) {
    String where = fiscalYear == null ? "" : " where b.fiscalYear = :year";
    TypedQuery<BudgetLine> items =
        em().createQuery(
                "select b from BudgetLine b" + where + " order by b.fiscalYear, b.category, b.id",
                BudgetLine.class);
    TypedQuery<Long> count =
        em().createQuery("select count(b) from BudgetLine b" + where, Long.class);
    if (fiscalYear != null) {
      items.setParameter("year", fiscalYear);
      count.setParameter("year", fiscalYear);
    }
    return page(items, count, offset, limit);
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
  public Page<Supplier> suppliers(int offset, int limit) {
    return page(
        em().createQuery("select s from Supplier s order by s.name, s.id", Supplier.class),
        em().createQuery("select count(s) from Supplier s", Long.class),
        offset,
        limit);
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
  public Page<Commitment> commitments(UUID budgetLineId, int offset, int limit) {
    String where = budgetLineId == null ? "" : " where c.budgetLineId = :line";
    TypedQuery<Commitment> items =
        em().createQuery(
                "select c from Commitment c" + where + " order by c.madeAt, c.id",
                Commitment.class);
    TypedQuery<Long> count =
        em().createQuery("select count(c) from Commitment c" + where, Long.class);
    if (budgetLineId != null) {
      items.setParameter("line", budgetLineId);
      count.setParameter("line", budgetLineId);
    }
    return page(items, count, offset, limit);
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
  public Page<Invoice> invoices(UUID commitmentId, int offset, int limit) {
    return page(
        em().createQuery(
                "select i from Invoice i where i.commitmentId = :c order by i.recordedAt, i.id",
                Invoice.class)
            .setParameter("c", commitmentId),
        em().createQuery("select count(i) from Invoice i where i.commitmentId = :c", Long.class)
            .setParameter("c", commitmentId),
        offset,
        limit);
  }

  @Override
  public Optional<Invoice> invoice(UUID id) {
    return find(Invoice.class, id);
  }

  @Override
  public Optional<Invoice> invoiceForUpdate(UUID id) {
    return lock(Invoice.class, id);
  }

  @Override
  public boolean invoiceNumberTaken(UUID commitmentId, String number) {
    return exists(
        em().createQuery(
                "select i.id from Invoice i where i.commitmentId = :c and i.number = :n",
                UUID.class)
            .setParameter("c", commitmentId)
            .setParameter("n", number));
  }

  @Override
  public FunderSplit paidAgainst(UUID invoiceId) {
    Object[] sums =
        em().createQuery(
                "select sum(p.split.region), sum(p.split.state), sum(p.split.ofppt),"
                    + " sum(p.split.hassanII) from Payment p where p.invoiceId = :i",
                Object[].class)
            .setParameter("i", invoiceId.toString())
            .getSingleResult();
    Map<Funder, BigDecimal> shares = new EnumMap<>(Funder.class);
    BigDecimal total = Money.ZERO;
    for (Funder funder : Funder.values()) {
      BigDecimal share = Columns.money((BigDecimal) sums[funder.ordinal()]);
      shares.put(funder, share);
      total = total.add(share);
    }
    return FunderSplit.exact("split", total, shares);
  }

  @Override
  public List<Payment> paymentsSettling(UUID invoiceId) {
    return em().createQuery(
            "select p from Payment p where p.invoiceId = :i and p.reversesId is null"
                + " and p.reversed = false order by p.recordedAt, p.id",
            Payment.class)
        .setParameter("i", invoiceId.toString())
        .getResultList();
  }

  @Override
  public Page<Payment> payments(UUID commitmentId, int offset, int limit) {
    String where = commitmentId == null ? "" : " where p.commitmentId = :c";
    TypedQuery<Payment> items =
        em().createQuery(
                "select p from Payment p" + where + " order by p.recordedAt, p.id", Payment.class);
    TypedQuery<Long> count = em().createQuery("select count(p) from Payment p" + where, Long.class);
    if (commitmentId != null) {
      items.setParameter("c", commitmentId);
      count.setParameter("c", commitmentId);
    }
    return page(items, count, offset, limit);
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
  public Page<EvidenceSummary> evidenceOf(UUID subjectId, int offset, int limit) {
    // Selects the columns, not the entity, so that listing never loads the documents' bytes.
    List<EvidenceSummary> items =
        em()
            .createQuery(
                "select e.id, e.subjectType, e.subjectId, e.fileName, e.contentType, e.sizeBytes,"
                    + " e.sha256, e.uploadedBy, e.uploadedAt from Evidence e"
                    + " where e.subjectId = :s order by e.uploadedAt, e.id",
                Object[].class)
            .setParameter("s", subjectId)
            .setFirstResult(offset)
            .setMaxResults(limit)
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
    long total =
        em().createQuery("select count(e) from Evidence e where e.subjectId = :s", Long.class)
            .setParameter("s", subjectId)
            .getSingleResult();
    return new Page<>(items, total);
  }

  @Override
  public Optional<Evidence> evidence(UUID id) {
    return find(Evidence.class, id);
  }
}
