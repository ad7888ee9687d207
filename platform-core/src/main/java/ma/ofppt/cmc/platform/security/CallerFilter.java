package ma.ofppt.cmc.platform.security;

import jakarta.annotation.Priority;
import jakarta.inject.Inject;
import jakarta.json.JsonString;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.ext.Provider;
import java.security.Principal;
import java.util.Set;
import ma.ofppt.cmc.platform.problem.Problem;
import ma.ofppt.cmc.platform.problem.ProblemType;
import ma.ofppt.cmc.platform.registry.application.TenantRegistry;
import ma.ofppt.cmc.platform.tenancy.TenantBinder;
import ma.ofppt.cmc.platform.tenancy.TenantId;
import org.eclipse.microprofile.jwt.JsonWebToken;

/**
 * Establishes the caller and binds the request's tenant, once, from the verified token. The
 * signature, issuer and expiry were checked by MicroProfile JWT before this runs; this refuses a
 * token whose tenant is unknown or suspended, or whose region is unknown, with 401. No header, path
 * segment or body field can choose the tenant: only the token's {@code tenant} claim does.
 */
@Provider
@Priority(Priorities.AUTHENTICATION + 10)
public class CallerFilter implements ContainerRequestFilter {
  @Inject TenantRegistry registry;
  @Inject TenantBinder binder;
  @Inject Caller caller;

  @Override
  public void filter(ContainerRequestContext request) {
    Principal principal = request.getSecurityContext().getUserPrincipal();
    if (!(principal instanceof JsonWebToken token)) {
      return;
    }
    String tenant = stringClaim(token, TokenClaims.TENANT);
    String region = stringClaim(token, TokenClaims.REGION);
    Set<String> roles = token.getGroups() == null ? Set.of() : token.getGroups();
    if (tenant != null && region != null) {
      request.abortWith(
          Problem.of(ProblemType.UNAUTHENTICATED, 401, "a token names a city or a region, not both")
              .toResponse());
      return;
    }
    if (tenant != null && !(TenantId.isWellFormed(tenant) && registry.isActive(tenant))) {
      request.abortWith(
          Problem.of(ProblemType.UNAUTHENTICATED, 401, "the token's city is unknown or suspended")
              .toResponse());
      return;
    }
    if (tenant == null && roles.stream().anyMatch(Roles.CITY::contains)) {
      request.abortWith(
          Problem.of(
                  ProblemType.UNAUTHENTICATED,
                  401,
                  "a city role needs the city in the token's tenant claim")
              .toResponse());
      return;
    }
    if (region != null && !registry.isRegion(region)) {
      request.abortWith(
          Problem.of(ProblemType.UNAUTHENTICATED, 401, "the token's region is unknown")
              .toResponse());
      return;
    }
    if (tenant != null) {
      binder.bindVerifiedTenant(new TenantId(tenant));
    }
    caller.establish(token.getName(), region, roles);
  }

  private static String stringClaim(JsonWebToken token, String name) {
    Object value = token.getClaim(name);
    if (value instanceof JsonString json) {
      return json.getString();
    }
    return value == null ? null : value.toString();
  }
}
