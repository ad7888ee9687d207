package ma.ofppt.cmc.platform.security.demo;

import jakarta.annotation.security.PermitAll;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.spi.JsonProvider;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import ma.ofppt.cmc.platform.domain.DomainRuleViolation;
import ma.ofppt.cmc.platform.registry.application.TenantRegistry;
import ma.ofppt.cmc.platform.security.Roles;
import ma.ofppt.cmc.platform.security.TokenClaims;
import ma.ofppt.cmc.platform.tenancy.TenantId;
import org.eclipse.microprofile.openapi.annotations.Operation;

/**
 * Demo mode only: issues a signed token for a city role, an auditor's region or HQ, so that the
 * platform can be tried without an identity provider. Outside demo mode it answers 404 to every
 * request and is left out of the OpenAPI document: it does not exist.
 */
@Path("/dev/tokens")
@RequestScoped
@PermitAll
public class DevTokenResource {
  /** One provider, looked up once: {@code Json.create*} looks it up again on every call. */
  private static final JsonProvider JSON = JsonProvider.provider();

  static final int DEFAULT_TTL_MINUTES = 480;
  static final int MAX_TTL_MINUTES = 1440;

  @Inject TenantRegistry registry;

  private final Clock clock = Clock.systemUTC();

  @POST
  @Consumes(MediaType.APPLICATION_JSON)
  @Produces(MediaType.APPLICATION_JSON)
  @Operation(summary = "Issue a demo token (demo mode only)")
  public DevTokenResponse issue(DevTokenRequest request) {
    if (!DemoMode.isEnabled()) {
      throw new NotFoundException();
    }
    DomainRuleViolation.require(
        request != null, "roles", "send {\"tenant\": ..., \"roles\": [...]}");
    List<String> roles = request.roles() == null ? List.of() : request.roles();
    DomainRuleViolation.require(!roles.isEmpty(), "roles", "name at least one role");
    for (int i = 0; i < roles.size(); i++) {
      DomainRuleViolation.require(
          roles.get(i) != null && Roles.isKnown(roles.get(i)), "roles[" + i + "]", "unknown role");
    }
    boolean city = roles.stream().anyMatch(Roles.CITY::contains);
    boolean platform = roles.stream().anyMatch(Roles.PLATFORM::contains);
    DomainRuleViolation.require(
        !(city && platform), "roles", "city roles and platform roles do not mix in one token");
    String tenant = blankToNull(request.tenant());
    String region = blankToNull(request.region());
    if (city) {
      DomainRuleViolation.require(tenant != null, "tenant", "city roles need the city's code");
      DomainRuleViolation.require(
          TenantId.isWellFormed(tenant) && registry.isActive(tenant),
          "tenant",
          "no active city has this code");
      DomainRuleViolation.require(region == null, "region", "a city token carries no region");
    } else {
      DomainRuleViolation.require(tenant == null, "tenant", "platform roles carry no city");
    }
    boolean auditor = roles.contains(Roles.REGION_AUDITOR);
    if (auditor) {
      DomainRuleViolation.require(region != null, "region", "a regional auditor needs a region");
      DomainRuleViolation.require(registry.isRegion(region), "region", "unknown region");
    } else if (!city) {
      DomainRuleViolation.require(
          region == null, "region", "only regional auditors carry a region");
    }
    int ttl = request.ttlMinutes() == null ? DEFAULT_TTL_MINUTES : request.ttlMinutes();
    DomainRuleViolation.require(
        ttl >= 1 && ttl <= MAX_TTL_MINUTES, "ttlMinutes", "between 1 and " + MAX_TTL_MINUTES);

    String subject =
        blankToNull(request.subject()) != null
            ? request.subject().strip()
            : "demo."
                + roles.get(0)
                + "@"
                + (tenant != null ? tenant : region != null ? region : "ofppt");
    Instant now = clock.instant();
    Instant expires = now.plus(Duration.ofMinutes(ttl));
    JsonArrayBuilder groups = JSON.createArrayBuilder();
    roles.forEach(groups::add);
    JsonObjectBuilder claims =
        JSON.createObjectBuilder()
            .add("iss", DemoMode.ISSUER)
            .add("sub", subject)
            .add("upn", subject)
            .add("jti", UUID.randomUUID().toString())
            .add("iat", now.getEpochSecond())
            .add("exp", expires.getEpochSecond())
            .add("groups", groups);
    if (tenant != null) {
      claims.add(TokenClaims.TENANT, tenant);
    }
    if (region != null) {
      claims.add(TokenClaims.REGION, region);
    }
    return new DevTokenResponse(
        DemoTokenSigner.sign(claims.build()),
        "Bearer",
        expires,
        subject,
        tenant,
        region,
        List.copyOf(roles));
  }

  private static String blankToNull(String value) {
    return value == null || value.isBlank() ? null : value.strip();
  }
}
