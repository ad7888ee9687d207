package ma.ofppt.cmc.careers.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import ma.ofppt.cmc.careers.domain.GuidanceInteraction;
import ma.ofppt.cmc.careers.domain.GuidanceLog;
import ma.ofppt.cmc.platform.persistence.TenantPersistence;

/** JPA storage of guidance interactions; the tenant is added by the central binding. */
@ApplicationScoped
class JpaGuidanceLog implements GuidanceLog {
  @Inject TenantPersistence persistence;

  private EntityManager em() {
    return persistence.em();
  }

  @Override
  public void add(GuidanceInteraction interaction) {
    em().persist(interaction);
  }

  @Override
  public Optional<GuidanceInteraction> interaction(UUID id) {
    return id == null
        ? Optional.empty()
        : Optional.ofNullable(em().find(GuidanceInteraction.class, id));
  }

  @Override
  public Page search(Filter filter, int offset, int limit) {
    StringBuilder where = new StringBuilder(" where 1 = 1");
    Map<String, Object> parameters = new HashMap<>();
    if (filter.traineeId() != null) {
      where.append(" and g.traineeId = :trainee");
      parameters.put("trainee", filter.traineeId().toString());
    }
    if (filter.kind() != null) {
      where.append(" and g.kind = :kind");
      parameters.put("kind", filter.kind());
    }
    if (filter.from() != null) {
      where.append(" and g.occurredOn >= :from");
      parameters.put("from", filter.from());
    }
    if (filter.to() != null) {
      where.append(" and g.occurredOn <= :to");
      parameters.put("to", filter.to());
    }
    TypedQuery<GuidanceInteraction> page =
        em().createQuery(
                "select g from GuidanceInteraction g" + where + " order by g.occurredOn desc, g.id",
                GuidanceInteraction.class);
    TypedQuery<Long> count =
        em().createQuery("select count(g) from GuidanceInteraction g" + where, Long.class);
    parameters.forEach(
        (name, value) -> {
          page.setParameter(name, value);
          count.setParameter(name, value);
        });
    List<GuidanceInteraction> items =
        page.setFirstResult(offset).setMaxResults(limit).getResultList();
    return new Page(items, count.getSingleResult());
  }
}
