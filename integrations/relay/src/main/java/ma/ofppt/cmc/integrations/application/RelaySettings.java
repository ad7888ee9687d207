package ma.ofppt.cmc.integrations.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** The relay's settings (MicroProfile Config; system properties or CMC_CONSOLIDATION_*). */
@ApplicationScoped
public class RelaySettings {
  @Inject
  @ConfigProperty(name = "cmc.consolidation.enabled", defaultValue = "true")
  boolean enabled;

  /** {@code in-process} (the embedded default) or {@code rabbitmq}. */
  @Inject
  @ConfigProperty(name = "cmc.consolidation.transport", defaultValue = "in-process")
  String transport;

  @Inject
  @ConfigProperty(name = "cmc.consolidation.relay-interval-ms", defaultValue = "500")
  long relayIntervalMillis;

  @Inject
  @ConfigProperty(name = "cmc.consolidation.batch-size", defaultValue = "200")
  int batchSize;

  @Inject
  @ConfigProperty(name = "cmc.consolidation.lease-seconds", defaultValue = "30")
  long leaseSeconds;

  /** A full snapshot of every city's figures this often (0: only at start-up). */
  @Inject
  @ConfigProperty(name = "cmc.consolidation.snapshot-minutes", defaultValue = "60")
  long snapshotMinutes;

  /** Attempts a consumer makes at one message before it becomes a dead letter. */
  @Inject
  @ConfigProperty(name = "cmc.consolidation.max-attempts", defaultValue = "5")
  int maxAttempts;

  @Inject
  @ConfigProperty(name = "cmc.consolidation.retry-delay-ms", defaultValue = "200")
  long retryDelayMillis;

  public boolean enabled() {
    return enabled;
  }

  public String transport() {
    return transport;
  }

  public Duration relayInterval() {
    return Duration.ofMillis(Math.max(50, relayIntervalMillis));
  }

  public int batchSize() {
    return Math.max(1, batchSize);
  }

  public Duration lease() {
    return Duration.ofSeconds(Math.max(1, leaseSeconds));
  }

  public long snapshotMinutes() {
    return snapshotMinutes;
  }

  public int maxAttempts() {
    return Math.max(1, maxAttempts);
  }

  public Duration retryDelay() {
    return Duration.ofMillis(Math.max(0, retryDelayMillis));
  }
}
