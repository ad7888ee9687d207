package ma.ofppt.cmc.integrations.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.logging.Level;
import java.util.logging.Logger;
import ma.ofppt.cmc.platform.consolidation.Outbox;
import ma.ofppt.cmc.platform.registry.application.TenantRegistry;
import ma.ofppt.cmc.platform.registry.domain.Tenant;
import ma.ofppt.cmc.platform.tenancy.TenantWork;

/** The relays of this server: which cities they serve, through which transport. */
@ApplicationScoped
public class Relays {
  private static final Logger LOG = Logger.getLogger(Relays.class.getName());

  @Inject TenantWork work;
  @Inject TenantRegistry registry;
  @Inject CityRelay relay;
  @Inject Outbox outbox;

  private final Map<String, RelayCity> cities = new ConcurrentHashMap<>();
  private volatile Transport transport;

  /** The active cities, read from the registry; each gets a relay. */
  public List<RelayCity> load(Transport transport) {
    this.transport = transport;
    List<RelayCity> active =
        work.callForPlatform(
            () ->
                registry.all().stream()
                    .filter(Tenant::isActive)
                    .map(t -> new RelayCity(t.id(), t.regionCode()))
                    .toList());
    active.forEach(c -> cities.put(c.code(), c));
    return active;
  }

  public Optional<Transport> transport() {
    return Optional.ofNullable(transport);
  }

  public List<RelayCity> cities() {
    return cities.values().stream().sorted((a, b) -> a.code().compareTo(b.code())).toList();
  }

  /** One scheduled run of a city's relay. */
  public void drain(String city) {
    RelayCity known = cities.get(city);
    Transport current = transport;
    if (known == null || current == null) {
      return;
    }
    relay.drain(known, current);
  }

  public void maintainTransport() {
    Transport current = transport;
    if (current != null) {
      current.maintain();
    }
  }

  /** Asks every city for a full snapshot of its figures (a {@code figures.changed} for all). */
  public void requestSnapshots() {
    for (RelayCity city : cities()) {
      try {
        work.runAs(city.tenant(), "consolidation", () -> outbox.figuresChanged(Outbox.ALL_SOURCES));
      } catch (RuntimeException e) {
        LOG.log(Level.WARNING, city.code() + ": the full snapshot could not be requested", e);
      }
    }
  }
}
