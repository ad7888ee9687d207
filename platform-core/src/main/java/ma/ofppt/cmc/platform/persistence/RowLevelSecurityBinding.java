package ma.ofppt.cmc.platform.persistence;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import org.eclipse.persistence.config.PersistenceUnitProperties;
import org.eclipse.persistence.exceptions.DatabaseException;
import org.eclipse.persistence.internal.databaseaccess.DatabaseAccessor;
import org.eclipse.persistence.sessions.SessionEvent;
import org.eclipse.persistence.sessions.SessionEventAdapter;

/**
 * The database-side tenant binding, registered as the persistence unit's session event listener.
 * With {@code eclipselink.jdbc.exclusive-connection.mode=Always} each transaction reads and writes
 * through one connection; when EclipseLink acquires it, this sets {@code app.tenant_id} to the
 * transaction's tenant with {@code is_local = true}, so the setting dies with the transaction and a
 * pooled connection never carries it into the next request. No tenant means an empty setting, and
 * the policies then match no row.
 */
public class RowLevelSecurityBinding extends SessionEventAdapter {
  private static final String SET_TENANT =
      "select set_config('" + Persistence.TENANT_SETTING + "', ?, true)";

  @Override
  public void postAcquireExclusiveConnection(SessionEvent event) {
    Object tenant =
        event.getSession().getProperty(PersistenceUnitProperties.MULTITENANT_PROPERTY_DEFAULT);
    apply(event, tenant instanceof String value ? value : "");
  }

  @Override
  public void preReleaseExclusiveConnection(SessionEvent event) {
    apply(event, "");
  }

  private static void apply(SessionEvent event, String tenant) {
    Connection connection = ((DatabaseAccessor) event.getResult()).getConnection();
    try (PreparedStatement statement = connection.prepareStatement(SET_TENANT)) {
      statement.setString(1, tenant);
      statement.execute();
    } catch (SQLException e) {
      // Failing here must fail the unit of work: a connection whose binding is unknown is unusable.
      throw DatabaseException.sqlException(e, false);
    }
  }
}
