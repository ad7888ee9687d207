package ma.ofppt.cmc.careers.domain;

import jakarta.persistence.Cacheable;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.util.UUID;
import ma.ofppt.cmc.platform.persistence.TenantScopedEntity;

/** A trainee or graduate of the city among an {@link IncubatorProject}'s founders. */
@Entity
@Table(name = "incubator_founder")
@Cacheable(false)
public class ProjectFounder extends TenantScopedEntity {
  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "project_id", nullable = false, updatable = false)
  private IncubatorProject project;

  @Column(name = "trainee_id", nullable = false, updatable = false)
  private UUID traineeId;

  @Column(name = "joined_on", nullable = false, updatable = false)
  private LocalDate joinedOn;

  protected ProjectFounder() {}

  ProjectFounder(IncubatorProject project, UUID traineeId, LocalDate joinedOn) {
    super(UUID.randomUUID());
    this.project = project;
    this.traineeId = traineeId;
    this.joinedOn = joinedOn;
  }

  public UUID traineeId() {
    return traineeId;
  }

  public LocalDate joinedOn() {
    return joinedOn;
  }
}
