package ma.ofppt.cmc.admissions.api;

import jakarta.validation.Valid;
import java.math.BigDecimal;
import java.util.List;

/**
 * An application as an admissions officer enters it. Dates travel as text (yyyy-MM-dd) and
 * enumerations as their names, so that a wrong value is answered with the field's name.
 */
public record ApplicationRequest(
    @Valid ApplicantPart applicant, String academicYear, List<@Valid WishPart> wishes) {

  /** Who applies. {@code name.first.fr} is the first name in French, and so on. */
  public record ApplicantPart(
      String nationalId,
      NamePart name,
      String birthDate,
      String sex,
      String province,
      Boolean remoteArea,
      Boolean disability,
      String educationLevel,
      String phone,
      String email) {}

  public record NamePart(Names first, Names last) {}

  public record Names(String fr, String ar) {}

  /** A wish: a programme code of the city and the score inputs on the 0–20 scale. */
  public record WishPart(
      String programmeCode,
      BigDecimal gradeAverage,
      BigDecimal testScore,
      BigDecimal interviewScore) {}

  /** New wishes for an application, with the version the officer read. */
  public record WishesChange(Long version, List<@Valid WishPart> wishes) {}

  /** Why an application is withdrawn. */
  public record Withdrawal(String reason) {}
}
