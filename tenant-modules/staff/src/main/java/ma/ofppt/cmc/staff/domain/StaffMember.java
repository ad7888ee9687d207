package ma.ofppt.cmc.staff.domain;

import jakarta.persistence.Cacheable;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Pattern;
import ma.ofppt.cmc.platform.domain.ConflictException;
import ma.ofppt.cmc.platform.domain.DomainRuleViolation;
import ma.ofppt.cmc.platform.domain.LocalizedName;
import ma.ofppt.cmc.platform.persistence.TenantScopedEntity;

/**
 * A trainer or an administrative staff member of a city: who they are, their contract, their
 * qualifications and the pole they work in. A trainer carries a weekly teaching-load ceiling; the
 * teaching assignments of any academic year never add up to more (checked by the assignment service
 * under this row's lock, see {@link #checkRoomFor}). The employee number identifies the person
 * within the city and never changes; so does the kind.
 */
@Entity
@Table(name = "staff_member")
@Cacheable(false)
public class StaffMember extends TenantScopedEntity {
  public static final int MAX_CEILING = 44;
  public static final int MAX_QUALIFICATIONS = 20;
  public static final int MAX_QUALIFICATION_LENGTH = 200;
  private static final Pattern EMPLOYEE_NUMBER = Pattern.compile("[A-Z0-9][A-Z0-9-]{0,31}");
  private static final Pattern NATIONAL_ID = Pattern.compile("[A-Z]{1,2}[0-9]{1,8}");
  // Qualifications are short lines of text, kept in one column: they are shown, never queried.
  private static final String LINE = "\n";

  @Column(name = "employee_number", nullable = false, updatable = false)
  private String employeeNumber;

  @Column(name = "national_id")
  private String nationalId;

  @Embedded private LocalizedName name;

  @Enumerated(EnumType.STRING)
  @Column(name = "kind", nullable = false, updatable = false)
  private StaffKind kind;

  @Enumerated(EnumType.STRING)
  @Column(name = "contract_type", nullable = false)
  private ContractType contractType;

  @Column(name = "contract_end")
  private LocalDate contractEnd;

  @Column(name = "qualifications", nullable = false)
  private String qualifications;

  @Column(name = "pole_id", nullable = false)
  private UUID poleId;

  @Column(name = "weekly_ceiling_hours")
  private Integer weeklyCeilingHours;

  @Column(name = "hired_on", nullable = false, updatable = false)
  private LocalDate hiredOn;

  @Enumerated(EnumType.STRING)
  @Column(name = "status", nullable = false)
  private StaffStatus status;

  @Column(name = "left_on")
  private LocalDate leftOn;

  protected StaffMember() {}

  public StaffMember(String employeeNumber, StaffDetails details) {
    super(UUID.randomUUID());
    DomainRuleViolation.require(details.kind() != null, "kind", "required");
    DomainRuleViolation.require(details.hiredOn() != null, "hiredOn", "required");
    this.employeeNumber = normaliseEmployeeNumber(employeeNumber);
    this.kind = details.kind();
    this.hiredOn = details.hiredOn();
    this.status = StaffStatus.ACTIVE;
    apply(details);
  }

  static String normaliseEmployeeNumber(String value) {
    String number = value == null ? "" : value.strip().toUpperCase(Locale.ROOT);
    DomainRuleViolation.require(
        EMPLOYEE_NUMBER.matcher(number).matches(),
        "employeeNumber",
        "1 to 32 letters, digits or dashes, starting with a letter or digit");
    return number;
  }

  /**
   * Changes what may change: identity card, name, contract, qualifications, pole and ceiling. The
   * caller has checked, under this row's lock, that a lower ceiling still holds what is assigned.
   */
  public void describe(StaffDetails details) {
    requireActive();
    DomainRuleViolation.require(
        details.kind() == null || details.kind() == kind, "kind", "the kind cannot change");
    apply(details);
  }

  private void apply(StaffDetails d) {
    DomainRuleViolation.require(d.name() != null, "name", "required");
    DomainRuleViolation.require(d.contractType() != null, "contractType", "required");
    DomainRuleViolation.require(d.poleId() != null, "poleId", "required");
    if (d.contractType() == ContractType.FIXED_TERM) {
      DomainRuleViolation.require(
          d.contractEnd() != null, "contractEnd", "a fixed-term contract needs its end date");
      DomainRuleViolation.require(
          !d.contractEnd().isBefore(hiredOn), "contractEnd", "ends before the hiring day");
    } else {
      DomainRuleViolation.require(
          d.contractEnd() == null, "contractEnd", "only a fixed-term contract has an end date");
    }
    if (kind == StaffKind.TRAINER) {
      DomainRuleViolation.require(
          d.weeklyCeilingHours() != null,
          "weeklyCeilingHours",
          "a trainer needs a weekly teaching-load ceiling");
      DomainRuleViolation.require(
          d.weeklyCeilingHours() >= 1 && d.weeklyCeilingHours() <= MAX_CEILING,
          "weeklyCeilingHours",
          "between 1 and " + MAX_CEILING + " hours a week");
    } else {
      DomainRuleViolation.require(
          d.weeklyCeilingHours() == null,
          "weeklyCeilingHours",
          "only trainers have a teaching-load ceiling");
    }
    this.nationalId = normaliseNationalId(d.nationalId());
    this.name = d.name();
    this.contractType = d.contractType();
    this.contractEnd = d.contractEnd();
    this.qualifications = joinQualifications(d.qualifications());
    this.poleId = d.poleId();
    this.weeklyCeilingHours = d.weeklyCeilingHours();
  }

