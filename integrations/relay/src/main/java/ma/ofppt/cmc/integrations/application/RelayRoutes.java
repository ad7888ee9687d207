package ma.ofppt.cmc.integrations.application;

import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import ma.ofppt.cmc.platform.consolidation.ConsolidationMessage;
import org.apache.camel.builder.RouteBuilder;

/**
 * The consolidation routes. {@code outbox-relay} is a template instantiated once per city (route id
 * {@code outbox-relay-<city>}): on its schedule it drains the city's outbox into the transport.
 * {@code consolidation-inbound} is where every transport hands over what it received: it applies
 * the message to its consumers. {@code transport-watchdog} keeps the broker connection, and {@code
 * figures-snapshot} asks every city for a full snapshot of its figures on the configured period.
 */
@Dependent
public class RelayRoutes extends RouteBuilder {
  public static final String TEMPLATE = "outbox-relay";
  public static final String INBOUND = "direct:consolidation-inbound";
  public static final String CONSUMER_HEADER = "CmcConsumer";

  @Inject CityRelay relay;
  @Inject Dispatcher dispatcher;
  @Inject Relays relays;
  @Inject RelaySettings settings;

  /** The route id of a city's relay. */
  public static String routeId(String city) {
    return TEMPLATE + "-" + city;
  }

  static String cityOf(String routeId) {
    return routeId.substring(TEMPLATE.length() + 1);
  }

  @Override
  public void configure() {
    routeTemplate(TEMPLATE)
        .templateParameter("city")
        .templateParameter("delay")
        .from("scheduler:outbox-relay-{{city}}?delay={{delay}}&initialDelay={{delay}}")
        .process(exchange -> relays.drain(cityOf(exchange.getFromRouteId())));

    from(INBOUND)
        .routeId("consolidation-inbound")
        .process(
            exchange ->
                dispatcher.dispatch(
                    exchange.getIn().getHeader(CONSUMER_HEADER, String.class),
                    exchange.getIn().getMandatoryBody(ConsolidationMessage.class)));

    from("scheduler:transport-watchdog?delay=2000&initialDelay=2000")
        .routeId("transport-watchdog")
        .process(exchange -> relays.maintainTransport());

    if (settings.snapshotMinutes() > 0) {
      long period = settings.snapshotMinutes() * 60_000;
      from("scheduler:figures-snapshot?delay=" + period + "&initialDelay=" + period)
          .routeId("figures-snapshot")
          .process(exchange -> relays.requestSnapshots());
    }
  }
}
