package ma.ofppt.cmc.hq.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.logging.Level;
import java.util.logging.Logger;
import ma.ofppt.cmc.platform.tenancy.TenantWork;
import org.eclipse.microprofile.metrics.Metadata;
import org.eclipse.microprofile.metrics.MetricRegistry;
import org.eclipse.microprofile.metrics.MetricUnits;

/**
 * The gauge {@code cmc_consolidation_lag_seconds} on {@code /metrics}: for each city, the lag of
 * the snapshot HQ applied last (from the oldest change it carried to its application at HQ), the
 * largest over the cities; 0 while HQ holds nothing. Read from HQ's store at each scrape.
 */
@ApplicationScoped
public class ConsolidationLag {
  private static final Logger LOG = Logger.getLogger(ConsolidationLag.class.getName());

  /** The name before the unit: exporters append {@code _seconds}. */
  public static final String METRIC = "cmc_consolidation_lag";

  @Inject MetricRegistry metrics;
  @Inject TenantWork work;
  @Inject NationalFiguresService figures;

  void register(@Observes @Initialized(ApplicationScoped.class) Object started) {
    metrics.gauge(
        Metadata.builder()
            .withName(METRIC)
            .withDescription(
                "Largest lag over the cities of the figures HQ applied last: from the oldest city"
                    + " change a snapshot carried to its application at HQ")
            .withUnit(MetricUnits.SECONDS)
            .build(),
        this,
        ConsolidationLag::seconds);
  }

  double seconds() {
    try {
      return work.callForPlatform(() -> figures.maxLag().orElse(Duration.ZERO)).toMillis() / 1000.0;
    } catch (RuntimeException e) {
      // A scrape must not fail because the store is unreachable for a moment: NaN says "unknown".
      LOG.log(Level.FINE, "the consolidation lag could not be read", e);
      return Double.NaN;
    }
  }
}