  private static String normaliseNationalId(String value) {
    if (value == null || value.isBlank()) {
      return null;
    }
    String cin = value.strip().toUpperCase(Locale.ROOT);
    DomainRuleViolation.require(
        NATIONAL_ID.matcher(cin).matches(),
        "nationalId",
        "a CIN is one or two letters followed by up to 8 digits");
    return cin;
  }

  static String joinQualifications(List<String> items) {
    List<String> lines = new ArrayList<>();
    if (items != null) {
      for (String item : items) {
        String line = item == null ? "" : item.strip();
        DomainRuleViolation.require(
            !line.isEmpty(), "qualifications", "a qualification cannot be blank");
        DomainRuleViolation.require(
            line.length() <= MAX_QUALIFICATION_LENGTH && !line.contains(LINE),
            "qualifications",
            "one line of at most " + MAX_QUALIFICATION_LENGTH + " characters each");
        if (!lines.contains(line)) {
          lines.add(line);
        }
      }
    }
    DomainRuleViolation.require(
        lines.size() <= MAX_QUALIFICATIONS,
        "qualifications",
        "at most " + MAX_QUALIFICATIONS + " qualifications");
    return String.join(LINE, lines);
  }

  /**
   * Refuses a new assignment of {@code hours} a week when {@code alreadyAssigned} hours of the same
   * academic year are held: the sum never passes the ceiling. Call it with this row locked.
   */
  public void checkRoomFor(int alreadyAssigned, int hours) {
    DomainRuleViolation.require(kind == StaffKind.TRAINER, "trainerId", "is not a trainer");
    requireActive();
    if (alreadyAssigned + hours > weeklyCeilingHours) {
      throw new ConflictException(
          "weeklyHours",
          "the trainer has "
              + (weeklyCeilingHours - alreadyAssigned)
              + " of "
              + weeklyCeilingHours
              + " weekly hours free in the year; "
              + hours
              + " asked");
    }
  }

  /** Refuses a ceiling below the hours a year already holds (the most loaded year). */
  public void checkCeilingHolds(int newCeiling, int mostAssignedInAYear) {
    if (newCeiling < mostAssignedInAYear) {
      throw new ConflictException(
          "weeklyCeilingHours",
          "the trainer already holds "
              + mostAssignedInAYear
              + " weekly hours in one academic year; end assignments before lowering the"
              + " ceiling to "
              + newCeiling);
    }
  }

  /** The staff member leaves the city on {@code day}; their active assignments end the same day. */
  public void leave(LocalDate day) {
    requireActive();
    DomainRuleViolation.require(day != null, "leftOn", "required");
    DomainRuleViolation.require(!day.isBefore(hiredOn), "leftOn", "before the hiring day");
    this.status = StaffStatus.LEFT;
    this.leftOn = day;
  }

  private void requireActive() {
    if (status != StaffStatus.ACTIVE) {
      throw new ConflictException("status", "the staff member left on " + leftOn);
    }
  }

  /** Employed at some time between the two days (inclusive). */
  public boolean employedBetween(LocalDate first, LocalDate last) {
    return !hiredOn.isAfter(last) && (leftOn == null || !leftOn.isBefore(first));
  }

  public boolean isTrainer() {
    return kind == StaffKind.TRAINER;
  }

  public String employeeNumber() {
    return employeeNumber;
  }

  public Optional<String> nationalId() {
    return Optional.ofNullable(nationalId);
  }

  public LocalizedName name() {
    return name;
  }

  public StaffKind kind() {
    return kind;
  }

  public ContractType contractType() {
    return contractType;
  }

  public Optional<LocalDate> contractEnd() {
    return Optional.ofNullable(contractEnd);
  }

  public List<String> qualifications() {
    return qualifications.isEmpty() ? List.of() : List.of(qualifications.split(LINE));
  }

  public UUID poleId() {
    return poleId;
  }

  public Optional<Integer> weeklyCeilingHours() {
    return Optional.ofNullable(weeklyCeilingHours);
  }

  public LocalDate hiredOn() {
    return hiredOn;
  }

  public StaffStatus status() {
    return status;
  }

  public Optional<LocalDate> leftOn() {
    return Optional.ofNullable(leftOn);
  }
}
