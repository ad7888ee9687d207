package ma.ofppt.cmc.admissions.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.FlushModeType;
import jakarta.persistence.TypedQuery;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import ma.ofppt.cmc.admissions.domain.Admissions;
import ma.ofppt.cmc.admissions.domain.Applicant;
import ma.ofppt.cmc.admissions.domain.Application;
import ma.ofppt.cmc.admissions.domain.ApplicationQuery;
import ma.ofppt.cmc.admissions.domain.ApplicationStatus;
import ma.ofppt.cmc.admissions.domain.ProgrammeCriteria;
import ma.ofppt.cmc.admissions.domain.SelectionRun;
import ma.ofppt.cmc.platform.persistence.TenantPersistence;

/** JPA storage of admissions; the tenant is applied by the binding, never named here. */
@ApplicationScoped
class JpaAdmissions implements Admissions {
  private static final int IN_LIST = 5_000;

  @Inject TenantPersistence persistence;

  private EntityManager em() {
    return persistence.em();
  }

  @Override
  public Optional<Applicant> applicant(UUID id) {
    return id == null ? Optional.empty() : Optional.ofNullable(em().find(Applicant.class, id));
  }

  @Override
  public Optional<Applicant> applicantByNationalId(String nationalId) {
    // No flush before this lookup: flushing a large import batch before every row made imports
    // quadratic. A duplicate within one batch is caught by the unique key at commit instead, and
    // the batch is then replayed row by row (see ImportService).
    return em().createQuery("select a from Applicant a where a.nationalId = :id", Applicant.class)
        .setFlushMode(FlushModeType.COMMIT)
        .setParameter("id", nationalId)
        .getResultStream()
        .findFirst();
  }

  @Override
  public void add(Applicant applicant) {
    em().persist(applicant);
  }

  @Override
  public Optional<Application> application(UUID id) {
    return id == null ? Optional.empty() : Optional.ofNullable(em().find(Application.class, id));
  }

  @Override
  public Optional<Application> applicationOf(UUID applicantId, String academicYear) {
    return em().createQuery(
            "select a from Application a where a.applicantId = :applicant and a.academicYear = :year",
            Application.class)
        .setFlushMode(FlushModeType.COMMIT)
        .setParameter("applicant", applicantId)
        .setParameter("year", academicYear)
        .getResultStream()
        .findFirst();
  }

  @Override
  public void add(Application application) {
    em().persist(application);
  }

  @Override
  public Map<String, UUID> applicantIds(Collection<String> nationalIds) {
    return batches().applicantIds(nationalIds);
  }

  @Override
  public Set<UUID> appliedFor(String academicYear, Collection<UUID> applicantIds) {
    return batches().appliedFor(academicYear, applicantIds);
  }

  @Override
  public void addAll(List<Applicant> applicants, List<Application> applications) {
    batches().insert(applicants, applications);
  }

  @Override
  public void refreshStatistics() {
    persistence.withConnection(
        bound -> {
          try (var refresh =
              bound.connection().prepareStatement("select admissions_refresh_statistics()")) {
            refresh.execute();
          }
          return null;
        });
  }

  private SqlApplicationBatches batches() {
    return new SqlApplicationBatches(persistence);
  }

  @Override
  public List<UUID> applicationIdsOf(String academicYear, List<ApplicationStatus> statuses) {
    return em().createQuery(
            "select a.id from Application a where a.academicYear = :year and a.status in :statuses order by a.id",
            UUID.class)
        .setParameter("year", academicYear)
        .setParameter("statuses", statuses)
        .getResultList();
  }

  @Override
  public List<Application> applications(List<UUID> ids) {
    // The wishes come by the mapping's batch fetch (IN), a few queries per slice.
    List<Application> applications = new ArrayList<>();
    inBoundedLists(
        ids,
        some ->
            applications.addAll(
                em().createQuery(
                        "select a from Application a where a.id in :ids order by a.id",
                        Application.class)
                    .setParameter("ids", some)
                    .getResultList()));
    return applications;
  }

  @Override
  public Map<UUID, Applicant> applicants(Collection<UUID> ids) {
    Map<UUID, Applicant> applicants = new HashMap<>();
    inBoundedLists(
        List.copyOf(new java.util.LinkedHashSet<>(ids)),
        some ->
            em().createQuery("select p from Applicant p where p.id in :ids", Applicant.class)
                .setParameter("ids", some)
                .getResultList()
                .forEach(p -> applicants.put(p.id(), p)));
    return applicants;
  }

