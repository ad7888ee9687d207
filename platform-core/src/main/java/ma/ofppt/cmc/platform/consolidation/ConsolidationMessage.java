package ma.ofppt.cmc.platform.consolidation;

import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/**
 * A message from one city to the stores above the cities, as a consumer receives it. The city and
 * its region are stamped by the city's relay from the tenant registry, never taken from the
 * payload.
 *
 * @param id unique; a consumer stores it with the message's effect and applies it once
 * @param topic what kind of message, e.g. {@code figures.snapshot}, {@code finance.spending-line}
 * @param city the city (tenant code) the message comes from
 * @param region the region of that city
 * @param occurredAt when the city committed the change (or computed the figures)
 * @param payload the body, JSON
 */
public record ConsolidationMessage(
    UUID id, String topic, String city, String region, Instant occurredAt, String payload) {
  public ConsolidationMessage {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(topic, "topic");
    Objects.requireNonNull(city, "city");
    Objects.requireNonNull(region, "region");
    Objects.requireNonNull(occurredAt, "occurredAt");
    Objects.requireNonNull(payload, "payload");
  }
}
