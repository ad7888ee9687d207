package ma.ofppt.cmc.platform.consolidation;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import ma.ofppt.cmc.platform.persistence.TenantConnection;
import ma.ofppt.cmc.platform.persistence.TenantPersistence;

/**
 * The relay's side of the current city's outbox. Each method runs in the caller's transaction,
 * which must be bound to the city (the relay runs every step through {@code TenantWork}).
 *
 * <p>A relay claims a batch for a lease: the rows are locked while claimed ({@code FOR UPDATE SKIP
 * LOCKED}) and stamped with {@code claimed_until}, so a second server instance skips them until the
 * lease runs out. It publishes them outside any transaction, then marks them published, or releases
 * them with the error. A relay that dies mid-way leaves its rows claimed until the lease ends; they
 * are then published again (consumers apply a message once).
 */
@ApplicationScoped
public class OutboxQueue {
  @Inject TenantPersistence persistence;

  /** A message waiting in the outbox. */
  public record Pending(UUID id, String topic, String payload, Instant createdAt, int attempts) {}

  /** The state of the city's outbox. */
  public record Backlog(long pending, Optional<Instant> oldestPending, long published) {}

  public List<Pending> claim(int max, Duration lease) {
    return persistence.withConnection(
        city -> {
          List<Pending> claimed = new ArrayList<>();
          try (PreparedStatement update =
              city.connection()
                  .prepareStatement(
                      """
                      update outbox_message o
                         set claimed_until = clock_timestamp() + ?::interval,
                             attempts = o.attempts + 1
                        from (select tenant_id, id from outbox_message
                               where tenant_id = ? and published_at is null
                                 and (claimed_until is null or claimed_until < clock_timestamp())
                               order by created_at, id
                               limit ?
                               for update skip locked) c
                       where o.tenant_id = c.tenant_id and o.id = c.id
                      returning o.id, o.topic, o.payload::text, o.created_at, o.attempts
                      """)) {
            update.setString(1, lease.toMillis() + " milliseconds");
            update.setString(2, city.tenant().value());
            update.setInt(3, max);
            try (ResultSet rows = update.executeQuery()) {
              while (rows.next()) {
                claimed.add(
                    new Pending(
                        rows.getObject(1, UUID.class),
                        rows.getString(2),
                        rows.getString(3),
                        rows.getTimestamp(4).toInstant(),
                        rows.getInt(5)));
              }
            }
          }
          claimed.sort(Comparator.comparing(Pending::createdAt).thenComparing(Pending::id));
          return claimed;
        });
  }

  public void markPublished(Collection<UUID> ids) {
    if (ids.isEmpty()) {
      return;
    }
    persistence.withConnection(
        city ->
            update(
                city,
                "update outbox_message set published_at = clock_timestamp(), claimed_until = null,"
                    + " last_error = null"
                    + " where tenant_id = ? and id = any (?::uuid[]) and published_at is null",
                ids,
                null));
  }

  /** Gives claimed rows back, with the reason, for the next attempt. */
  public void release(Collection<UUID> ids, String error) {
    if (ids.isEmpty()) {
      return;
    }
    persistence.withConnection(
        city ->
            update(
                city,
                "update outbox_message set claimed_until = null, last_error = left(?, 2000)"
                    + " where tenant_id = ? and id = any (?::uuid[]) and published_at is null",
                ids,
                error == null ? "unknown error" : error));
  }

  public Backlog backlog() {
    return persistence.withConnection(
        city -> {
          try (PreparedStatement query =
              city.connection()
                  .prepareStatement(
                      "select count(*) filter (where published_at is null),"
                          + " min(created_at) filter (where published_at is null),"
                          + " count(*) filter (where published_at is not null)"
                          + " from outbox_message where tenant_id = ?")) {
            query.setString(1, city.tenant().value());
            try (ResultSet row = query.executeQuery()) {
              row.next();
              Timestamp oldest = row.getTimestamp(2);
              return new Backlog(
                  row.getLong(1),
                  Optional.ofNullable(oldest).map(Timestamp::toInstant),
                  row.getLong(3));
            }
          }
        });
  }

  /** Deletes what was published before {@code before}; returns how many. */
  public int purgePublishedBefore(Instant before) {
    return persistence.withConnection(
        city -> {
          try (PreparedStatement delete =
              city.connection()
                  .prepareStatement(
                      "delete from outbox_message where tenant_id = ?"
                          + " and published_at is not null and published_at < ?")) {
            delete.setString(1, city.tenant().value());
            delete.setTimestamp(2, Timestamp.from(before));
            return delete.executeUpdate();
          }
        });
  }

  private static Void update(TenantConnection city, String sql, Collection<UUID> ids, String error)
      throws SQLException {
    try (PreparedStatement update = city.connection().prepareStatement(sql)) {
      int index = 1;
      if (error != null) {
        update.setString(index++, error);
      }
      update.setString(index++, city.tenant().value());
      update.setArray(index, city.connection().createArrayOf("uuid", ids.toArray(UUID[]::new)));
      update.executeUpdate();
    }
    return null;
  }
}
