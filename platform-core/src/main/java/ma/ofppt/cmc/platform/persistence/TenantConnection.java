package ma.ofppt.cmc.platform.persistence;

import java.sql.Array;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Collection;
import ma.ofppt.cmc.platform.tenancy.TenantId;

/**
 * The JDBC connection of the current transaction, handed out by {@link
 * TenantPersistence#withConnection} only after the database confirmed that it is bound to {@link
 * #tenant()}. It is for set-based statements that JPA cannot express cheaply (an import of
 * thousands of rows in one {@code INSERT ... SELECT FROM unnest(...)}). Statements name {@code
 * tenant_id} explicitly with {@link #tenant()}, as EclipseLink does; row-level security stands
 * behind them, so a statement that named another tenant would be refused by {@code WITH CHECK}.
 */
public final class TenantConnection {
  private final TenantId tenant;
  private final Connection connection;

  TenantConnection(TenantId tenant, Connection connection) {
    this.tenant = tenant;
    this.connection = connection;
  }

  /** The tenant the transaction, and so this connection, is bound to. */
  public TenantId tenant() {
    return tenant;
  }

  /** The connection; valid until the work given to {@code withConnection} returns. */
  public Connection connection() {
    return connection;
  }

  /**
   * A {@code text[]} parameter (cast it in SQL: {@code ?::text[]}, then each element to its type);
   * {@code null} elements stay SQL nulls.
   */
  public Array textArray(Collection<String> values) throws SQLException {
    return connection.createArrayOf("text", values.toArray(String[]::new));
  }
}
