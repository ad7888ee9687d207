package ma.ofppt.cmc.server;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;
import sun.misc.Signal;
import sun.misc.SignalHandler;

/**
 * Stopping without a client seeing the container's own error pages (ADR 0019). With {@code
 * cmc.shutdown.drain-ms} above 0, SIGTERM first turns readiness DOWN and the platform goes on
 * serving every request for that long, so that a balancer which probes readiness takes the instance
 * out of its rotation; only then does the JVM's own handling of the signal run (its shutdown hooks,
 * Payara Micro's {@code fish.payara.shutdowngrace}, exit status 143). Without it, Payara Micro
 * undeploys the application while its listener still accepts, and a request arriving then gets an
 * HTML 500 or 503 page that no platform code wrote, for a write the client cannot know the fate of.
 * A second SIGTERM during the drain stops at once. 0 (the default, as for the launcher on one
 * machine) leaves the signal to the JVM. It lives in the server, the composition root: taking a
 * process signal is the runnable's concern, and platform-core depends on no JDK-internal API.
 */
@Readiness
@ApplicationScoped
public class ShutdownDrain implements HealthCheck {
  private static final Logger LOG = Logger.getLogger(ShutdownDrain.class.getName());
  private static final Signal TERM = new Signal("TERM");

  private final AtomicBoolean draining = new AtomicBoolean();
  private long drainMillis;
  private SignalHandler jvmHandler;

  ShutdownDrain() {
    // for CDI
  }

  @Inject
  ShutdownDrain(
      @ConfigProperty(name = "cmc.shutdown.drain-ms", defaultValue = "0") long drainMillis) {
    if (drainMillis < 0) {
      throw new IllegalArgumentException("cmc.shutdown.drain-ms must be 0 or more: " + drainMillis);
    }
    this.drainMillis = drainMillis;
  }

  void install(@Observes @Initialized(ApplicationScoped.class) Object started) {
    if (drainMillis == 0) {
      return;
    }
    SignalHandler previous = Signal.handle(TERM, this::onTerm);
    if (previous == SignalHandler.SIG_IGN) {
      // The process was started to ignore SIGTERM (nohup and the like): leave it so.
      Signal.handle(TERM, previous);
      LOG.warning("SIGTERM is ignored by this process: no shutdown drain");
      return;
    }
    jvmHandler = previous;
    LOG.info(() -> "on SIGTERM: readiness DOWN, then " + drainMillis + " ms of service, then stop");
  }

  private void onTerm(Signal signal) {
    drain(
        () -> {
          if (jvmHandler == SignalHandler.SIG_DFL) {
            System.exit(128 + signal.getNumber());
          } else {
            jvmHandler.handle(signal);
          }
        });
  }

  /**
   * Turns readiness DOWN and runs {@code stop} after the drain, on a thread of its own; when a
   * drain is already under way, runs it at once.
   */
  void drain(Runnable stop) {
    if (!draining.compareAndSet(false, true)) {
      LOG.info("SIGTERM again during the drain: stopping now");
      stop.run();
      return;
    }
    LOG.info(() -> "SIGTERM: readiness DOWN; serving for " + drainMillis + " ms before stopping");
    Thread stopper =
        new Thread(
            () -> {
              try {
                Thread.sleep(drainMillis);
              } catch (InterruptedException e) {
                // Interrupted: stop now rather than never.
                Thread.currentThread().interrupt();
              }
              stop.run();
            },
            "cmc-shutdown-drain");
    // Payara Micro's own threads keep the process alive until the stop.
    stopper.setDaemon(true);
    stopper.start();
  }

  /** True from the first SIGTERM on. */
  boolean draining() {
    return draining.get();
  }

  @Override
  public HealthCheckResponse call() {
    boolean stopping = draining();
    return HealthCheckResponse.named("accepting")
        .withData("draining", stopping)
        .status(!stopping)
        .build();
  }
}
