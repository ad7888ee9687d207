package ma.ofppt.cmc.platform.registry.api;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import ma.ofppt.cmc.platform.api.Name;
import ma.ofppt.cmc.platform.registry.application.TenantRegistry;
import ma.ofppt.cmc.platform.security.Caller;
import ma.ofppt.cmc.platform.security.Roles;
import ma.ofppt.cmc.platform.tenancy.TenantContext;
import ma.ofppt.cmc.platform.tenancy.TenantId;
import org.eclipse.microprofile.openapi.annotations.Operation;

/**
 * The registry of the 12 CMCs and their regions (public facts, readable by every signed-in user),
 * the caller's own profile, and suspension of a city by a platform administrator.
 */
@Path("/v1")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class TenantResource {
  public record RegionView(String code, Name name) {}

  public record SuspensionRequest(@NotBlank @Size(max = 500) String reason) {}

  public record Me(String name, List<String> roles, TenantView tenant, String region) {}

  @Inject TenantRegistry registry;
  @Inject Caller caller;
  @Inject TenantContext tenantContext;

  @GET
  @Path("/tenants")
  @RolesAllowed({
    Roles.CITY_DIRECTOR, Roles.ADMISSIONS_OFFICER, Roles.REGISTRAR, Roles.FINANCE_OFFICER,
    Roles.CAMPUS_MANAGER, Roles.CAREER_ADVISOR, Roles.TRAINER, Roles.HQ_ANALYST,
    Roles.REGION_AUDITOR, Roles.PLATFORM_ADMIN
  })
  @Operation(summary = "The 12 CMCs")
  public List<TenantView> tenants() {
    return registry.all().stream().map(TenantView::of).toList();
  }

  @GET
  @Path("/tenants/{code}")
  @RolesAllowed({Roles.HQ_ANALYST, Roles.REGION_AUDITOR, Roles.PLATFORM_ADMIN})
  @Operation(summary = "One CMC of the registry")
  public TenantView tenant(@PathParam("code") String code) {
    return TenantView.of(registry.get(code));
  }

  @GET
  @Path("/regions")
  @RolesAllowed({
    Roles.CITY_DIRECTOR, Roles.ADMISSIONS_OFFICER, Roles.REGISTRAR, Roles.FINANCE_OFFICER,
    Roles.CAMPUS_MANAGER, Roles.CAREER_ADVISOR, Roles.TRAINER, Roles.HQ_ANALYST,
    Roles.REGION_AUDITOR, Roles.PLATFORM_ADMIN
  })
  @Operation(summary = "The 12 regions")
  public List<RegionView> regions() {
    return registry.regions().stream()
        .map(r -> new RegionView(r.code(), Name.of(r.name())))
        .toList();
  }

  @GET
  @Path("/me")
  @RolesAllowed({
    Roles.CITY_DIRECTOR, Roles.ADMISSIONS_OFFICER, Roles.REGISTRAR, Roles.FINANCE_OFFICER,
    Roles.CAMPUS_MANAGER, Roles.CAREER_ADVISOR, Roles.TRAINER, Roles.HQ_ANALYST,
    Roles.REGION_AUDITOR, Roles.PLATFORM_ADMIN
  })
  @Operation(summary = "Who the token says you are, and your city")
  public Me me() {
    TenantView tenant =
        tenantContext
            .current()
            .map(TenantId::value)
            .map(registry::get)
            .map(TenantView::of)
            .orElse(null);
    return new Me(
        caller.name(),
        caller.roles().stream().sorted().toList(),
        tenant,
        caller.region().orElse(null));
  }

  @POST
  @Path("/tenants/{code}/suspension")
  @Consumes(MediaType.APPLICATION_JSON)
  @RolesAllowed(Roles.PLATFORM_ADMIN)
  @Operation(summary = "Suspend a city: its tokens stop working, its data stays")
  public TenantView suspend(
      @PathParam("code") String code, @jakarta.validation.Valid SuspensionRequest request) {
    return TenantView.of(registry.suspend(code, request == null ? null : request.reason()));
  }

  @DELETE
  @Path("/tenants/{code}/suspension")
  @RolesAllowed(Roles.PLATFORM_ADMIN)
  @Operation(summary = "Lift a city's suspension")
  public TenantView reactivate(@PathParam("code") String code) {
    return TenantView.of(registry.reactivate(code));
  }
}
