package ma.ofppt.cmc.admissions.domain;

import jakarta.persistence.Cacheable;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.util.UUID;
import ma.ofppt.cmc.platform.domain.ConflictException;
import ma.ofppt.cmc.platform.persistence.TenantScopedEntity;

/**
 * The first-year seats of one programme in one intake, and how many are held by pending or accepted
 * offers. It is read with a row lock whenever a seat is taken or given back, so two officers acting
 * at the same moment are served one after the other; the database's CHECK refuses over-filling even
 * if code forgot the lock.
 */
@Entity
@Table(name = "seat_pool")
@Cacheable(false)
public class SeatPool extends TenantScopedEntity {
  @Column(name = "programme_id", nullable = false, updatable = false)
  private UUID programmeId;

  @Column(name = "academic_year", nullable = false, updatable = false)
  private String academicYear;

  @Column(name = "capacity", nullable = false)
  private int capacity;

  @Column(name = "held", nullable = false)
  private int held;

  protected SeatPool() {}

  public SeatPool(UUID programmeId, String academicYear, int capacity) {
    super(UUID.randomUUID());
    this.programmeId = programmeId;
    this.academicYear = academicYear;
    this.capacity = Math.max(0, capacity);
  }

  public void take() {
    if (held >= capacity) {
      throw new ConflictException(
          "seats", "no first-year seat is free in this programme (" + capacity + " held)");
    }
    held++;
  }

  public void giveBack() {
    if (held == 0) {
      throw new IllegalStateException("a seat was given back that was not held: " + programmeId);
    }
    held--;
  }

  /** Follows the training offer when it re-plans the intake, never below what is already held. */
  public void resize(int firstYearSeats) {
    capacity = Math.max(held, firstYearSeats);
  }

  public int free() {
    return capacity - held;
  }

  public UUID programmeId() {
    return programmeId;
  }

  public String academicYear() {
    return academicYear;
  }

  public int capacity() {
    return capacity;
  }

  public int held() {
    return held;
  }
}
