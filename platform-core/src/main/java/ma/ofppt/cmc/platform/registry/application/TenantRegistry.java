package ma.ofppt.cmc.platform.registry.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import ma.ofppt.cmc.platform.domain.NotFoundException;
import ma.ofppt.cmc.platform.registry.domain.Region;
import ma.ofppt.cmc.platform.registry.domain.Tenant;
import ma.ofppt.cmc.platform.registry.domain.TenantDirectory;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Which tenants exist and whether their tokens are honoured. Every authenticated request asks, so
 * answers are kept for a few seconds ({@code cmc.tenants.cache-seconds}); a suspension made on this
 * instance takes effect at once, one made on another instance within that delay.
 */
@ApplicationScoped
public class TenantRegistry {
  private record Answer(boolean active, Instant expires) {}

  @Inject TenantDirectory directory;

  @Inject
  @ConfigProperty(name = "cmc.tenants.cache-seconds", defaultValue = "5")
  long cacheSeconds;

  private final Map<String, Answer> answers = new ConcurrentHashMap<>();
  private final Clock clock = Clock.systemUTC();

  /** True when the code names a registered tenant that is not suspended. */
  @Transactional(Transactional.TxType.REQUIRES_NEW)
  public boolean isActive(String code) {
    Instant now = clock.instant();
    Answer cached = answers.get(code);
    if (cached != null && cached.expires().isAfter(now)) {
      return cached.active();
    }
    boolean active = directory.find(code).map(Tenant::isActive).orElse(false);
    answers.put(code, new Answer(active, now.plus(Duration.ofSeconds(cacheSeconds))));
    return active;
  }

  @Transactional(Transactional.TxType.REQUIRES_NEW)
  public boolean isRegion(String code) {
    return directory.region(code).isPresent();
  }

  @Transactional
  public List<Tenant> all() {
    return directory.all();
  }

  @Transactional
  public Tenant get(String code) {
    return directory.find(code).orElseThrow(() -> new NotFoundException("tenant", code));
  }

  @Transactional
  public List<Region> regions() {
    return directory.regions();
  }

  @Transactional
  public Tenant suspend(String code, String reason) {
    Tenant tenant = get(code);
    tenant.suspend(reason, clock.instant());
    answers.remove(code);
    return tenant;
  }

  @Transactional
  public Tenant reactivate(String code) {
    Tenant tenant = get(code);
    tenant.reactivate(clock.instant());
    answers.remove(code);
    return tenant;
  }
}
