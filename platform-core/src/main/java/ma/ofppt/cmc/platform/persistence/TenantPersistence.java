package ma.ofppt.cmc.platform.persistence;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;
import jakarta.transaction.Status;
import jakarta.transaction.TransactionSynchronizationRegistry;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Optional;
import ma.ofppt.cmc.platform.tenancy.TenantContext;
import ma.ofppt.cmc.platform.tenancy.TenantId;
import org.eclipse.persistence.config.PersistenceUnitProperties;
import org.eclipse.persistence.internal.databaseaccess.Accessor;
import org.eclipse.persistence.internal.sessions.UnitOfWorkImpl;

/**
 * The only way to the entity manager. On the first use in a JTA transaction it binds the
 * transaction to the current tenant (or to no tenant, for platform-level work): EclipseLink then
 * filters and stamps {@code tenant_id}, and {@link RowLevelSecurityBinding} sets the same tenant on
 * the database connection, transaction-locally. A transaction never changes tenant; data is never
 * reached outside a transaction, where the database binding would not hold.
 */
@ApplicationScoped
public class TenantPersistence {
  private static final String BOUND_TENANT = TenantPersistence.class.getName() + ".tenant";
  private static final String NO_TENANT = "";

  @PersistenceContext(unitName = Persistence.UNIT)
  EntityManager entityManager;

  @Resource TransactionSynchronizationRegistry transactions;

  @Inject TenantContext tenants;

  /** The entity manager of the current transaction, bound to the current tenant. */
  public EntityManager em() {
    if (transactions.getTransactionStatus() != Status.STATUS_ACTIVE) {
      throw new IllegalStateException(
          "data is reached inside a transaction only (annotate the service @Transactional)");
    }
    Optional<TenantId> tenant = tenants.current();
    String wanted = tenant.map(TenantId::value).orElse(NO_TENANT);
    Object bound = transactions.getResource(BOUND_TENANT);
    if (bound == null) {
      tenant.ifPresent(
          t ->
              entityManager.setProperty(
                  PersistenceUnitProperties.MULTITENANT_PROPERTY_DEFAULT, t.value()));
      transactions.putResource(BOUND_TENANT, wanted);
    } else if (!bound.equals(wanted)) {
      throw new IllegalStateException(
          "this transaction is bound to tenant '" + bound + "' and cannot serve '" + wanted + "'");
    }
    return entityManager;
  }

  /** Set-based SQL on the transaction's own connection; see {@link TenantConnection}. */
  @FunctionalInterface
  public interface SqlWork<T> {
    T run(TenantConnection connection) throws SQLException;
  }

  /**
   * Runs set-based SQL for the current city on the connection of the current transaction: the one
   * EclipseLink holds exclusively for it and {@link RowLevelSecurityBinding} has bound. What JPA
   * has queued is flushed first, so the SQL sees the transaction's own writes; before the work
   * runs, the database is asked which tenant the connection carries, and anything but the current
   * tenant fails the unit of work (fail closed). A {@link SQLException} leaves as a {@link
   * PersistenceException} and marks the transaction for rollback like any other.
   */
  public <T> T withConnection(SqlWork<T> work) {
    EntityManager em = em();
    TenantId tenant = tenants.require();
    em.flush();
    try {
      Connection connection = transactionConnection(em);
      String bound = boundTenant(connection);
      if (!tenant.value().equals(bound)) {
        throw new IllegalStateException(
            "the transaction's connection carries tenant '" + bound + "', not '" + tenant + "'");
      }
      return work.run(new TenantConnection(tenant, connection));
    } catch (SQLException e) {
      throw new PersistenceException(e.getMessage(), e);
    }
  }

  /** SQL on the transaction's connection for work that acts for no city. */
  @FunctionalInterface
  public interface PlatformSqlWork<T> {
    T run(Connection connection) throws SQLException;
  }

  /**
   * Runs SQL on the connection of the current transaction for work that acts for no city (the
   * stores above the cities, see {@code ConsolidationStores}): refused while a city is bound, and
   * the database is asked first that the connection carries no tenant, so no tenant table shows a
   * row to it. A {@link SQLException} leaves as a {@link PersistenceException}.
   */
  public <T> T withPlatformConnection(PlatformSqlWork<T> work) {
    if (tenants.current().isPresent()) {
      throw new IllegalStateException("a city is bound: " + tenants.current().get());
    }
    EntityManager em = em();
    em.flush();
    try {
      Connection connection = transactionConnection(em);
      String bound = boundTenant(connection);
      if (bound != null && !bound.isEmpty()) {
        throw new IllegalStateException(
            "the transaction's connection carries tenant '" + bound + "'");
      }
      return work.run(connection);
    } catch (SQLException e) {
      throw new PersistenceException(e.getMessage(), e);
    }
  }

  /**
   * The connection of the transaction's unit of work. If no statement has run in the transaction
   * yet, a trivial query runs first, so that EclipseLink acquires the connection its usual way (and
   * {@link RowLevelSecurityBinding} binds it). The transaction is not begun early: after an early
   * begin, EclipseLink no longer writes at commit what was persisted after it (measured: a ledger
   * entry persisted after set-based SQL in the same transaction was silently lost).
   */
  private static Connection transactionConnection(EntityManager em) {
    UnitOfWorkImpl unitOfWork = em.unwrap(UnitOfWorkImpl.class);
    Connection connection = connectionOf(unitOfWork);
    if (connection == null) {
      em.createQuery("select count(t) from Tenant t where t.code is null", Long.class)
          .getSingleResult();
      connection = connectionOf(unitOfWork);
    }
    if (connection == null) {
      throw new IllegalStateException("the transaction has no database connection");
    }
    return connection;
  }

  private static Connection connectionOf(UnitOfWorkImpl unitOfWork) {
    Accessor accessor = unitOfWork.getAccessor();
    return accessor == null ? null : accessor.getConnection();
  }

  private static String boundTenant(Connection connection) throws SQLException {
    try (PreparedStatement statement =
            connection.prepareStatement(
                "select current_setting('" + Persistence.TENANT_SETTING + "', true)");
        ResultSet result = statement.executeQuery()) {
      result.next();
      return result.getString(1);
    }
  }
}
