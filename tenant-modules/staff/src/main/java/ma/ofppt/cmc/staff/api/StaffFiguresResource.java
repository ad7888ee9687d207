package ma.ofppt.cmc.staff.api;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import ma.ofppt.cmc.platform.api.InvalidInputException;
import ma.ofppt.cmc.platform.domain.AcademicYear;
import ma.ofppt.cmc.platform.security.Roles;
import ma.ofppt.cmc.staff.application.StaffFigures;
import org.eclipse.microprofile.openapi.annotations.Operation;

/** An academic year's staff figures, per pole and for the city (docs/staff-figures.md). */
@Path("/v1/staff-figures/{academicYear}")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.CITY_DIRECTOR, Roles.REGISTRAR, Roles.TRAINER})
public class StaffFiguresResource {
  @Inject StaffFigures figures;

  @GET
  @Operation(
      summary =
          "Headcount by kind and contract, trainers' ceiling hours, assigned hours and load rate,"
              + " per pole and for the city")
  public StaffFigures.YearFigures figures(@PathParam("academicYear") String academicYear) {
    if (!AcademicYear.isValid(academicYear)) {
      throw new InvalidInputException("academicYear", "use the form 2031-2032");
    }
    return figures.of(new AcademicYear(academicYear));
  }
}
