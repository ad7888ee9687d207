package ma.ofppt.cmc.admissions.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import ma.ofppt.cmc.admissions.domain.ImportJob;
import ma.ofppt.cmc.admissions.domain.ImportJobs;
import ma.ofppt.cmc.admissions.domain.ImportRowError;
import ma.ofppt.cmc.platform.persistence.TenantPersistence;

/** JPA storage of import jobs. */
@ApplicationScoped
class JpaImportJobs implements ImportJobs {
  @Inject TenantPersistence persistence;

  @Override
  public void add(ImportJob job) {
    persistence.em().persist(job);
  }

  @Override
  public Optional<ImportJob> job(UUID id) {
    return id == null
        ? Optional.empty()
        : Optional.ofNullable(persistence.em().find(ImportJob.class, id));
  }

  @Override
  public List<ImportJob> recent(int limit) {
    return persistence
        .em()
        .createQuery("select j from ImportJob j order by j.createdAt desc, j.id", ImportJob.class)
        .setMaxResults(limit)
        .getResultList();
  }

  @Override
  public void add(ImportRowError error) {
    persistence.em().persist(error);
  }

  @Override
  public List<ImportRowError> errors(UUID jobId, int offset, int limit) {
    return persistence
        .em()
        .createQuery(
            "select e from ImportRowError e where e.jobId = :job order by e.rowNumber, e.field, e.id",
            ImportRowError.class)
        .setParameter("job", jobId)
        .setFirstResult(offset)
        .setMaxResults(limit)
        .getResultList();
  }

  @Override
  public long countErrors(UUID jobId) {
    return persistence
        .em()
        .createQuery("select count(e) from ImportRowError e where e.jobId = :job", Long.class)
        .setParameter("job", jobId)
        .getSingleResult();
  }
}
