package ma.ofppt.cmc.platform.consolidation;

import java.sql.Array;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Collection;

/**
 * The JDBC connection of the current transaction, handed out by {@link
 * ConsolidationStores#withStore} only while {@code app.store} on it is {@link #scope()}: row-level
 * security then lets its statements see and write that store's rows and nothing else.
 */
public final class StoreConnection {
  private final StoreScope scope;
  private final Connection connection;

  StoreConnection(StoreScope scope, Connection connection) {
    this.scope = scope;
    this.connection = connection;
  }

  public StoreScope scope() {
    return scope;
  }

  /** Valid until the work given to {@code withStore} returns. */
  public Connection connection() {
    return connection;
  }

  /** A {@code text[]} parameter; cast it in SQL ({@code ?::text[]}). */
  public Array textArray(Collection<String> values) throws SQLException {
    return connection.createArrayOf("text", values.toArray(String[]::new));
  }
}
