package ma.ofppt.cmc.boarding.domain;

import jakarta.persistence.Cacheable;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import ma.ofppt.cmc.platform.domain.DomainRuleViolation;
import ma.ofppt.cmc.platform.persistence.TenantScopedEntity;

/** A room of a wing, with its beds; it lodges trainees of the wing's sex only. */
@Entity
@Table(name = "boarding_room")
@Cacheable(false)
public class Room extends TenantScopedEntity {
  public static final int MAX_BEDS = 12;

  @Column(name = "code", nullable = false, updatable = false)
  private String code;

  @Column(name = "wing_id", nullable = false, updatable = false)
  private UUID wingId;

  @Enumerated(EnumType.STRING)
  @Column(name = "sex", nullable = false, updatable = false)
  private Sex sex;

  protected Room() {}

  public Room(String code, Wing wing) {
    super(UUID.randomUUID());
    DomainRuleViolation.require(wing != null, "wingId", "required");
    this.code = Codes.normalise("code", code, 32);
    this.wingId = wing.id();
    this.sex = wing.sex();
  }

  /** The room's beds, coded {@code <room>-1}, {@code <room>-2}, ... */
  public List<Bed> furnish(int beds) {
    DomainRuleViolation.require(
        beds >= 1 && beds <= MAX_BEDS, "beds", "between 1 and " + MAX_BEDS + " beds a room");
    List<Bed> made = new ArrayList<>(beds);
    for (int i = 1; i <= beds; i++) {
      made.add(new Bed(code + "-" + i, this));
    }
    return made;
  }

  public String code() {
    return code;
  }

  public UUID wingId() {
    return wingId;
  }

  public Sex sex() {
    return sex;
  }
}
