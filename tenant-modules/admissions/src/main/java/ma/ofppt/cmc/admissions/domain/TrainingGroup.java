package ma.ofppt.cmc.admissions.domain;

import jakarta.persistence.Cacheable;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.util.UUID;
import ma.ofppt.cmc.platform.persistence.TenantScopedEntity;

/**
 * A group (cohort) of a programme's intake, taught together, never above its size limit. Groups are
 * opened as enrolments need them: {@code DEVDIG-TS-2025-G1}, {@code -G2}, ...
 */
@Entity
@Table(name = "training_group")
@Cacheable(false)
public class TrainingGroup extends TenantScopedEntity {
  @Column(name = "programme_id", nullable = false, updatable = false)
  private UUID programmeId;

  @Column(name = "academic_year", nullable = false, updatable = false)
  private String academicYear;

  @Column(name = "code", nullable = false, updatable = false)
  private String code;

  @Column(name = "capacity", nullable = false)
  private int capacity;

  @Column(name = "size", nullable = false)
  private int size;

  protected TrainingGroup() {}

  public TrainingGroup(UUID programmeId, String academicYear, String code, int capacity) {
    super(UUID.randomUUID());
    this.programmeId = programmeId;
    this.academicYear = academicYear;
    this.code = code;
    this.capacity = capacity;
  }

  public boolean hasRoom() {
    return size < capacity;
  }

  void join() {
    if (!hasRoom()) {
      throw new IllegalStateException("group " + code + " is full");
    }
    size++;
  }

  void leave() {
    if (size > 0) {
      size--;
    }
  }

  public UUID programmeId() {
    return programmeId;
  }

  public String academicYear() {
    return academicYear;
  }

  public String code() {
    return code;
  }

  public int capacity() {
    return capacity;
  }

  public int size() {
    return size;
  }
}
