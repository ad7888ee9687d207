package ma.ofppt.cmc.careers.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;
import java.util.Optional;
import java.util.UUID;
import ma.ofppt.cmc.careers.domain.Incubator;
import ma.ofppt.cmc.careers.domain.IncubatorProject;
import ma.ofppt.cmc.careers.domain.ProjectStatus;
import ma.ofppt.cmc.platform.persistence.TenantPersistence;

/** JPA storage of incubator projects; the tenant is added by the central binding. */
@ApplicationScoped
class JpaIncubator implements Incubator {
  @Inject TenantPersistence persistence;

  private EntityManager em() {
    return persistence.em();
  }

  @Override
  public void add(IncubatorProject project) {
    em().persist(project);
  }

  @Override
  public Optional<IncubatorProject> project(UUID id) {
    return id == null
        ? Optional.empty()
        : Optional.ofNullable(em().find(IncubatorProject.class, id));
  }

  @Override
  public boolean codeTaken(String code) {
    return !em().createQuery("select p.id from IncubatorProject p where p.code = :code", UUID.class)
        .setParameter("code", code)
        .setMaxResults(1)
        .getResultList()
        .isEmpty();
  }

  @Override
  public Page search(ProjectStatus status, int offset, int limit) {
    String where = status == null ? "" : " where p.status = :status";
    TypedQuery<IncubatorProject> page =
        em().createQuery(
                "select p from IncubatorProject p" + where + " order by p.code",
                IncubatorProject.class);
    TypedQuery<Long> count =
        em().createQuery("select count(p) from IncubatorProject p" + where, Long.class);
    if (status != null) {
      page.setParameter("status", status);
      count.setParameter("status", status);
    }
    return new Page(
        page.setFirstResult(offset).setMaxResults(limit).getResultList(), count.getSingleResult());
  }
}
