package ma.ofppt.cmc.admissions.api;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;
import ma.ofppt.cmc.admissions.application.SelectionService;
import ma.ofppt.cmc.admissions.domain.ProgrammeCriteria;
import ma.ofppt.cmc.admissions.domain.SelectionRun;
import ma.ofppt.cmc.platform.domain.NotFoundException;
import ma.ofppt.cmc.platform.security.Roles;
import org.eclipse.microprofile.openapi.annotations.Operation;

/**
 * Selection of an intake: the criteria each programme ranks by, a simulation that changes nothing,
 * and the run itself (once per intake, by the director), which makes the offers and waitlists.
 */
@Path("/v1/selection/{academicYear}")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.CITY_DIRECTOR, Roles.ADMISSIONS_OFFICER})
public class SelectionResource {
  public record CriteriaRequest(
      BigDecimal gradeWeight, BigDecimal testWeight, BigDecimal interviewWeight) {}

  public record CriteriaView(
      UUID programmeId,
      BigDecimal gradeWeight,
      BigDecimal testWeight,
      BigDecimal interviewWeight) {}

  /** The lottery seed is published with the results; leave it out to draw a random one. */
  public record RunRequest(String seed) {}

  public record RunView(
      String academicYear,
      String seed,
      Instant ranAt,
      String ranBy,
      int applications,
      int offers,
      int waitlisted) {}

  @Inject SelectionService selection;

  @PUT
  @Path("/criteria/{programmeId}")
  @Consumes(MediaType.APPLICATION_JSON)
  @RolesAllowed(Roles.CITY_DIRECTOR)
  @Operation(summary = "Set the weights a programme ranks its applicants by (before the run)")
  public CriteriaView setCriteria(
      @PathParam("academicYear") String academicYear,
      @PathParam("programmeId") UUID programmeId,
      CriteriaRequest request) {
    ProgrammeCriteria c =
        selection.setCriteria(
            programmeId,
            academicYear,
            request.gradeWeight(),
            request.testWeight(),
            request.interviewWeight());
    return new CriteriaView(c.programmeId(), c.gradeWeight(), c.testWeight(), c.interviewWeight());
  }

  @POST
  @Path("/simulation")
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(summary = "Compute the selection without writing anything (same seed, same result)")
  public SelectionService.Summary simulate(
      @PathParam("academicYear") String academicYear, RunRequest request) {
    return selection.simulate(academicYear, request.seed());
  }

  @POST
  @Path("/run")
  @Consumes(MediaType.APPLICATION_JSON)
  @RolesAllowed(Roles.CITY_DIRECTOR)
  @Operation(summary = "Run the selection of the intake: offers and waitlists (once)")
  public Response run(@PathParam("academicYear") String academicYear, RunRequest request) {
    return Response.status(Response.Status.CREATED)
        .entity(selection.run(academicYear, request.seed()))
        .build();
  }

  @GET
  @Path("/run")
  @RolesAllowed({Roles.CITY_DIRECTOR, Roles.ADMISSIONS_OFFICER, Roles.REGISTRAR})
  @Operation(summary = "When and how the intake's selection ran")
  public RunView runOf(@PathParam("academicYear") String academicYear) {
    SelectionRun run =
        selection
            .runOf(academicYear)
            .orElseThrow(() -> new NotFoundException("selection run of", academicYear));
    return new RunView(
        run.academicYear(),
        run.seed(),
        run.ranAt(),
        run.ranBy(),
        run.applications(),
        run.offers(),
        run.waitlisted());
  }
}
