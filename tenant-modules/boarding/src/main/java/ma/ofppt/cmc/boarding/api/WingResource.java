package ma.ofppt.cmc.boarding.api;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import java.util.UUID;
import ma.ofppt.cmc.boarding.application.HouseService;
import ma.ofppt.cmc.boarding.domain.Sex;
import ma.ofppt.cmc.boarding.domain.Wing;
import ma.ofppt.cmc.platform.api.Name;
import ma.ofppt.cmc.platform.domain.LocalizedName;
import org.eclipse.microprofile.openapi.annotations.Operation;

/** The wings of the city's boarding house, one per sex or more. */
@Path("/v1/boarding/wings")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({
  BoardingRoles.DIRECTOR,
  BoardingRoles.MANAGER,
  BoardingRoles.REGISTRAR,
  BoardingRoles.FINANCE
})
public class WingResource {
  public record WingRequest(
      @NotBlank String code,
      @NotNull @Valid NameDto name,
      @NotNull @Pattern(regexp = "F|M", message = "must be F or M") String sex) {}

  public record WingView(UUID id, String code, Name name, String sex, long version) {
    static WingView of(Wing wing) {
      return new WingView(
          wing.id(), wing.code(), Name.of(wing.name()), wing.sex().name(), wing.version());
    }
  }

  @Inject HouseService houses;

  @GET
  @Operation(summary = "The wings of the city's boarding house")
  public List<WingView> list() {
    return houses.wings().stream().map(WingView::of).toList();
  }

  @GET
  @Path("/{id}")
  @Operation(summary = "One wing")
  public WingView get(@PathParam("id") UUID id) {
    return WingView.of(houses.wing(id));
  }

  @POST
  @Consumes(MediaType.APPLICATION_JSON)
  @RolesAllowed({BoardingRoles.DIRECTOR, BoardingRoles.MANAGER})
  @Operation(summary = "Open a wing for women (F) or men (M)")
  public Response create(@NotNull @Valid WingRequest request, @Context UriInfo uri) {
    WingView created =
        WingView.of(
            houses.createWing(
                request.code(),
                LocalizedName.of(request.name().fr(), request.name().ar()),
                Sex.parse("sex", request.sex())));
    return Response.created(uri.getAbsolutePathBuilder().path(created.id().toString()).build())
        .entity(created)
        .build();
  }
}
