package ma.ofppt.cmc.platform.consolidation;

import java.sql.SQLException;
import java.util.Set;

/**
 * A consumer of consolidation messages: HQ's national store, the regional councils' audit stores.
 * Implementations are CDI beans; the transports (integrations) deliver each message to every
 * handler that {@link #handles} its topic, through {@link Inbox}, which applies it at most once.
 */
public interface ConsolidationHandler {

  /** A stable lower-case name; it keys the handler's processed messages and dead letters. */
  String name();

  boolean handles(String topic);

  /**
   * The topics to route to this handler on a broker (exact names; {@code #} for all): its queue is
   * bound to these only, so messages it would drop never reach its queue.
   */
  default Set<String> topics() {
    return Set.of("#");
  }

  /** The store the message's effect goes to (a region's store for that city's region, say). */
  StoreScope scope(ConsolidationMessage message);

  /**
   * Applies the message to the store, on the transaction's connection, bound to {@link
   * #scope(ConsolidationMessage)}. Runs in the transaction that records the message as processed,
   * so the effect and the record commit or roll back together. A malformed message throws {@link
   * IllegalArgumentException}; it is not retried and goes to the dead letters at once.
   */
  void apply(ConsolidationMessage message, StoreConnection store) throws SQLException;
}
