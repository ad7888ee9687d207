package ma.ofppt.cmc.careers.api;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import ma.ofppt.cmc.careers.application.CareerFigures;
import ma.ofppt.cmc.platform.api.InvalidInputException;
import ma.ofppt.cmc.platform.domain.DomainRuleViolation;
import ma.ofppt.cmc.platform.security.Roles;
import org.eclipse.microprofile.openapi.annotations.Operation;

/**
 * An intake's tracer figures, one entry per opened wave (definitions in docs/careers-figures.md).
 */
@Path("/v1/careers/{academicYear}/figures")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.CAREER_ADVISOR, Roles.CITY_DIRECTOR})
public class CareerFiguresResource {
  @Inject CareerFigures figures;

  @GET
  @Operation(
      summary =
          "Response and insertion rates of the intake's 6- and 12-month waves, with their counts,"
              + " per programme, pole and city")
  public List<TracerViews.WaveFiguresView> figures(@PathParam("academicYear") String academicYear) {
    try {
      return figures.ofIntake(academicYear).stream().map(TracerViews.WaveFiguresView::of).toList();
    } catch (DomainRuleViolation e) {
      throw new InvalidInputException(e.field(), e.getMessage());
    }
  }
}
