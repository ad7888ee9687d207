package ma.ofppt.cmc.boarding.api;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import ma.ofppt.cmc.boarding.application.BoardingFigures;
import org.eclipse.microprofile.openapi.annotations.Operation;

/** The boarding figures of the city (definitions in docs/boarding-figures.md). */
@Path("/v1/boarding/figures/{academicYear}")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({
  BoardingRoles.DIRECTOR,
  BoardingRoles.MANAGER,
  BoardingRoles.REGISTRAR,
  BoardingRoles.FINANCE
})
public class FiguresResource {
  @Inject BoardingFigures figures;

  @GET
  @Operation(
      summary =
          "Beds, occupancy, trainees housed against the 16 % target, waitlist and meals on a day"
              + " (default today)")
  public BoardingFigures.Figures figures(
      @PathParam("academicYear") String academicYear, @QueryParam("on") String on) {
    LocalDate day =
        on == null
            ? LocalDate.now(Clock.system(ZoneId.of("Africa/Casablanca")))
            : Dates.parse(on, "on");
    return figures.of(academicYear, day);
  }
}
