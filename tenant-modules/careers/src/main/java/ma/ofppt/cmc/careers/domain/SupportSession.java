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

/** One coaching session the incubator gave an {@link IncubatorProject}. */
@Entity
@Table(name = "incubator_session")
@Cacheable(false)
public class SupportSession extends TenantScopedEntity {
  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "project_id", nullable = false, updatable = false)
  private IncubatorProject project;

  @Column(name = "held_on", nullable = false, updatable = false)
  private LocalDate heldOn;

  @Column(name = "topic", nullable = false, updatable = false)
  private String topic;

  @Column(name = "coach", nullable = false, updatable = false)
  private String coach;

  protected SupportSession() {}

  SupportSession(IncubatorProject project, LocalDate heldOn, String topic, String coach) {
    super(UUID.randomUUID());
    this.project = project;
    this.heldOn = heldOn;
    this.topic = topic;
    this.coach = coach;
  }

  public LocalDate heldOn() {
    return heldOn;
  }

  public String topic() {
    return topic;
  }

  public String coach() {
    return coach;
  }
}
