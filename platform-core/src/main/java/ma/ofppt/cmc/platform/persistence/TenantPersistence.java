package ma.ofppt.cmc.platform.persistence;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Status;
import jakarta.transaction.TransactionSynchronizationRegistry;
import java.util.Optional;
import ma.ofppt.cmc.platform.tenancy.TenantContext;
import ma.ofppt.cmc.platform.tenancy.TenantId;
import org.eclipse.persistence.config.PersistenceUnitProperties;

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
}
