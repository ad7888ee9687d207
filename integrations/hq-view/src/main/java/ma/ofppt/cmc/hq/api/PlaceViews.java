package ma.ofppt.cmc.hq.api;

import ma.ofppt.cmc.hq.application.Places;
import ma.ofppt.cmc.platform.api.Name;
import ma.ofppt.cmc.platform.registry.domain.Tenant;

/** Cities and regions as HQ's tables name them: the code, and the names in French and Arabic. */
public final class PlaceViews {
  private PlaceViews() {}

  /**
   * @param code the city's code (its tenant)
   * @param name the CMC's name
   * @param seat the town it stands in
   * @param region the code of its region
   */
  public record CityRef(String code, Name name, Name seat, String region) {}

  public record RegionRef(String code, Name name) {}

  static CityRef city(Places places, String code) {
    return places
        .city(code)
        .map(PlaceViews::city)
        .orElseGet(() -> new CityRef(code, null, null, null));
  }

  static CityRef city(Tenant t) {
    return new CityRef(t.id().value(), Name.of(t.name()), Name.of(t.city()), t.regionCode());
  }

  static RegionRef region(Places places, String code) {
    return places
        .region(code)
        .map(r -> new RegionRef(r.code(), Name.of(r.name())))
        .orElseGet(() -> new RegionRef(code, null));
  }
}
