package ma.ofppt.cmc.admissions.domain;

import jakarta.persistence.Cacheable;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.time.Period;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Pattern;
import ma.ofppt.cmc.platform.domain.DomainRuleViolation;
import ma.ofppt.cmc.platform.offer.EducationLevel;
import ma.ofppt.cmc.platform.persistence.TenantScopedEntity;

/**
 * A person who applies to this city, identified by their national identifier: the same person
 * applying again (another intake, or a re-sent form) is the same applicant, whose declared profile
 * is brought up to date. Personal data stays in the city (law 09-08): nothing here leaves it.
 */
@Entity
@Table(name = "applicant")
@Cacheable(false)
public class Applicant extends TenantScopedEntity {
  private static final Pattern PHONE = Pattern.compile("\\+212[5-7][0-9]{8}");
  private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");
  static final int MIN_AGE = 12;
  static final int MAX_AGE = 70;

  @Column(name = "national_id", nullable = false, updatable = false)
  private String nationalId;

  @Enumerated(EnumType.STRING)
  @Column(name = "id_kind", nullable = false, updatable = false)
  private NationalId.Kind idKind;

  @Embedded private PersonName name;

  @Column(name = "birth_date", nullable = false)
  private LocalDate birthDate;

  @Enumerated(EnumType.STRING)
  @Column(name = "sex", nullable = false)
  private Sex sex;

  @Column(name = "province", nullable = false)
  private String province;

  @Column(name = "remote_area", nullable = false)
  private boolean remoteArea;

  @Column(name = "disability", nullable = false)
  private boolean disability;

  @Enumerated(EnumType.STRING)
  @Column(name = "education_level", nullable = false)
  private EducationLevel educationLevel;

  @Column(name = "phone")
  private String phone;

  @Column(name = "email")
  private String email;

  protected Applicant() {}

  public Applicant(NationalId id, ApplicantProfile profile, LocalDate today) {
    super(UUID.randomUUID());
    this.nationalId = id.value();
    this.idKind = id.kind();
    declare(profile, today);
  }

  /** Takes the latest declared profile (a new form replaces the old one; the identity stays). */
  public void declare(ApplicantProfile p, LocalDate today) {
    DomainRuleViolation.require(p.name() != null, "name", "required");
    DomainRuleViolation.require(p.birthDate() != null, "birthDate", "required");
    int age = Period.between(p.birthDate(), today).getYears();
    DomainRuleViolation.require(
        age >= MIN_AGE && age <= MAX_AGE,
        "birthDate",
        "gives an age of " + age + ", outside " + MIN_AGE + "–" + MAX_AGE);
    DomainRuleViolation.require(p.sex() != null, "sex", "F or M");
    String place = p.province() == null ? "" : p.province().strip();
    DomainRuleViolation.require(
        !place.isEmpty() && place.length() <= 100, "province", "required, at most 100 characters");
    DomainRuleViolation.require(p.educationLevel() != null, "educationLevel", "required");
    String phoneNumber = normalisePhone(p.phone());
    String mail = p.email() == null || p.email().isBlank() ? null : p.email().strip();
    DomainRuleViolation.require(
        mail == null || (mail.length() <= 200 && EMAIL.matcher(mail).matches()),
        "email",
        "not an e-mail address");
    this.name = p.name();
    this.birthDate = p.birthDate();
    this.sex = p.sex();
    this.province = place;
    this.remoteArea = p.remoteArea();
    this.disability = p.disability();
    this.educationLevel = p.educationLevel();
    this.phone = phoneNumber;
    this.email = mail;
  }

  /** Moroccan numbers in international form: 06…/07…/05… become +2126…; null when absent. */
  static String normalisePhone(String text) {
    if (text == null || text.isBlank()) {
      return null;
    }
    String digits = text.replaceAll("[\\s.()-]", "");
    if (digits.startsWith("00212")) {
      digits = "+" + digits.substring(2);
    } else if (digits.startsWith("0")) {
      digits = "+212" + digits.substring(1);
    }
    DomainRuleViolation.require(
        PHONE.matcher(digits).matches(), "phone", "a Moroccan number such as 0612345678");
    return digits;
  }

  /** Age in full years on the given day. */
  public int ageOn(LocalDate day) {
    return Period.between(birthDate, day).getYears();
  }

  public NationalId nationalId() {
    return new NationalId(nationalId, idKind);
  }

  public PersonName name() {
    return name;
  }

  public LocalDate birthDate() {
    return birthDate;
  }

  public Sex sex() {
    return sex;
  }

  public String province() {
    return province;
  }

  public boolean livesInRemoteArea() {
    return remoteArea;
  }

  public boolean hasDisability() {
    return disability;
  }

  public EducationLevel educationLevel() {
    return educationLevel;
  }

  public Optional<String> phone() {
    return Optional.ofNullable(phone);
  }

  public Optional<String> email() {
    return Optional.ofNullable(email);
  }
}
