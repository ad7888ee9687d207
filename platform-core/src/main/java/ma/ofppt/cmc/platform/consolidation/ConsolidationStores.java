package ma.ofppt.cmc.platform.consolidation;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import ma.ofppt.cmc.platform.persistence.TenantPersistence;
import ma.ofppt.cmc.platform.tenancy.TenantContext;

/**
 * The central binding of the stores above the cities, as {@link TenantPersistence} is the binding
 * of the cities. Work for HQ, for a region or for the operators runs on the current transaction's
 * connection with {@code app.store} set, transaction-locally, to its scope for exactly as long as
 * the work runs, and blanked afterwards, so one transaction can apply a message to a region's store
 * and then note it in the operators' store without either leaking into the other.
 *
 * <p>It refuses to run while a city is bound: a city's transaction never reaches these stores, and
 * a consumer never acts for a city.
 */
@ApplicationScoped
public class ConsolidationStores {
  static final String STORE_SETTING = "app.store";

  @Inject TenantPersistence persistence;
  @Inject TenantContext tenants;

  /** Set-based SQL on a store. */
  @FunctionalInterface
  public interface StoreWork<T> {
    T run(StoreConnection connection) throws SQLException;
  }

  public <T> T withStore(StoreScope scope, StoreWork<T> work) {
    if (tenants.current().isPresent()) {
      throw new IllegalStateException(
          "the stores above the cities are not reached while a city is bound ("
              + tenants.current().get()
              + ")");
    }
    return persistence.withPlatformConnection(
        connection -> {
          String previous = setting(connection);
          if (previous != null && !previous.isEmpty()) {
            throw new IllegalStateException(
                "this transaction already works in store '" + previous + "'");
          }
          bind(connection, scope.setting());
          try {
            return work.run(new StoreConnection(scope, connection));
          } finally {
            bind(connection, "");
          }
        });
  }

  private static String setting(Connection connection) throws SQLException {
    try (PreparedStatement statement =
            connection.prepareStatement("select current_setting('" + STORE_SETTING + "', true)");
        ResultSet result = statement.executeQuery()) {
      result.next();
      return result.getString(1);
    }
  }

  private static void bind(Connection connection, String value) throws SQLException {
    try (PreparedStatement statement =
        connection.prepareStatement("select set_config('" + STORE_SETTING + "', ?, true)")) {
      statement.setString(1, value);
      statement.execute();
    }
  }
}
