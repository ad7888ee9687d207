package ma.ofppt.cmc.admissions.api;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import java.util.UUID;
import ma.ofppt.cmc.admissions.application.EnrolmentService;
import ma.ofppt.cmc.admissions.application.TraineeService;
import ma.ofppt.cmc.admissions.domain.OfferStatus;
import ma.ofppt.cmc.admissions.domain.Trainee;
import ma.ofppt.cmc.platform.api.InvalidInputException;
import ma.ofppt.cmc.platform.security.Roles;
import org.eclipse.microprofile.openapi.annotations.Operation;

/**
 * Offers and seats of the caller's city: the applicant's answer (accept enrols, decline passes the
 * seat to the waitlist), the deadline, and an officer offering a free seat to the next in line.
 */
@Path("/v1")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.CITY_DIRECTOR, Roles.ADMISSIONS_OFFICER})
public class OfferResource {
  public record Decline(String reason) {}

  public record Expiry(int expired) {}

  @Inject EnrolmentService enrolment;
  @Inject TraineeService trainees;

  @GET
  @Path("/offers")
  @RolesAllowed({Roles.CITY_DIRECTOR, Roles.ADMISSIONS_OFFICER, Roles.REGISTRAR})
  @Operation(summary = "Offers of an intake, by programme and status")
  public List<PlacementViews.OfferView> offers(
      @QueryParam("academicYear") String academicYear,
      @QueryParam("programme") String programme,
      @QueryParam("status") String status) {
    if (academicYear == null || academicYear.isBlank()) {
      throw new InvalidInputException("academicYear", "required, e.g. 2025-2026");
    }
    return enrolment
        .offers(
            academicYear.strip(),
            InvalidInputException.parseUuid(programme, "programme"),
            InvalidInputException.parseEnum(OfferStatus.class, status, "status"))
        .stream()
        .map(PlacementViews.OfferView::of)
        .toList();
  }

  @GET
  @Path("/offers/{id}")
  @RolesAllowed({Roles.CITY_DIRECTOR, Roles.ADMISSIONS_OFFICER, Roles.REGISTRAR})
  @Operation(summary = "One offer")
  public PlacementViews.OfferView offer(@PathParam("id") UUID id) {
    return PlacementViews.OfferView.of(enrolment.offer(id));
  }

  @POST
  @Path("/offers/{id}/acceptance")
  @Operation(summary = "The applicant accepts: they are enrolled in a group of the programme")
  public PlacementViews.TraineeView accept(@PathParam("id") UUID id) {
    Trainee trainee = enrolment.accept(id);
    return PlacementViews.TraineeView.of(trainee, trainees.group(trainee.groupId()));
  }

  @POST
  @Path("/offers/{id}/decline")
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(summary = "The applicant declines: the seat goes to the next on the waitlist")
  public PlacementViews.OfferView decline(@PathParam("id") UUID id, Decline decline) {
    return PlacementViews.OfferView.of(enrolment.decline(id, decline.reason()));
  }

  @POST
  @Path("/offers/expiry")
  @Operation(summary = "Close the offers past their deadline now and pass their seats on")
  public Expiry expire() {
    return new Expiry(enrolment.expireOverdue());
  }

  @GET
  @Path("/seats")
  @RolesAllowed({Roles.CITY_DIRECTOR, Roles.ADMISSIONS_OFFICER, Roles.REGISTRAR})
  @Operation(summary = "First-year seats of an intake: capacity, held by offers, free")
  public List<PlacementViews.SeatsView> seats(@QueryParam("academicYear") String academicYear) {
    if (academicYear == null || academicYear.isBlank()) {
      throw new InvalidInputException("academicYear", "required, e.g. 2025-2026");
    }
    return enrolment.pools(academicYear.strip()).stream()
        .map(PlacementViews.SeatsView::of)
        .toList();
  }

  @POST
  @Path("/seats/{programmeId}/{academicYear}/next-offer")
  @Operation(summary = "Offer a free seat of the programme to the first applicant still waiting")
  public PlacementViews.OfferView offerNext(
      @PathParam("programmeId") UUID programmeId, @PathParam("academicYear") String academicYear) {
    return PlacementViews.OfferView.of(enrolment.offerNext(programmeId, academicYear));
  }
}
