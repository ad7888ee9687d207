package ma.ofppt.cmc.integrations.application;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

/** What the relays and consumers of this server instance did since it started, for operators. */
@ApplicationScoped
public class RelayStatus {
  public record CityState(
      Instant lastPublishedAt, long published, Instant lastFailureAt, String lastFailure) {}

  private final Map<String, CityState> cities = new ConcurrentHashMap<>();
  private final AtomicLong applied = new AtomicLong();
  private final AtomicLong duplicates = new AtomicLong();
  private final AtomicLong deadLettered = new AtomicLong();
  private final AtomicLong retries = new AtomicLong();

  void published(String city, int count) {
    cities.merge(
        city,
        new CityState(Instant.now(), count, null, null),
        (old, now) -> new CityState(now.lastPublishedAt(), old.published() + count, null, null));
  }

  void failed(String city, String reason) {
    cities.merge(
        city,
        new CityState(null, 0, Instant.now(), reason),
        (old, now) ->
            new CityState(old.lastPublishedAt(), old.published(), now.lastFailureAt(), reason));
  }

  void applied() {
    applied.incrementAndGet();
  }

  void duplicate() {
    duplicates.incrementAndGet();
  }

  void deadLettered() {
    deadLettered.incrementAndGet();
  }

  void retried() {
    retries.incrementAndGet();
  }

  public Optional<CityState> city(String code) {
    return Optional.ofNullable(cities.get(code));
  }

  public long appliedCount() {
    return applied.get();
  }

  public long duplicateCount() {
    return duplicates.get();
  }

  public long deadLetteredCount() {
    return deadLettered.get();
  }

  public long retryCount() {
    return retries.get();
  }
}
