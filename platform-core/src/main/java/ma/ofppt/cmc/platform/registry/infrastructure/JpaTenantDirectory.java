package ma.ofppt.cmc.platform.registry.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Optional;
import ma.ofppt.cmc.platform.persistence.TenantPersistence;
import ma.ofppt.cmc.platform.registry.domain.Region;
import ma.ofppt.cmc.platform.registry.domain.Tenant;
import ma.ofppt.cmc.platform.registry.domain.TenantDirectory;

@ApplicationScoped
class JpaTenantDirectory implements TenantDirectory {
  @Inject TenantPersistence persistence;

  @Override
  public Optional<Tenant> find(String code) {
    return Optional.ofNullable(persistence.em().find(Tenant.class, code));
  }

  @Override
  public List<Tenant> all() {
    return persistence
        .em()
        .createQuery("select t from Tenant t order by t.code", Tenant.class)
        .getResultList();
  }

  @Override
  public Optional<Region> region(String code) {
    return Optional.ofNullable(persistence.em().find(Region.class, code));
  }

  @Override
  public List<Region> regions() {
    return persistence
        .em()
        .createQuery("select r from Region r order by r.code", Region.class)
        .getResultList();
  }
}
