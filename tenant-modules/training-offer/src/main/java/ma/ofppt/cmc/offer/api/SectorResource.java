package ma.ofppt.cmc.offer.api;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import ma.ofppt.cmc.offer.application.OfferService;
import ma.ofppt.cmc.offer.domain.Sector;
import ma.ofppt.cmc.platform.api.Name;
import ma.ofppt.cmc.platform.domain.LocalizedName;
import ma.ofppt.cmc.platform.security.Roles;
import org.eclipse.microprofile.openapi.annotations.Operation;

/** The national sector list: read by everyone, names edited by a platform administrator. */
@Path("/v1/sectors")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class SectorResource {
  public record SectorView(String code, Name name, boolean isNew, boolean extraLanguageSemester) {
    static SectorView of(Sector s) {
      return new SectorView(s.code(), Name.of(s.name()), s.isNew(), s.requiresLanguageSemester());
    }
  }

  public record RenameRequest(@NotNull @Valid NameDto name) {}

  @Inject OfferService offer;

  @GET
  @RolesAllowed({
    Roles.CITY_DIRECTOR, Roles.ADMISSIONS_OFFICER, Roles.REGISTRAR, Roles.FINANCE_OFFICER,
    Roles.CAMPUS_MANAGER, Roles.CAREER_ADVISOR, Roles.TRAINER, Roles.HQ_ANALYST,
    Roles.REGION_AUDITOR, Roles.PLATFORM_ADMIN
  })
  @Operation(summary = "The 12 national sectors")
  public List<SectorView> list() {
    return offer.sectors().stream().map(SectorView::of).toList();
  }

  @PUT
  @Path("/{code}")
  @Consumes(MediaType.APPLICATION_JSON)
  @RolesAllowed(Roles.PLATFORM_ADMIN)
  @Operation(summary = "Rename a sector")
  public SectorView rename(@PathParam("code") String code, @Valid RenameRequest request) {
    return SectorView.of(
        offer.renameSector(code, LocalizedName.of(request.name().fr(), request.name().ar())));
  }
}
