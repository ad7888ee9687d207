package ma.ofppt.cmc.facilities.api;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import java.util.UUID;
import ma.ofppt.cmc.facilities.api.FacilityDtos.ResourceRequest;
import ma.ofppt.cmc.facilities.api.FacilityDtos.ResourceView;
import ma.ofppt.cmc.facilities.application.ResourceService;
import ma.ofppt.cmc.facilities.domain.ResourceKind;
import ma.ofppt.cmc.platform.api.InvalidInputException;
import ma.ofppt.cmc.platform.domain.DomainRuleViolation;
import ma.ofppt.cmc.platform.security.Roles;
import org.eclipse.microprofile.openapi.annotations.Operation;

/** The bookable platforms and shared structures of the caller's city. */
@Path("/v1/facilities/resources")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.CITY_DIRECTOR, Roles.CAMPUS_MANAGER, Roles.TRAINER})
public class FacilitiesResource {
  @Inject ResourceService resources;

  @GET
  @Operation(summary = "The city's resources, by code (filter by kind and active)")
  public List<ResourceView> list(
      @QueryParam("kind") String kind, @QueryParam("active") Boolean active) {
    return resources
        .resources(InvalidInputException.parseEnum(ResourceKind.class, kind, "kind"), active)
        .stream()
        .map(ResourceView::of)
        .toList();
  }

  @GET
  @Path("/{id}")
  @Operation(summary = "One resource, with its capacity and weekly opening hours")
  public ResourceView get(@PathParam("id") UUID id) {
    return ResourceView.of(resources.resource(id));
  }

  @POST
  @Consumes(MediaType.APPLICATION_JSON)
  @RolesAllowed(Roles.CAMPUS_MANAGER)
  @Operation(summary = "Create a resource (platform or shared structure)")
  public Response create(@NotNull @Valid ResourceRequest request, @Context UriInfo uri) {
    DomainRuleViolation.require(request.code() != null, "code", "required");
    ResourceView created = ResourceView.of(resources.create(request.code(), request.description()));
    return Response.created(uri.getAbsolutePathBuilder().path(created.id().toString()).build())
        .entity(created)
        .build();
  }

  @PUT
  @Path("/{id}")
  @Consumes(MediaType.APPLICATION_JSON)
  @RolesAllowed(Roles.CAMPUS_MANAGER)
  @Operation(
      summary =
          "Change a resource's names, kind, capacity, pole, opening hours or active flag (send"
              + " the version you read)")
  public ResourceView update(@PathParam("id") UUID id, @NotNull @Valid ResourceRequest request) {
    DomainRuleViolation.require(request.version() != null, "version", "send the version you read");
    return ResourceView.of(resources.redescribe(id, request.version(), request.description()));
  }
}
