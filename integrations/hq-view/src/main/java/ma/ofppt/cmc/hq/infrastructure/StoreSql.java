package ma.ofppt.cmc.hq.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import ma.ofppt.cmc.platform.consolidation.ConsolidationStores;
import ma.ofppt.cmc.platform.consolidation.StoreConnection;
import ma.ofppt.cmc.platform.consolidation.StoreScope;

/**
 * Statements on HQ's store, each run through {@link ConsolidationStores#withStore} bound to {@code
 * app.store = 'hq'} on the current transaction's connection. Parameters bind by type: an {@link
 * Instant} as a timestamp, a collection of strings as a {@code text[]} (cast it: {@code
 * ?::text[]}), null as an untyped null that the column or a cast types.
 */
@ApplicationScoped
class StoreSql {
  /** Reads one row. */
  @FunctionalInterface
  interface Row<T> {
    T read(ResultSet row) throws SQLException;
  }

  @Inject ConsolidationStores stores;

  int update(String sql, Object... parameters) {
    return stores.withStore(StoreScope.hq(), store -> update(store, sql, parameters));
  }

  <T> List<T> list(String sql, Row<T> row, Object... parameters) {
    return stores.withStore(StoreScope.hq(), store -> list(store, sql, row, parameters));
  }

  <T> Optional<T> first(String sql, Row<T> row, Object... parameters) {
    return list(sql, row, parameters).stream().findFirst();
  }

  static int update(StoreConnection store, String sql, Object... parameters) throws SQLException {
    try (PreparedStatement statement = store.connection().prepareStatement(sql)) {
      bind(store, statement, parameters);
      return statement.executeUpdate();
    }
  }

  static <T> List<T> list(StoreConnection store, String sql, Row<T> row, Object... parameters)
      throws SQLException {
    try (PreparedStatement statement = store.connection().prepareStatement(sql)) {
      bind(store, statement, parameters);
      List<T> result = new ArrayList<>();
      try (ResultSet rows = statement.executeQuery()) {
        while (rows.next()) {
          result.add(row.read(rows));
        }
      }
      return result;
    }
  }

  static void bind(StoreConnection store, PreparedStatement statement, Object... parameters)
      throws SQLException {
    for (int i = 0; i < parameters.length; i++) {
      Object value = parameters[i];
      int index = i + 1;
      if (value == null) {
        statement.setNull(index, Types.OTHER);
      } else if (value instanceof Instant instant) {
        statement.setTimestamp(index, Timestamp.from(instant));
      } else if (value instanceof Collection<?> values) {
        statement.setArray(index, store.textArray(values.stream().map(String::valueOf).toList()));
      } else {
        statement.setObject(index, value);
      }
    }
  }

  static Instant instant(ResultSet row, int column) throws SQLException {
    Timestamp timestamp = row.getTimestamp(column);
    return timestamp == null ? null : timestamp.toInstant();
  }
}
