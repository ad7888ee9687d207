package ma.ofppt.cmc.console.api;

import java.util.List;
import ma.ofppt.cmc.platform.api.Name;

/**
 * How the console signs in: {@code demo} (pick a city or region and a role) or {@code oidc} (the
 * identity provider; {@code oidc} is null when none is configured, and the console says so), and
 * the academic year its screens open on.
 */
public record ConsoleConfig(
    String signIn,
    Oidc oidc,
    List<City> cities,
    List<Region> regions,
    DemoRoles roles,
    String academicYear) {

  public record Oidc(String issuer, String clientId, String scope) {}

  public record City(String code, String region, Name name, Name city) {}

  public record Region(String code, Name name) {}

  /** Demo mode: the roles a city token may carry, and those above the cities. */
  public record DemoRoles(List<String> city, List<String> platform) {}
}
