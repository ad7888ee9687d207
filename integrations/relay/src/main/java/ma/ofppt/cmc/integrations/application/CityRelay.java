package ma.ofppt.cmc.integrations.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.spi.JsonProvider;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;
import ma.ofppt.cmc.platform.consolidation.CityFigures;
import ma.ofppt.cmc.platform.consolidation.ConsolidationMessage;
import ma.ofppt.cmc.platform.consolidation.Figure;
import ma.ofppt.cmc.platform.consolidation.FigureSource;
import ma.ofppt.cmc.platform.consolidation.Outbox;
import ma.ofppt.cmc.platform.consolidation.OutboxQueue;
import ma.ofppt.cmc.platform.tenancy.TenantWork;

/**
 * One pass of one city's relay: claim a batch of the city's outbox, turn it into messages (the
 * {@code figures.changed} rows of the batch become one {@code figures.snapshot} per source,
 * computed now under the city's binding), publish them, and mark them published, or give them back
 * with the error. Every database step runs through {@link TenantWork}, bound to the city, on the
 * relay's own thread.
 */
@ApplicationScoped
public class CityRelay {
  /** One provider, looked up once: {@code Json.create*} looks it up again on every call. */
  private static final JsonProvider JSON = JsonProvider.provider();

  private static final Logger LOG = Logger.getLogger(CityRelay.class.getName());
  public static final String SNAPSHOT_TOPIC = "figures.snapshot";

  @Inject TenantWork work;
  @Inject OutboxQueue queue;
  @Inject CityFigures figures;
  @Inject RelaySettings settings;
  @Inject RelayStatus status;

  /**
   * Runs passes until the outbox is empty or a pass fails; returns how many rows were published.
   */
  public int drain(RelayCity city, Transport transport) {
    int total = 0;
    for (int pass = 0; pass < 20; pass++) {
      int published = pass(city, transport);
      total += published;
      if (published < settings.batchSize()) {
        break;
      }
    }
    return total;
  }

  /** One batch; 0 when there was nothing to do or the batch could not be published. */
  int pass(RelayCity city, Transport transport) {
    List<OutboxQueue.Pending> batch =
        work.callAs(city.tenant(), () -> queue.claim(settings.batchSize(), settings.lease()));
    if (batch.isEmpty()) {
      return 0;
    }
    List<UUID> ids = batch.stream().map(OutboxQueue.Pending::id).toList();
    try {
      List<ConsolidationMessage> messages = messages(city, batch);
      transport.publish(messages);
    } catch (Transport.TransportException | RuntimeException e) {
      String reason = Dispatcher.describe(e);
      work.runAs(city.tenant(), () -> queue.release(ids, reason));
      status.failed(city.code(), reason);
      LOG.log(
          Level.WARNING,
          () -> city.code() + ": " + batch.size() + " outbox messages wait: " + reason);
      return 0;
    }
    work.runAs(city.tenant(), () -> queue.markPublished(ids));
    status.published(city.code(), batch.size());
    return batch.size();
  }

  private List<ConsolidationMessage> messages(RelayCity city, List<OutboxQueue.Pending> batch) {
    List<ConsolidationMessage> messages = new ArrayList<>();
    // Sources whose figures changed, with the first change and the last row that asked.
    Map<String, OutboxQueue.Pending> lastAsk = new LinkedHashMap<>();
    Map<String, Instant> firstChange = new LinkedHashMap<>();
    for (OutboxQueue.Pending row : batch) {
      if (Outbox.FIGURES_CHANGED.equals(row.topic())) {
        String source = source(row.payload());
        lastAsk.put(source, row);
        firstChange.merge(source, row.createdAt(), (a, b) -> a.isBefore(b) ? a : b);
      } else {
        messages.add(
            new ConsolidationMessage(
                row.id(), row.topic(), city.code(), city.region(), row.createdAt(), row.payload()));
      }
    }
    if (!lastAsk.isEmpty()) {
      messages.addAll(snapshots(city, lastAsk, firstChange));
    }
    return messages;
  }

  private List<ConsolidationMessage> snapshots(
      RelayCity city, Map<String, OutboxQueue.Pending> lastAsk, Map<String, Instant> firstChange) {
    Instant everything = firstChange.get(Outbox.ALL_SOURCES);
    return work.callAs(
        city.tenant(),
        () -> {
          List<ConsolidationMessage> snapshots = new ArrayList<>();
          for (FigureSource source : figures.sources(Set.copyOf(lastAsk.keySet()))) {
            OutboxQueue.Pending ask =
                lastAsk.getOrDefault(source.name(), lastAsk.get(Outbox.ALL_SOURCES));
            Instant since = earliest(firstChange.get(source.name()), everything);
            Instant computedAt = Instant.now();
            List<Figure> rows = source.figures();
            snapshots.add(
                new ConsolidationMessage(
                    UUID.nameUUIDFromBytes(
                        (SNAPSHOT_TOPIC + "|" + source.name() + "|" + ask.id() + "|" + computedAt)
                            .getBytes(StandardCharsets.UTF_8)),
                    SNAPSHOT_TOPIC,
                    city.code(),
                    city.region(),
                    computedAt,
                    snapshot(source.name(), computedAt, since, rows)));
          }
          return snapshots;
        });
  }

  private static Instant earliest(Instant a, Instant b) {
    if (a == null) {
      return b;
    }
    return b == null || a.isBefore(b) ? a : b;
  }

  static String snapshot(String source, Instant computedAt, Instant since, List<Figure> rows) {
    JsonArrayBuilder array = JSON.createArrayBuilder();
    for (Figure f : rows) {
      array.add(
          JSON.createObjectBuilder()
              .add("period", f.period())
              .add("sector", f.sector())
              .add("pole", f.pole())
              .add("level", f.level())
              .add("funder", f.funder())
              .add("category", f.category())
              .add("measure", f.measure())
              .add("value", f.value().toPlainString()));
    }
    return JSON.createObjectBuilder()
        .add("source", source)
        .add("computedAt", computedAt.toString())
        .add("changedSince", since.toString())
        .add("figures", array)
        .build()
        .toString();
  }

  private static String source(String payload) {
    try (JsonReader reader = JSON.createReader(new StringReader(payload))) {
      JsonObject body = reader.readObject();
      return body.getString("source", Outbox.ALL_SOURCES);
    }
  }
}
