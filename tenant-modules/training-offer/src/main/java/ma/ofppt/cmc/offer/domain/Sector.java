package ma.ofppt.cmc.offer.domain;

import jakarta.persistence.Cacheable;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import ma.ofppt.cmc.platform.domain.LocalizedName;
import ma.ofppt.cmc.platform.persistence.SharedReferenceData;

/**
 * One of the national sectors (reference data shared by every city). Whether its programmes carry
 * the extra semester of languages and soft skills is a property of the sector, so the rule lives in
 * data, not in a list of names in the code.
 */
@Entity
@SharedReferenceData
@Table(name = "sector")
@Cacheable(false)
public class Sector {
  @Id
  @Column(name = "code", nullable = false, updatable = false)
  private String code;

  @Embedded private LocalizedName name;

  @Column(name = "is_new", nullable = false, updatable = false)
  private boolean isNew;

  @Column(name = "language_semester", nullable = false, updatable = false)
  private boolean languageSemester;

  @Column(name = "display_order", nullable = false, updatable = false)
  private int displayOrder;

  protected Sector() {}

  public String code() {
    return code;
  }

  public LocalizedName name() {
    return name;
  }

  /** One of the three sectors the CMC programme added. */
  public boolean isNew() {
    return isNew;
  }

  /** Its programmes carry one extra semester of foreign languages and soft skills. */
  public boolean requiresLanguageSemester() {
    return languageSemester;
  }

  public int displayOrder() {
    return displayOrder;
  }

  public void rename(LocalizedName newName) {
    this.name = newName;
  }
}
