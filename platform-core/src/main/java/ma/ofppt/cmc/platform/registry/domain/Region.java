package ma.ofppt.cmc.platform.registry.domain;

import jakarta.persistence.Cacheable;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import ma.ofppt.cmc.platform.domain.LocalizedName;
import ma.ofppt.cmc.platform.persistence.SharedReferenceData;

/** One of Morocco's 12 regions: the territory of one CMC and of one regional council. */
@Entity
@SharedReferenceData
@Table(name = "region")
@Cacheable(false)
public class Region {
  @Id
  @Column(name = "code", nullable = false, updatable = false)
  private String code;

  @Embedded private LocalizedName name;

  protected Region() {}

  public String code() {
    return code;
  }

  public LocalizedName name() {
    return name;
  }
}
