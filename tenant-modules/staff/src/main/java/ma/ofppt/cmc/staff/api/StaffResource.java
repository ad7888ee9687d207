package ma.ofppt.cmc.staff.api;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
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
import java.util.UUID;
import ma.ofppt.cmc.platform.api.InvalidInputException;
import ma.ofppt.cmc.platform.api.PageResult;
import ma.ofppt.cmc.platform.api.Paging;
import ma.ofppt.cmc.platform.domain.DomainRuleViolation;
import ma.ofppt.cmc.platform.domain.LocalizedName;
import ma.ofppt.cmc.platform.domain.PageRequest;
import ma.ofppt.cmc.platform.security.Roles;
import ma.ofppt.cmc.staff.application.StaffService;
import ma.ofppt.cmc.staff.domain.ContractType;
import ma.ofppt.cmc.staff.domain.StaffDetails;
import ma.ofppt.cmc.staff.domain.StaffKind;
import ma.ofppt.cmc.staff.domain.StaffQuery;
import ma.ofppt.cmc.staff.domain.StaffStatus;
import org.eclipse.microprofile.openapi.annotations.Operation;

/** The trainers and administrative staff of the caller's city, kept by the director. */
@Path("/v1/staff")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.CITY_DIRECTOR, Roles.REGISTRAR, Roles.TRAINER})
public class StaffResource {
  /** The day a staff member leaves the city. */
  public record Departure(@NotNull LocalDate leftOn) {}

  @Inject StaffService staff;

  @GET
  @Operation(summary = "Staff members, by kind, pole and status")
  public PageResult<StaffView> list(
      @QueryParam("kind") String kind,
      @QueryParam("pole") String pole,
      @QueryParam("status") String status,
      @QueryParam("page") Integer page,
      @QueryParam("size") Integer size) {
    PageRequest paging = Paging.of(page, size);
    StaffService.StaffPage result =
        staff.members(
            new StaffQuery(
                InvalidInputException.parseEnum(StaffKind.class, kind, "kind"),
                InvalidInputException.parseUuid(pole, "pole"),
                InvalidInputException.parseEnum(StaffStatus.class, status, "status")),
            paging);
    return new PageResult<>(
        result.items().stream().map(StaffView::of).toList(),
        paging.page(),
        paging.size(),
        result.total());
  }

  @GET
  @Path("/{id}")
  @Operation(summary = "One staff member")
  public StaffView get(@PathParam("id") UUID id) {
    return StaffView.of(staff.member(id));
  }

  @POST
  @Consumes(MediaType.APPLICATION_JSON)
  @RolesAllowed(Roles.CITY_DIRECTOR)
  @Operation(summary = "Record a trainer or an administrative staff member")
  public Response create(@Valid StaffRequest request, @Context UriInfo uri) {
    DomainRuleViolation.require(request.kind() != null, "kind", "TRAINER or ADMINISTRATIVE");
    DomainRuleViolation.require(request.hiredOn() != null, "hiredOn", "required");
    StaffView created = StaffView.of(staff.record(request.employeeNumber(), details(request)));
    return Response.created(uri.getAbsolutePathBuilder().path(created.id().toString()).build())
        .entity(created)
        .build();
  }

  @PUT
  @Path("/{id}")
  @Consumes(MediaType.APPLICATION_JSON)
  @RolesAllowed(Roles.CITY_DIRECTOR)
  @Operation(
      summary =
          "Change a staff member's contract, qualifications, pole or ceiling (send the version"
              + " you read; a ceiling below the hours already assigned is refused)")
  public StaffView update(@PathParam("id") UUID id, @Valid StaffRequest request) {
    DomainRuleViolation.require(request.version() != null, "version", "send the version you read");
    return StaffView.of(staff.describe(id, request.version(), details(request)));
  }

  @POST
  @Path("/{id}/departure")
  @Consumes(MediaType.APPLICATION_JSON)
  @RolesAllowed(Roles.CITY_DIRECTOR)
  @Operation(summary = "Record that a staff member left; their active assignments end that day")
  public StaffView leave(@PathParam("id") UUID id, @Valid Departure departure) {
    return StaffView.of(staff.leave(id, departure.leftOn()));
  }

  private static StaffDetails details(StaffRequest r) {
    StaffKind kind = InvalidInputException.parseEnum(StaffKind.class, r.kind(), "kind");
    ContractType contract =
        InvalidInputException.parseEnum(ContractType.class, r.contractType(), "contractType");
    return new StaffDetails(
        r.nationalId(),
        LocalizedName.of("name", r.name().fr(), r.name().ar()),
        kind,
        contract,
        r.contractEnd(),
        r.qualifications(),
        InvalidInputException.parseUuid(r.poleId(), "poleId"),
        r.weeklyCeilingHours(),
        r.hiredOn());
  }
}