  /**
   * Runs {@code query} on consecutive sublists of {@code ids} (in their order) of at most {@value
   * #IN_LIST}: PostgreSQL takes at most 65,535 parameters in one statement.
   */
  private static void inBoundedLists(
      List<UUID> ids, java.util.function.Consumer<List<UUID>> query) {
    for (int from = 0; from < ids.size(); from += IN_LIST) {
      query.accept(ids.subList(from, Math.min(ids.size(), from + IN_LIST)));
    }
  }

  @Override
  public void writeAndForget() {
    EntityManager em = em();
    em.flush();
    em.clear();
  }

  @Override
  public Optional<ProgrammeCriteria> criteria(UUID programmeId, String academicYear) {
    return em().createQuery(
            "select c from ProgrammeCriteria c where c.programmeId = :programme and c.academicYear = :year",
            ProgrammeCriteria.class)
        .setParameter("programme", programmeId)
        .setParameter("year", academicYear)
        .getResultStream()
        .findFirst();
  }

  @Override
  public List<ProgrammeCriteria> criteriaOf(String academicYear) {
    return em().createQuery(
            "select c from ProgrammeCriteria c where c.academicYear = :year",
            ProgrammeCriteria.class)
        .setParameter("year", academicYear)
        .getResultList();
  }

  @Override
  public void add(ProgrammeCriteria criteria) {
    em().persist(criteria);
  }

  @Override
  public Optional<SelectionRun> selectionRun(String academicYear) {
    return em().createQuery(
            "select r from SelectionRun r where r.academicYear = :year", SelectionRun.class)
        .setParameter("year", academicYear)
        .getResultStream()
        .findFirst();
  }

  @Override
  public void add(SelectionRun run) {
    em().persist(run);
  }

  @Override
  public Page search(ApplicationQuery query, int offset, int limit) {
    // Conditions on the application, then those on its applicant: without a text filter the count
    // needs no applicant (every application has exactly one, by its foreign key), and counting a
    // large city's year through the join cost 16-190 ms a page (docs/benchmarks.md).
    List<String> conditions = new ArrayList<>();
    Map<String, Object> parameters = new HashMap<>();
    if (query.academicYear() != null) {
      conditions.add("a.academicYear = :year");
      parameters.put("year", query.academicYear());
    }
    if (query.status() != null) {
      conditions.add("a.status = :status");
      parameters.put("status", query.status());
    }
    if (query.programmeId() != null) {
      conditions.add(
          "exists (select w.id from Wish w where w.application = a and w.programmeId = :programme)");
      parameters.put("programme", query.programmeId());
    }
    String applicationsOnly =
        conditions.isEmpty() ? "" : " where " + String.join(" and ", conditions);
    conditions.add("p.id = a.applicantId");
    boolean byApplicant = query.text() != null && !query.text().isBlank();
    if (byApplicant) {
      String needle = query.text().strip();
      conditions.add(
          "(p.nationalId = :exact or lower(p.name.lastFr) like :text or lower(p.name.firstFr) like :text"
              + " or p.name.lastAr like :arabic or p.name.firstAr like :arabic)");
      parameters.put("exact", needle.toUpperCase(Locale.ROOT));
      parameters.put("text", "%" + escape(needle.toLowerCase(Locale.ROOT)) + "%");
      parameters.put("arabic", "%" + escape(needle) + "%");
    }
    TypedQuery<Object[]> page =
        em().createQuery(
                "select a, p from Application a, Applicant p"
                    + " where "
                    + String.join(" and ", conditions)
                    + " order by a.submittedAt desc, a.id",
                Object[].class);
    TypedQuery<Long> count =
        byApplicant
            ? em().createQuery(
                    "select count(a) from Application a, Applicant p where "
                        + String.join(" and ", conditions),
                    Long.class)
            : em().createQuery("select count(a) from Application a" + applicationsOnly, Long.class);
    parameters.forEach(
        (name, value) -> {
          page.setParameter(name, value);
          count.setParameter(name, value);
        });
    List<Row> rows =
        page.setFirstResult(offset).setMaxResults(limit).getResultList().stream()
            .map(pair -> new Row((Application) pair[0], (Applicant) pair[1]))
            .toList();
    return new Page(rows, count.getSingleResult());
  }

  private static String escape(String text) {
    return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
  }
}
