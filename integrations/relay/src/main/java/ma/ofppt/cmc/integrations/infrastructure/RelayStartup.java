package ma.ofppt.cmc.integrations.infrastructure;

import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Optional;
import java.util.logging.Logger;
import ma.ofppt.cmc.integrations.application.Dispatcher;
import ma.ofppt.cmc.integrations.application.RelayCity;
import ma.ofppt.cmc.integrations.application.RelayRoutes;
import ma.ofppt.cmc.integrations.application.RelaySettings;
import ma.ofppt.cmc.integrations.application.Relays;
import ma.ofppt.cmc.integrations.application.Transport;
import ma.ofppt.cmc.platform.tenancy.PlatformReady;
import org.apache.camel.CamelContext;
import org.apache.camel.ProducerTemplate;
import org.apache.camel.builder.TemplatedRouteBuilder;
import org.apache.camel.impl.DefaultCamelContext;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Starts Camel once the platform is up (after migrations and demo data: {@link PlatformReady}),
 * with the container's threads; instantiates the relay template for every active city; starts the
 * configured transport and asks every city for a full snapshot, so HQ is complete soon after a
 * start. There is no camel-cdi for Camel 4: the route builder is a {@code @Dependent} CDI bean
 * added to a context built here.
 */
@ApplicationScoped
public class RelayStartup {
  private static final Logger LOG = Logger.getLogger(RelayStartup.class.getName());

  @Inject RelaySettings settings;
  @Inject Relays relays;
  @Inject Dispatcher dispatcher;
  @Inject Instance<RelayRoutes> routes;

  @Inject
  @ConfigProperty(name = "cmc.consolidation.rabbitmq.host", defaultValue = "127.0.0.1")
  String rabbitHost;

  @Inject
  @ConfigProperty(name = "cmc.consolidation.rabbitmq.port", defaultValue = "5672")
  int rabbitPort;

  @Inject
  @ConfigProperty(name = "cmc.consolidation.rabbitmq.username", defaultValue = "guest")
  String rabbitUser;

  @Inject
  @ConfigProperty(name = "cmc.consolidation.rabbitmq.password")
  Optional<String> rabbitPassword;

  @Inject
  @ConfigProperty(name = "cmc.consolidation.rabbitmq.virtual-host", defaultValue = "/")
  String rabbitVirtualHost;

  /** Exchange name and queue-name prefix, so that several platforms can share one broker. */
  @Inject
  @ConfigProperty(name = "cmc.consolidation.rabbitmq.namespace", defaultValue = "cmc.consolidation")
  String rabbitNamespace;

  /** Unused queues expire after this long (0: never); for test runs on a shared broker. */
  @Inject
  @ConfigProperty(name = "cmc.consolidation.rabbitmq.queue-expiry-minutes", defaultValue = "0")
  long rabbitQueueExpiryMinutes;

  private CamelContext camel;
  private Transport transport;

  void start(@Observes PlatformReady ready) throws Exception {
    if (!settings.enabled()) {
      LOG.info("consolidation is off (cmc.consolidation.enabled = false): outboxes only fill");
      return;
    }
    ManagedThreads threads = ManagedThreads.named("cmc-camel");
    transport = transport(threads);
    camel = new DefaultCamelContext();
    camel.getCamelContextExtension().setName("cmc-consolidation");
    camel.getExecutorServiceManager().setThreadPoolFactory(new ManagedThreadPoolFactory(threads));
    camel.addRoutes(routes.get());
    camel.start();
    ProducerTemplate producer = camel.createProducerTemplate();
    transport.start(
        (consumer, message) ->
            producer.sendBodyAndHeader(
                RelayRoutes.INBOUND, message, RelayRoutes.CONSUMER_HEADER, consumer));
    List<RelayCity> cities = relays.load(transport);
    for (RelayCity city : cities) {
      TemplatedRouteBuilder.builder(camel, RelayRoutes.TEMPLATE)
          .routeId(RelayRoutes.routeId(city.code()))
          .parameter("city", city.code())
          .parameter("delay", String.valueOf(settings.relayInterval().toMillis()))
          .add();
    }
    relays.requestSnapshots();
    LOG.info(
        () ->
            "consolidation: "
                + cities.size()
                + " city relays over "
                + transport.name()
                + " to "
                + dispatcher.consumers());
  }

  private Transport transport(ManagedThreads threads) {
    return switch (settings.transport()) {
      case "in-process" -> new InProcessTransport();
      case "rabbitmq" ->
          new RabbitMqTransport(
              rabbitHost,
              rabbitPort,
              rabbitUser,
              rabbitPassword.orElse("guest"),
              rabbitVirtualHost,
              rabbitNamespace,
              rabbitQueueExpiryMinutes * 60_000,
              dispatcher.consumerTopics(),
              threads);
      default ->
          throw new IllegalStateException(
              "cmc.consolidation.transport is 'in-process' or 'rabbitmq', not '"
                  + settings.transport()
                  + "'");
    };
  }

  @PreDestroy
  void stop() {
    if (camel != null) {
      camel.stop();
    }
    if (transport != null) {
      transport.stop();
    }
  }
}
