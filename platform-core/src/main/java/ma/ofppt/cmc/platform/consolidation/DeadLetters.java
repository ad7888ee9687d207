package ma.ofppt.cmc.platform.consolidation;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import ma.ofppt.cmc.platform.api.PageResult;
import ma.ofppt.cmc.platform.domain.ConflictException;
import ma.ofppt.cmc.platform.domain.NotFoundException;
import ma.ofppt.cmc.platform.domain.PageRequest;
import ma.ofppt.cmc.platform.tenancy.TenantWork;

/**
 * The operators' store of messages a consumer could not apply after its bounded retries. A dead
 * letter keeps the whole message; a replay applies it through {@link Inbox} (so at most once) and
 * marks the letter replayed in the same transaction. A message that fails again stays open, with
 * the new error.
 */
@ApplicationScoped
public class DeadLetters {
  @Inject TenantWork work;
  @Inject ConsolidationStores stores;
  @Inject Inbox inbox;
  @Inject @Any Instance<ConsolidationHandler> handlers;

  public record DeadLetter(
      UUID id,
      String consumer,
      ConsolidationMessage message,
      String error,
      int attempts,
      Instant failedAt,
      Instant replayedAt,
      String replayedBy) {}

  /** Keeps a message that {@code consumer} gave up on; in a transaction of its own. */
  public void record(String consumer, ConsolidationMessage message, String error, int attempts) {
    work.callForPlatform(
        () ->
            stores.withStore(
                StoreScope.operations(),
                store -> {
                  try (PreparedStatement insert =
                      store
                          .connection()
                          .prepareStatement(
                              """
                              insert into consolidation.dead_letter
                                (id, consumer, message_id, topic, city_code, region_code,
                                 occurred_at, payload, error, attempts)
                              values (?, ?, ?, ?, ?, ?, ?, ?::jsonb, left(?, 4000), ?)
                              on conflict (consumer, message_id) do update
                                set error = excluded.error,
                                    attempts = consolidation.dead_letter.attempts + excluded.attempts,
                                    failed_at = clock_timestamp(),
                                    replayed_at = null, replayed_by = null
                              """)) {
                    insert.setObject(1, UUID.randomUUID());
                    insert.setString(2, consumer);
                    insert.setObject(3, message.id());
                    insert.setString(4, message.topic());
                    insert.setString(5, message.city());
                    insert.setString(6, message.region());
                    insert.setTimestamp(7, Timestamp.from(message.occurredAt()));
                    insert.setString(8, message.payload());
                    insert.setString(9, error == null ? "unknown error" : error);
                    insert.setInt(10, Math.max(1, attempts));
                    insert.executeUpdate();
                  }
                  return null;
                }));
  }

  @Transactional
  public PageResult<DeadLetter> list(boolean openOnly, PageRequest page) {
    return stores.withStore(
        StoreScope.operations(),
        store -> {
          String where = openOnly ? " where replayed_at is null" : "";
          long total;
          try (PreparedStatement count =
                  store
                      .connection()
                      .prepareStatement("select count(*) from consolidation.dead_letter" + where);
              ResultSet row = count.executeQuery()) {
            row.next();
            total = row.getLong(1);
          }
          List<DeadLetter> items = new ArrayList<>();
          try (PreparedStatement query =
              store
                  .connection()
                  .prepareStatement(
                      SELECT + where + " order by failed_at desc, id limit ? offset ?")) {
            query.setInt(1, page.size());
            query.setInt(2, page.offset());
            try (ResultSet rows = query.executeQuery()) {
              while (rows.next()) {
                items.add(read(rows));
              }
            }
          }
          return new PageResult<>(items, page.page(), page.size(), total);
        });
  }

  @Transactional
  public DeadLetter get(UUID id) {
    return stores
        .withStore(StoreScope.operations(), store -> find(store, id))
        .orElseThrow(() -> new NotFoundException("dead letter", id));
  }

  /**
   * Applies the letter's message again (to its consumer's store, at most once) and marks the letter
   * replayed, in one transaction. Refused (409) for a letter already replayed, or whose message
   * fails again; the new error is then kept on the letter.
   */
  public DeadLetter replay(UUID id, String operator) {
    DeadLetter letter = work.callForPlatform(() -> get(id));
    if (letter.replayedAt() != null) {
      throw new ConflictException("id", "this dead letter was replayed at " + letter.replayedAt());
    }
    ConsolidationHandler handler =
        handlers.stream()
            .filter(h -> h.name().equals(letter.consumer()))
            .findFirst()
            .orElseThrow(
                () ->
                    new ConflictException(
                        "consumer", "no consumer named '" + letter.consumer() + "' runs here"));
    try {
      work.callForPlatform(
          () -> {
            inbox.deliverInCurrentTransaction(handler, letter.message());
            return stores.withStore(
                StoreScope.operations(),
                store -> {
                  try (PreparedStatement mark =
                      store
                          .connection()
                          .prepareStatement(
                              "update consolidation.dead_letter"
                                  + " set replayed_at = clock_timestamp(), replayed_by = ?"
                                  + " where id = ? and replayed_at is null")) {
                    mark.setString(1, operator);
                    mark.setObject(2, id);
                    if (mark.executeUpdate() != 1) {
                      throw new ConflictException("id", "this dead letter was replayed meanwhile");
                    }
                  }
                  return null;
                });
          });
    } catch (ConflictException e) {
      throw e;
    } catch (RuntimeException e) {
      String reason = rootMessage(e);
      record(letter.consumer(), letter.message(), "replay failed: " + reason, 1);
      throw new ConflictException("id", "the message failed again: " + reason);
    }
    return work.callForPlatform(() -> get(id));
  }

  private static String rootMessage(Throwable e) {
    Throwable root = e;
    while (root.getCause() != null && root.getCause() != root) {
      root = root.getCause();
    }
    return root.getClass().getSimpleName() + ": " + root.getMessage();
  }

  private static final String SELECT =
      "select id, consumer, message_id, topic, city_code, region_code, occurred_at, payload::text,"
          + " error, attempts, failed_at, replayed_at, replayed_by from consolidation.dead_letter";

  private static Optional<DeadLetter> find(StoreConnection store, UUID id) throws SQLException {
    try (PreparedStatement query = store.connection().prepareStatement(SELECT + " where id = ?")) {
      query.setObject(1, id);
      try (ResultSet rows = query.executeQuery()) {
        return rows.next() ? Optional.of(read(rows)) : Optional.empty();
      }
    }
  }

  private static DeadLetter read(ResultSet rows) throws SQLException {
    Timestamp replayed = rows.getTimestamp(12);
    return new DeadLetter(
        rows.getObject(1, UUID.class),
        rows.getString(2),
        new ConsolidationMessage(
            rows.getObject(3, UUID.class),
            rows.getString(4),
            rows.getString(5),
            rows.getString(6),
            rows.getTimestamp(7).toInstant(),
            rows.getString(8)),
        rows.getString(9),
        rows.getInt(10),
        rows.getTimestamp(11).toInstant(),
        replayed == null ? null : replayed.toInstant(),
        rows.getString(13));
  }
}
