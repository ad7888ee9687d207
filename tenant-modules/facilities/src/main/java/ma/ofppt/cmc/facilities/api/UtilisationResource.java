package ma.ofppt.cmc.facilities.api;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import ma.ofppt.cmc.facilities.application.UtilisationFigures;
import ma.ofppt.cmc.platform.api.InvalidInputException;
import ma.ofppt.cmc.platform.security.Roles;
import org.eclipse.microprofile.openapi.annotations.Operation;

/** A month's utilisation of the city's resources (definitions in docs/facilities-figures.md). */
@Path("/v1/facilities/utilisation/{month}")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.CITY_DIRECTOR, Roles.CAMPUS_MANAGER})
public class UtilisationResource {
  @Inject UtilisationFigures figures;

  @GET
  @Operation(
      summary = "Open hours, booked hours and utilisation per resource, per kind and for the city")
  public UtilisationFigures.MonthFigures month(@PathParam("month") String month) {
    YearMonth parsed;
    try {
      parsed = YearMonth.parse(month);
    } catch (DateTimeParseException e) {
      throw new InvalidInputException("month", "use the form 2040-03");
    }
    return figures.of(parsed);
  }
}
