package ma.ofppt.cmc.facilities.api;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import jakarta.ws.rs.core.UriInfo;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import ma.ofppt.cmc.facilities.api.FacilityDtos.BookingRequest;
import ma.ofppt.cmc.facilities.api.FacilityDtos.BookingView;
import ma.ofppt.cmc.facilities.api.FacilityDtos.CancellationRequest;
import ma.ofppt.cmc.facilities.application.BookingCommand;
import ma.ofppt.cmc.facilities.application.BookingService;
import ma.ofppt.cmc.facilities.domain.BookingStatus;
import ma.ofppt.cmc.platform.api.InvalidInputException;
import ma.ofppt.cmc.platform.security.Caller;
import ma.ofppt.cmc.platform.security.Roles;
import org.eclipse.microprofile.openapi.annotations.Operation;

/**
 * Bookings of the city's resources. The campus manager books for anyone and cancels any booking; a
 * trainer books for training groups and cancels only the bookings they made; the director reads.
 */
@Path("/v1/facilities/bookings")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.CITY_DIRECTOR, Roles.CAMPUS_MANAGER, Roles.TRAINER})
public class BookingResource {
  @Inject BookingService bookings;
  @Inject Caller caller;
  @Context SecurityContext security;

  @GET
  @Operation(
      summary =
          "Calendar: the bookings of one resource (or all) that meet the local days from..to"
              + " (at most 93 days)")
  public List<BookingView> calendar(
      @QueryParam("from") String from,
      @QueryParam("to") String to,
      @QueryParam("resource") String resource,
      @QueryParam("status") String status) {
    return bookings
        .calendar(
            InvalidInputException.parseUuid(resource, "resource"),
            date("from", from),
            date("to", to),
            Optional.ofNullable(
                InvalidInputException.parseEnum(BookingStatus.class, status, "status")))
        .stream()
        .map(BookingView::of)
        .toList();
  }

  @GET
  @Path("/{id}")
  @Operation(summary = "One booking")
  public BookingView get(@PathParam("id") UUID id) {
    return BookingView.of(bookings.booking(id));
  }

  @POST
  @Consumes(MediaType.APPLICATION_JSON)
  @RolesAllowed({Roles.CAMPUS_MANAGER, Roles.TRAINER})
  @Operation(
      summary =
          "Book a resource for a period within its opening hours (409 naming period if it"
              + " overlaps a booking)")
  public Response book(@NotNull @Valid BookingRequest r, @Context UriInfo uri) {
    BookingCommand command =
        new BookingCommand(
            r.resourceId(),
            FacilityDtos.instant("start", r.start()),
            FacilityDtos.instant("end", r.end()),
            r.bookerKind(),
            r.groupId(),
            r.bookerReference(),
            r.attendees(),
            r.purpose());
    BookingView booked = BookingView.of(bookings.book(command, trainerOnly()));
    return Response.created(uri.getAbsolutePathBuilder().path(booked.id().toString()).build())
        .entity(booked)
        .build();
  }

  @POST
  @Path("/{id}/cancellation")
  @Consumes(MediaType.APPLICATION_JSON)
  @RolesAllowed({Roles.CAMPUS_MANAGER, Roles.TRAINER})
  @Operation(summary = "Cancel a booking, with a reason; it stays on record and frees the slot")
  public BookingView cancel(@PathParam("id") UUID id, @NotNull @Valid CancellationRequest request) {
    return BookingView.of(
        bookings.cancel(id, request.reason(), trainerOnly() ? caller.name() : null));
  }

  /** A trainer without the campus-manager role books and cancels within their own limits. */
  private boolean trainerOnly() {
    return !security.isUserInRole(Roles.CAMPUS_MANAGER);
  }

  private static LocalDate date(String field, String value) {
    return InvalidInputException.requireDate(value, field);
  }
}
