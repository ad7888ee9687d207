package ma.ofppt.cmc.finance.domain;

import jakarta.persistence.Cacheable;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.util.Locale;
import java.util.UUID;
import ma.ofppt.cmc.platform.persistence.TenantScopedEntity;

/**
 * A supplier the city contracts with, known by its identifier: the ICE (identifiant commun de
 * l'entreprise, 15 digits) or another registration number; unique in the city.
 */
@Entity
@Table(name = "finance_supplier")
@Cacheable(false)
public class Supplier extends TenantScopedEntity {
  @Column(name = "name", nullable = false)
  private String name;

  @Column(name = "identifier", nullable = false, updatable = false)
  private String identifier;

  protected Supplier() {}

  public Supplier(String name, String identifier) {
    super(UUID.randomUUID());
    this.name = Texts.required("name", name, 200);
    this.identifier =
        Texts.required("identifier", identifier, 32).replace(" ", "").toUpperCase(Locale.ROOT);
  }

  public String name() {
    return name;
  }

  public String identifier() {
    return identifier;
  }
}
