package ma.ofppt.cmc.admissions.api;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
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
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import ma.ofppt.cmc.admissions.application.ApplicantDetails;
import ma.ofppt.cmc.admissions.application.ApplicationService;
import ma.ofppt.cmc.admissions.application.WishDetails;
import ma.ofppt.cmc.admissions.domain.Admissions;
import ma.ofppt.cmc.admissions.domain.Applicant;
import ma.ofppt.cmc.admissions.domain.Application;
import ma.ofppt.cmc.admissions.domain.ApplicationQuery;
import ma.ofppt.cmc.admissions.domain.ApplicationSource;
import ma.ofppt.cmc.admissions.domain.ApplicationStatus;
import ma.ofppt.cmc.admissions.domain.Sex;
import ma.ofppt.cmc.platform.api.InvalidInputException;
import ma.ofppt.cmc.platform.api.PageResult;
import ma.ofppt.cmc.platform.api.Paging;
import ma.ofppt.cmc.platform.domain.DomainRuleViolation;
import ma.ofppt.cmc.platform.domain.PageRequest;
import ma.ofppt.cmc.platform.offer.EducationLevel;
import ma.ofppt.cmc.platform.offer.OfferedProgrammes.OfferedProgramme;
import ma.ofppt.cmc.platform.security.Roles;
import org.eclipse.microprofile.openapi.annotations.Operation;

/**
 * The applications of the caller's city. Admissions officers and the director enter and change
 * them; the registrar reads them.
 */
@Path("/v1/applications")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.CITY_DIRECTOR, Roles.ADMISSIONS_OFFICER, Roles.REGISTRAR})
public class ApplicationResource {
  @Inject ApplicationService applications;

  @POST
  @Consumes(MediaType.APPLICATION_JSON)
  @RolesAllowed({Roles.CITY_DIRECTOR, Roles.ADMISSIONS_OFFICER})
  @Operation(summary = "Submit an application; each wish is assessed for eligibility at once")
  public Response submit(@Valid ApplicationRequest request, @Context UriInfo uri) {
    DomainRuleViolation.require(request.applicant() != null, "applicant", "required");
    Application application =
        applications.submit(
            new ApplicationService.Submission(
                details(request.applicant()),
                request.academicYear(),
                wishes(request.wishes()),
                ApplicationSource.API));
    ApplicationView view = view(application);
    return Response.created(uri.getAbsolutePathBuilder().path(view.id().toString()).build())
        .entity(view)
        .build();
  }

  @GET
  @Operation(summary = "List applications, filtered and paged (newest first)")
  public PageResult<ApplicationView> list(
      @QueryParam("academicYear") String academicYear,
      @QueryParam("status") String status,
      @QueryParam("programme") String programme,
      @QueryParam("q") String text,
      @QueryParam("page") Integer page,
      @QueryParam("size") Integer size) {
    PageRequest paging = Paging.of(page, size);
    Admissions.Page result =
        applications.search(
            new ApplicationQuery(
                academicYear == null || academicYear.isBlank() ? null : academicYear.strip(),
                InvalidInputException.parseEnum(ApplicationStatus.class, status, "status"),
                InvalidInputException.parseUuid(programme, "programme"),
                text),
            paging);
    Map<String, Map<UUID, OfferedProgramme>> programmesByYear = new HashMap<>();
    List<ApplicationView> items =
        result.rows().stream()
            .map(
                row ->
                    ApplicationView.of(
                        row.application(),
                        row.applicant(),
                        programmesByYear.computeIfAbsent(
                            row.application().academicYear(), applications::offeredById)))
            .toList();
    return new PageResult<>(items, paging.page(), paging.size(), result.total());
  }

  @GET
  @Path("/{id}")
  @Operation(summary = "One application with its applicant and wishes")
  public ApplicationView get(@PathParam("id") UUID id) {
    return view(applications.application(id));
  }

  @GET
  @Path("/{id}/explanation")
  @Operation(summary = "What selection decided for each wish of the application, and why")
  public ExplanationView explain(@PathParam("id") UUID id) {
    Application application = applications.application(id);
    return ExplanationView.of(
        application,
        applications.offeredById(application.academicYear()),
        applications.selectionSeed(application.academicYear()).orElse(null),
        applications.liveOffer(id).orElse(null));
  }

  @PUT
  @Path("/{id}/wishes")
  @Consumes(MediaType.APPLICATION_JSON)
  @RolesAllowed({Roles.CITY_DIRECTOR, Roles.ADMISSIONS_OFFICER})
  @Operation(summary = "Replace the wishes before selection (send the version you read)")
  public ApplicationView changeWishes(
      @PathParam("id") UUID id, @Valid ApplicationRequest.WishesChange change) {
    DomainRuleViolation.require(change.version() != null, "version", "send the version you read");
    return view(applications.changeWishes(id, change.version(), wishes(change.wishes())));
  }

  @POST
  @Path("/{id}/withdrawal")
  @Consumes(MediaType.APPLICATION_JSON)
  @RolesAllowed({Roles.CITY_DIRECTOR, Roles.ADMISSIONS_OFFICER})
  @Operation(summary = "Withdraw an application, with a reason")
  public ApplicationView withdraw(
      @PathParam("id") UUID id, ApplicationRequest.Withdrawal withdrawal) {
    return view(applications.withdraw(id, withdrawal.reason()));
  }

  private ApplicationView view(Application application) {
    Applicant applicant = applications.applicant(application.applicantId());
    return ApplicationView.of(
        application, applicant, applications.offeredById(application.academicYear()));
  }

  private static ApplicantDetails details(ApplicationRequest.ApplicantPart a) {
    ApplicationRequest.NamePart name = a.name();
    DomainRuleViolation.require(
        name != null && name.first() != null && name.last() != null,
        "applicant.name",
        "first and last names, in French and Arabic");
    return new ApplicantDetails(
        a.nationalId(),
        name.first().fr(),
        name.last().fr(),
        name.first().ar(),
        name.last().ar(),
        date(a.birthDate(), "applicant.birthDate"),
        InvalidInputException.parseEnum(Sex.class, a.sex(), "applicant.sex"),
        a.province(),
        Boolean.TRUE.equals(a.remoteArea()),
        Boolean.TRUE.equals(a.disability()),
        InvalidInputException.parseEnum(
            EducationLevel.class, a.educationLevel(), "applicant.educationLevel"),
        a.phone(),
        a.email());
  }

  private static List<WishDetails> wishes(List<ApplicationRequest.WishPart> parts) {
    DomainRuleViolation.require(parts != null && !parts.isEmpty(), "wishes", "at least one wish");
    return parts.stream()
        .map(
            w ->
                w == null
                    ? null
                    : new WishDetails(
                        w.programmeCode(), w.gradeAverage(), w.testScore(), w.interviewScore()))
        .toList();
  }

  private static LocalDate date(String text, String field) {
    if (text == null || text.isBlank()) {
      throw new InvalidInputException(field, "required, as yyyy-MM-dd");
    }
    try {
      return LocalDate.parse(text.strip());
    } catch (DateTimeParseException e) {
      throw new InvalidInputException(field, "not a date in the form yyyy-MM-dd");
    }
  }
}
