package ma.ofppt.cmc.platform.consolidation;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.time.Instant;
import java.util.UUID;
import ma.ofppt.cmc.platform.api.InvalidInputException;
import ma.ofppt.cmc.platform.api.PageResult;
import ma.ofppt.cmc.platform.api.Paging;
import ma.ofppt.cmc.platform.security.Caller;
import ma.ofppt.cmc.platform.security.Roles;
import org.eclipse.microprofile.openapi.annotations.Operation;

/** The dead letters of the consolidation consumers, for the platform's operators. */
@Path("/v1/operations/dead-letters")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(Roles.PLATFORM_ADMIN)
public class DeadLetterResource {
  public record DeadLetterView(
      UUID id,
      String consumer,
      UUID messageId,
      String topic,
      String city,
      String region,
      Instant occurredAt,
      String payload,
      String error,
      int attempts,
      Instant failedAt,
      Instant replayedAt,
      String replayedBy) {
    static DeadLetterView of(DeadLetters.DeadLetter d) {
      ConsolidationMessage m = d.message();
      return new DeadLetterView(
          d.id(),
          d.consumer(),
          m.id(),
          m.topic(),
          m.city(),
          m.region(),
          m.occurredAt(),
          m.payload(),
          d.error(),
          d.attempts(),
          d.failedAt(),
          d.replayedAt(),
          d.replayedBy());
    }
  }

  @Inject DeadLetters deadLetters;
  @Inject Caller caller;

  @GET
  @Operation(summary = "Messages a consumer gave up on (open ones first by default)")
  public PageResult<DeadLetterView> list(
      @QueryParam("status") @DefaultValue("open") String status,
      @QueryParam("page") Integer page,
      @QueryParam("size") Integer size) {
    boolean openOnly =
        switch (status) {
          case "open" -> true;
          case "all" -> false;
          default -> throw new InvalidInputException("status", "must be 'open' or 'all'");
        };
    PageResult<DeadLetters.DeadLetter> letters = deadLetters.list(openOnly, Paging.of(page, size));
    return new PageResult<>(
        letters.items().stream().map(DeadLetterView::of).toList(),
        letters.page(),
        letters.size(),
        letters.total());
  }

  @GET
  @Path("/{id}")
  public DeadLetterView get(@PathParam("id") String id) {
    return DeadLetterView.of(deadLetters.get(InvalidInputException.parseUuid(id, "id")));
  }

  @POST
  @Path("/{id}/replay")
  @Operation(summary = "Apply the message again, once, and mark the letter replayed")
  public DeadLetterView replay(@PathParam("id") String id) {
    return DeadLetterView.of(
        deadLetters.replay(InvalidInputException.parseUuid(id, "id"), caller.name()));
  }
}
