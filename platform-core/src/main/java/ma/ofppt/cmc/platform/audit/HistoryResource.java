package ma.ofppt.cmc.platform.audit;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import ma.ofppt.cmc.platform.security.Roles;
import org.eclipse.microprofile.openapi.annotations.Operation;

/** Who changed a record of the city, and when. */
@Path("/v1/history")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class HistoryResource {
  public record HistoryEntry(
      Instant occurredAt,
      String actor,
      String action,
      String entityType,
      UUID entityId,
      String summary) {}

  @Inject AuditTrail trail;

  @GET
  @Path("/{entityId}")
  @RolesAllowed({
    Roles.CITY_DIRECTOR,
    Roles.ADMISSIONS_OFFICER,
    Roles.REGISTRAR,
    Roles.FINANCE_OFFICER,
    Roles.CAMPUS_MANAGER,
    Roles.CAREER_ADVISOR
  })
  @Operation(summary = "History of one record of the caller's city, oldest first")
  public List<HistoryEntry> history(@PathParam("entityId") UUID entityId) {
    return trail.history(entityId).stream()
        .map(
            e ->
                new HistoryEntry(
                    e.occurredAt(),
                    e.actor(),
                    e.action(),
                    e.entityType(),
                    e.entityId(),
                    e.summary()))
        .toList();
  }
}
