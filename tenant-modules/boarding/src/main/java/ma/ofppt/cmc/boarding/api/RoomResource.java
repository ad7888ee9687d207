package ma.ofppt.cmc.boarding.api;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
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
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import java.util.UUID;
import ma.ofppt.cmc.boarding.application.HouseService;
import ma.ofppt.cmc.boarding.application.HouseService.FurnishedRoom;
import ma.ofppt.cmc.boarding.domain.BoardingHouse;
import ma.ofppt.cmc.boarding.domain.Room;
import ma.ofppt.cmc.platform.api.InvalidInputException;
import ma.ofppt.cmc.platform.api.PageResult;
import ma.ofppt.cmc.platform.api.Paging;
import ma.ofppt.cmc.platform.domain.PageRequest;
import org.eclipse.microprofile.openapi.annotations.Operation;

/** The rooms of the boarding house and their beds. */
@Path("/v1/boarding/rooms")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({
  BoardingRoles.DIRECTOR,
  BoardingRoles.MANAGER,
  BoardingRoles.REGISTRAR,
  BoardingRoles.FINANCE
})
public class RoomResource {
  public record RoomRequest(
      @NotBlank String code,
      @NotNull UUID wingId,
      @NotNull @Min(1) @Max(Room.MAX_BEDS) Integer beds) {}

  public record BedView(UUID id, String code) {}

  public record RoomView(
      UUID id, String code, UUID wingId, String sex, List<BedView> beds, long version) {
    static RoomView of(FurnishedRoom furnished) {
      Room room = furnished.room();
      return new RoomView(
          room.id(),
          room.code(),
          room.wingId(),
          room.sex().name(),
          furnished.beds().stream().map(b -> new BedView(b.id(), b.code())).toList(),
          room.version());
    }
  }

  @Inject HouseService houses;

  @GET
  @Operation(summary = "The rooms of the boarding house with their beds, by code (one page)")
  public PageResult<RoomView> list(
      @QueryParam("wing") String wing,
      @QueryParam("page") Integer page,
      @QueryParam("size") Integer size) {
    PageRequest request = Paging.of(page, size);
    UUID wingId = wing == null ? null : InvalidInputException.parseUuid(wing, "wing");
    BoardingHouse.Page<FurnishedRoom> rooms = houses.rooms(wingId, request);
    return new PageResult<>(
        rooms.items().stream().map(RoomView::of).toList(),
        request.page(),
        request.size(),
        rooms.total());
  }

  @GET
  @Path("/{id}")
  @Operation(summary = "One room and its beds")
  public RoomView get(@PathParam("id") UUID id) {
    return RoomView.of(houses.room(id));
  }

  @POST
  @Consumes(MediaType.APPLICATION_JSON)
  @RolesAllowed({BoardingRoles.DIRECTOR, BoardingRoles.MANAGER})
  @Operation(summary = "Add a room to a wing with its beds (coded <room>-1, <room>-2, ...)")
  public Response create(@NotNull @Valid RoomRequest request, @Context UriInfo uri) {
    RoomView created =
        RoomView.of(houses.createRoom(request.code(), request.wingId(), request.beds()));
    return Response.created(uri.getAbsolutePathBuilder().path(created.id().toString()).build())
        .entity(created)
        .build();
  }
}
