package ma.ofppt.cmc.careers.domain;

import jakarta.persistence.Cacheable;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.util.Optional;
import java.util.UUID;
import ma.ofppt.cmc.platform.persistence.TenantScopedEntity;

/** One attempt to reach a graduate for a tracer survey, part of the {@link TracerSurvey}. */
@Entity
@Table(name = "tracer_contact_attempt")
@Cacheable(false)
public class ContactAttempt extends TenantScopedEntity {
  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "survey_id", nullable = false, updatable = false)
  private TracerSurvey survey;

  @Column(name = "attempted_on", nullable = false, updatable = false)
  private LocalDate attemptedOn;

  @Enumerated(EnumType.STRING)
  @Column(name = "channel", nullable = false, updatable = false)
  private ContactChannel channel;

  @Column(name = "note", updatable = false)
  private String note;

  protected ContactAttempt() {}

  ContactAttempt(TracerSurvey survey, LocalDate attemptedOn, ContactChannel channel, String note) {
    super(UUID.randomUUID());
    this.survey = survey;
    this.attemptedOn = attemptedOn;
    this.channel = channel;
    this.note = note;
  }

  public LocalDate attemptedOn() {
    return attemptedOn;
  }

  public ContactChannel channel() {
    return channel;
  }

  public Optional<String> note() {
    return Optional.ofNullable(note);
  }
}
