package ma.ofppt.cmc.hq.application;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import ma.ofppt.cmc.platform.registry.domain.Region;
import ma.ofppt.cmc.platform.registry.domain.Tenant;

/**
 * The cities and regions of the tenant registry (platform reference data, readable without a city),
 * for the names HQ's tables show beside the codes.
 */
public record Places(Map<String, Tenant> cities, Map<String, Region> regions) {

  static Places of(List<Tenant> cities, List<Region> regions) {
    Map<String, Tenant> byCode = new LinkedHashMap<>();
    cities.forEach(c -> byCode.put(c.id().value(), c));
    Map<String, Region> regionsByCode = new LinkedHashMap<>();
    regions.forEach(r -> regionsByCode.put(r.code(), r));
    return new Places(Map.copyOf(byCode), Map.copyOf(regionsByCode));
  }

  public Optional<Tenant> city(String code) {
    return Optional.ofNullable(cities.get(code));
  }

  public Optional<Region> region(String code) {
    return Optional.ofNullable(regions.get(code));
  }

  /** The region of a city; the city's own code for a city the registry does not know. */
  public String regionOf(String city) {
    Tenant tenant = cities.get(city);
    return tenant == null ? city : tenant.regionCode();
  }
}
