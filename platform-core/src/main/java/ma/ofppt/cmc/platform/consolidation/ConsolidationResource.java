package ma.ofppt.cmc.platform.consolidation;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import ma.ofppt.cmc.platform.api.InvalidInputException;
import ma.ofppt.cmc.platform.security.Roles;
import org.eclipse.microprofile.openapi.annotations.Operation;

/**
 * What the current city sends above it, for the city's director to see: the aggregate figures HQ
 * receives (exactly what the relay publishes, computed now) and the state of the city's outbox.
 */
@Path("/v1/consolidation")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed({Roles.CITY_DIRECTOR, Roles.FINANCE_OFFICER})
public class ConsolidationResource {
  public record SourceView(String source, List<Figure> figures) {}

  public record OutboxView(long pending, Instant oldestPending, long published) {}

  @Inject CityFigures figures;
  @Inject OutboxQueue outbox;

  @GET
  @Path("/figures")
  @Transactional
  @Operation(summary = "The aggregate figures this city sends to HQ, computed now")
  public List<SourceView> figures(@QueryParam("source") String source) {
    if (source != null && figures.source(source).isEmpty()) {
      throw new InvalidInputException("source", "must be one of " + figures.sourceNames());
    }
    return figures.sources(Set.of(source == null ? Outbox.ALL_SOURCES : source)).stream()
        .map(s -> new SourceView(s.name(), s.figures()))
        .toList();
  }

  @GET
  @Path("/outbox")
  @Transactional
  @Operation(summary = "Messages of this city waiting for the relay, and published")
  public OutboxView outbox() {
    OutboxQueue.Backlog backlog = outbox.backlog();
    return new OutboxView(
        backlog.pending(), backlog.oldestPending().orElse(null), backlog.published());
  }
}
