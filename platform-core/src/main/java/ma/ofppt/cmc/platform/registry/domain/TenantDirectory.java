package ma.ofppt.cmc.platform.registry.domain;

import java.util.List;
import java.util.Optional;

/** The registry's storage: the 12 tenants and 12 regions. */
public interface TenantDirectory {
  Optional<Tenant> find(String code);

  List<Tenant> all();

  Optional<Region> region(String code);

  List<Region> regions();
}
