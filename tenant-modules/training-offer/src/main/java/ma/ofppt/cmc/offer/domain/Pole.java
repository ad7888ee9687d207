package ma.ofppt.cmc.offer.domain;

import jakarta.persistence.Cacheable;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.util.UUID;
import ma.ofppt.cmc.platform.domain.DomainRuleViolation;
import ma.ofppt.cmc.platform.domain.LocalizedName;
import ma.ofppt.cmc.platform.persistence.TenantScopedEntity;

/**
 * A sector pole of a city (pôle): the building and team that run a sector's programmes and its
 * pedagogical platforms. Tamansourt has 8, Béni Mellal 10.
 */
@Entity
@Table(name = "pole")
@Cacheable(false)
public class Pole extends TenantScopedEntity {
  @Column(name = "code", nullable = false, updatable = false)
  private String code;

  @Embedded private LocalizedName name;

  @Column(name = "sector_code", nullable = false)
  private String sectorCode;

  protected Pole() {}

  public Pole(String code, LocalizedName name, Sector sector) {
    super(UUID.randomUUID());
    this.code = Codes.normalise("code", code);
    this.name = name;
    this.sectorCode = sector.code();
  }

  public String code() {
    return code;
  }

  public LocalizedName name() {
    return name;
  }

  public String sectorCode() {
    return sectorCode;
  }

  public void describe(LocalizedName newName, Sector sector) {
    DomainRuleViolation.require(newName != null, "name", "required");
    this.name = newName;
    this.sectorCode = sector.code();
  }
}
