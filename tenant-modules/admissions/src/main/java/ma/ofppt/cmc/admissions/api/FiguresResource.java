package ma.ofppt.cmc.admissions.api;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import ma.ofppt.cmc.admissions.application.AdmissionFigures;
import ma.ofppt.cmc.platform.api.InvalidInputException;
import ma.ofppt.cmc.platform.security.Roles;
import org.eclipse.microprofile.openapi.annotations.Operation;

/** An intake's admissions figures (definitions in docs/admissions-figures.md). */
@Path("/v1/admissions/{academicYear}/figures")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.CITY_DIRECTOR, Roles.ADMISSIONS_OFFICER, Roles.REGISTRAR})
public class FiguresResource {
  @Inject AdmissionFigures figures;

  @GET
  @Operation(summary = "Seats, applications, demand, offers, acceptances, enrolment and fill rate")
  public AdmissionFigures.IntakeFigures figures(@PathParam("academicYear") String academicYear) {
    if (academicYear == null || !academicYear.matches("\\d{4}-\\d{4}")) {
      throw new InvalidInputException("academicYear", "use the form 2025-2026");
    }
    return figures.of(academicYear);
  }
}
