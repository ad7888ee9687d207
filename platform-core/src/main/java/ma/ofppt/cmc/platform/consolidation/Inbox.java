package ma.ofppt.cmc.platform.consolidation;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import ma.ofppt.cmc.platform.tenancy.TenantWork;

/**
 * Applies a message to a handler's store at most once: the message's id goes into {@code
 * consolidation.processed_message} in the same transaction as its effect, so a second delivery (a
 * redelivery after a lost acknowledgement, a relay that published twice) finds it and changes
 * nothing, and an effect that fails half-way leaves no record either.
 */
@ApplicationScoped
public class Inbox {
  @Inject TenantWork work;
  @Inject ConsolidationStores stores;

  public enum Outcome {
    APPLIED,
    DUPLICATE
  }

  /** In a transaction of its own. */
  public Outcome deliver(ConsolidationHandler handler, ConsolidationMessage message) {
    return work.callForPlatform(() -> deliverInCurrentTransaction(handler, message));
  }

  /** In the caller's transaction (a dead letter's replay marks itself replayed in the same one). */
  Outcome deliverInCurrentTransaction(ConsolidationHandler handler, ConsolidationMessage message) {
    StoreScope scope = handler.scope(message);
    return stores.withStore(
        scope,
        store -> {
          if (!recordProcessed(store, handler, message)) {
            return Outcome.DUPLICATE;
          }
          handler.apply(message, store);
          return Outcome.APPLIED;
        });
  }

  private static boolean recordProcessed(
      StoreConnection store, ConsolidationHandler handler, ConsolidationMessage message)
      throws SQLException {
    try (PreparedStatement insert =
        store
            .connection()
            .prepareStatement(
                "insert into consolidation.processed_message"
                    + " (store, consumer, message_id, topic, city_code, occurred_at)"
                    + " values (?, ?, ?, ?, ?, ?) on conflict do nothing")) {
      insert.setString(1, store.scope().setting());
      insert.setString(2, handler.name());
      insert.setObject(3, message.id());
      insert.setString(4, message.topic());
      insert.setString(5, message.city());
      insert.setTimestamp(6, Timestamp.from(message.occurredAt()));
      return insert.executeUpdate() == 1;
    }
  }
}
