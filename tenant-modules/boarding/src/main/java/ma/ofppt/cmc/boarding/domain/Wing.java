package ma.ofppt.cmc.boarding.domain;

import jakarta.persistence.Cacheable;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.util.UUID;
import ma.ofppt.cmc.platform.domain.DomainRuleViolation;
import ma.ofppt.cmc.platform.domain.LocalizedName;
import ma.ofppt.cmc.platform.persistence.TenantScopedEntity;

/**
 * A wing of the boarding house, for women or for men. Its sex never changes: it travels down to its
 * rooms, beds and assignments (composite keys in the database), which is how a bed is never given
 * to a trainee of the other sex.
 */
@Entity
@Table(name = "boarding_wing")
@Cacheable(false)
public class Wing extends TenantScopedEntity {
  @Column(name = "code", nullable = false, updatable = false)
  private String code;

  @Embedded private LocalizedName name;

  @Enumerated(EnumType.STRING)
  @Column(name = "sex", nullable = false, updatable = false)
  private Sex sex;

  protected Wing() {}

  public Wing(String code, LocalizedName name, Sex sex) {
    super(UUID.randomUUID());
    DomainRuleViolation.require(name != null, "name", "required");
    DomainRuleViolation.require(sex != null, "sex", "required");
    this.code = Codes.normalise("code", code, 32);
    this.name = name;
    this.sex = sex;
  }

  public void rename(LocalizedName newName) {
    DomainRuleViolation.require(newName != null, "name", "required");
    this.name = newName;
  }

  public String code() {
    return code;
  }

  public LocalizedName name() {
    return name;
  }

  public Sex sex() {
    return sex;
  }
}
