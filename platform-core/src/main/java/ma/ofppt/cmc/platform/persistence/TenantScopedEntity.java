package ma.ofppt.cmc.platform.persistence;

import jakarta.persistence.Column;
import jakarta.persistence.Id;
import jakarta.persistence.MappedSuperclass;
import jakarta.persistence.Version;
import java.util.Objects;
import java.util.UUID;
import org.eclipse.persistence.annotations.Multitenant;
import org.eclipse.persistence.annotations.MultitenantType;
import org.eclipse.persistence.annotations.TenantDiscriminatorColumn;
import org.eclipse.persistence.config.PersistenceUnitProperties;

/**
 * Base of every entity that belongs to one city. It is the application-side lock: EclipseLink adds
 * {@code tenant_id = :tenant} to every query and writes the column on insert, from the tenant that
 * {@link TenantPersistence} set on the transaction. The database-side lock is the row-level
 * security policy on the same column. Ids are random UUIDs, so no sequence reveals another city's
 * volumes; being globally unique, they identify an entity alone in JPA, while the database keys and
 * references stay composite {@code (tenant_id, id)}.
 */
@MappedSuperclass
@Multitenant(MultitenantType.SINGLE_TABLE)
@TenantDiscriminatorColumn(
    name = "tenant_id",
    contextProperty = PersistenceUnitProperties.MULTITENANT_PROPERTY_DEFAULT,
    length = 64)
public abstract class TenantScopedEntity {
  @Id
  @Column(name = "id", nullable = false, updatable = false)
  private UUID id;

  @Version
  @Column(name = "version", nullable = false)
  private long version;

  protected TenantScopedEntity() {}

  protected TenantScopedEntity(UUID id) {
    this.id = Objects.requireNonNull(id, "id");
  }

  public UUID id() {
    return id;
  }

  public long version() {
    return version;
  }

  @Override
  public boolean equals(Object o) {
    return o != null && o.getClass() == getClass() && id.equals(((TenantScopedEntity) o).id);
  }

  @Override
  public int hashCode() {
    return id.hashCode();
  }
}
