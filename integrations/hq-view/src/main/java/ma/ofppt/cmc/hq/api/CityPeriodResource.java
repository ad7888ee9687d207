package ma.ofppt.cmc.hq.api;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import ma.ofppt.cmc.hq.api.PeriodResource.EventView;
import ma.ofppt.cmc.hq.application.PeriodService;
import org.eclipse.microprofile.openapi.annotations.Operation;

/**
 * What a city sees of HQ's period closes: when HQ closed or reopened one of the city's periods, who
 * did and why. Read in the city's own transaction, bound to the city by its token; row-level
 * security shows it its own events and no other city's.
 */
@Path("/v1/consolidation/periods")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({
  HqRoles.DIRECTOR,
  HqRoles.ADMISSIONS,
  HqRoles.REGISTRAR,
  HqRoles.FINANCE,
  HqRoles.CAMPUS,
  HqRoles.CAREERS
})
public class CityPeriodResource {
  @Inject PeriodService periods;

  @GET
  @Operation(summary = "HQ's closes and reopens of this city's periods, newest first")
  public List<EventView> events() {
    return periods.ownEvents().stream().map(EventView::of).toList();
  }
}
