package ma.ofppt.cmc.boarding.domain;

import jakarta.persistence.Cacheable;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.util.UUID;
import ma.ofppt.cmc.platform.persistence.TenantScopedEntity;

/** One bed of a room: the unit the boarding house assigns, for a period, to one trainee. */
@Entity
@Table(name = "boarding_bed")
@Cacheable(false)
public class Bed extends TenantScopedEntity {
  @Column(name = "code", nullable = false, updatable = false)
  private String code;

  @Column(name = "room_id", nullable = false, updatable = false)
  private UUID roomId;

  @Enumerated(EnumType.STRING)
  @Column(name = "sex", nullable = false, updatable = false)
  private Sex sex;

  protected Bed() {}

  Bed(String code, Room room) {
    super(UUID.randomUUID());
    this.code = Codes.normalise("code", code, 40);
    this.roomId = room.id();
    this.sex = room.sex();
  }

  public String code() {
    return code;
  }

  public UUID roomId() {
    return roomId;
  }

  public Sex sex() {
    return sex;
  }
}
