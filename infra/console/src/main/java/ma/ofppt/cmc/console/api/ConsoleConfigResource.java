package ma.ofppt.cmc.console.api;

import jakarta.annotation.security.PermitAll;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.CacheControl;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import ma.ofppt.cmc.platform.api.Name;
import ma.ofppt.cmc.platform.domain.AcademicYear;
import ma.ofppt.cmc.platform.registry.application.TenantRegistry;
import ma.ofppt.cmc.platform.registry.domain.Tenant;
import ma.ofppt.cmc.platform.security.Roles;
import ma.ofppt.cmc.platform.security.demo.DemoMode;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.openapi.annotations.Operation;

/**
 * What the console needs before anyone signs in: how to sign in. In demo mode, the cities, regions
 * and roles to pick from (the demo token endpoint mints the token); otherwise the identity
 * provider's issuer and the console's public client id, for an authorization-code flow with PKCE in
 * the browser. Nothing here is secret: the registry's names are public facts and a public client
 * has no secret.
 */
@Path("/v1/console/config")
@RequestScoped
@PermitAll
public class ConsoleConfigResource {

  @Inject TenantRegistry registry;

  private final Clock clock = Clock.systemDefaultZone();

  @Inject
  @ConfigProperty(name = "cmc.console.oidc.issuer")
  Optional<String> issuer;

  @Inject
  @ConfigProperty(name = "cmc.console.oidc.client-id", defaultValue = "cmc-console")
  String clientId;

  @Inject
  @ConfigProperty(name = "cmc.console.oidc.scope", defaultValue = "openid profile")
  String scope;

  @Inject
  @ConfigProperty(name = "cmc.console.academic-year")
  Optional<String> academicYear;

  @GET
  @Produces(MediaType.APPLICATION_JSON)
  @Operation(summary = "How the web console signs in (public)")
  public Response config() {
    ConsoleConfig config;
    if (DemoMode.isEnabled()) {
      config =
          new ConsoleConfig(
              "demo",
              null,
              registry.all().stream()
                  .filter(Tenant::isActive)
                  .map(
                      t ->
                          new ConsoleConfig.City(
                              t.id().value(), t.regionCode(), Name.of(t.name()), Name.of(t.city())))
                  .toList(),
              registry.regions().stream()
                  .map(r -> new ConsoleConfig.Region(r.code(), Name.of(r.name())))
                  .toList(),
              new ConsoleConfig.DemoRoles(
                  Roles.CITY.stream().sorted().toList(),
                  List.of(Roles.HQ_ANALYST, Roles.REGION_AUDITOR, Roles.PLATFORM_ADMIN)),
              openingYear());
    } else {
      config =
          new ConsoleConfig(
              "oidc",
              issuer
                  .filter(value -> !value.isBlank())
                  .map(value -> new ConsoleConfig.Oidc(value.strip(), clientId, scope))
                  .orElse(null),
              List.of(),
              List.of(),
              null,
              openingYear());
    }
    CacheControl noStore = new CacheControl();
    noStore.setNoStore(true);
    return Response.ok(config).cacheControl(noStore).build();
  }

  /** The configured year (the demo sets its data's), else the academic year of today. */
  private String openingYear() {
    return academicYear
        .filter(AcademicYear::isValid)
        .orElseGet(() -> AcademicYear.containing(LocalDate.now(clock)).value());
  }
}
