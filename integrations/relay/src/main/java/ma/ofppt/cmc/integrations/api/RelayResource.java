package ma.ofppt.cmc.integrations.api;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.time.Instant;
import java.util.List;
import ma.ofppt.cmc.integrations.application.RelayStatus;
import ma.ofppt.cmc.integrations.application.Relays;
import ma.ofppt.cmc.integrations.application.Transport;
import ma.ofppt.cmc.platform.consolidation.OutboxQueue;
import ma.ofppt.cmc.platform.security.Roles;
import ma.ofppt.cmc.platform.tenancy.TenantWork;
import org.eclipse.microprofile.openapi.annotations.Operation;

/** The relays of this server instance, for operators: transport, and each city's outbox. */
@Path("/v1/operations/relay")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed(Roles.PLATFORM_ADMIN)
public class RelayResource {
  public record CityView(
      String city,
      String region,
      long pending,
      Instant oldestPending,
      long published,
      long publishedHere,
      Instant lastPublishedAt,
      Instant lastFailureAt,
      String lastFailure) {}

  public record RelayView(
      String transport,
      boolean connected,
      long applied,
      long duplicates,
      long retries,
      long deadLettered,
      List<CityView> cities) {}

  @Inject Relays relays;
  @Inject RelayStatus status;
  @Inject TenantWork work;
  @Inject OutboxQueue queue;

  @GET
  @Operation(summary = "The transport, what this instance applied, and every city's outbox")
  public RelayView get() {
    List<CityView> cities =
        relays.cities().stream()
            .map(
                city -> {
                  OutboxQueue.Backlog backlog = work.callAs(city.tenant(), queue::backlog);
                  RelayStatus.CityState state =
                      status
                          .city(city.code())
                          .orElse(new RelayStatus.CityState(null, 0, null, null));
                  return new CityView(
                      city.code(),
                      city.region(),
                      backlog.pending(),
                      backlog.oldestPending().orElse(null),
                      backlog.published(),
                      state.published(),
                      state.lastPublishedAt(),
                      state.lastFailureAt(),
                      state.lastFailure());
                })
            .toList();
    Transport transport = relays.transport().orElse(null);
    return new RelayView(
        transport == null ? "off" : transport.name(),
        transport != null && transport.isConnected(),
        status.appliedCount(),
        status.duplicateCount(),
        status.retryCount(),
        status.deadLetteredCount(),
        cities);
  }
}
