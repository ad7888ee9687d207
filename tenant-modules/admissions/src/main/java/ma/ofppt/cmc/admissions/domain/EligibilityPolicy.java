package ma.ofppt.cmc.admissions.domain;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Optional;
import ma.ofppt.cmc.platform.offer.OfferedProgrammes.OfferedProgramme;

/**
 * Whether an applicant may be considered for a programme: their age on 31 December of the intake's
 * first year lies in the programme's target ages (15 to 30 for the diploma levels), and their
 * education level reaches the programme's minimum. A refusal says why, in words an applicant can
 * read. Checked when the application is made and again at selection.
 */
public final class EligibilityPolicy {
  private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");

  private EligibilityPolicy() {}

  /** The day ages are measured on for an academic year such as 2025-2026: 31/12/2025. */
  public static LocalDate ageReferenceDay(String academicYear) {
    return LocalDate.of(Integer.parseInt(academicYear.substring(0, 4)), 12, 31);
  }

  /** Empty when eligible; otherwise the reason. */
  public static Optional<String> refusal(Applicant applicant, OfferedProgramme programme) {
    LocalDate day = ageReferenceDay(programme.academicYear());
    int age = applicant.ageOn(day);
    if (age < programme.targetAgeMin() || age > programme.targetAgeMax()) {
      return Optional.of(
          "aged "
              + age
              + " on "
              + DAY.format(day)
              + "; "
              + programme.code()
              + " takes ages "
              + programme.targetAgeMin()
              + " to "
              + programme.targetAgeMax());
    }
    if (applicant.educationLevel().compareTo(programme.minimumEducation()) < 0) {
      return Optional.of(
          "education level "
              + applicant.educationLevel()
              + "; "
              + programme.code()
              + " requires at least "
              + programme.minimumEducation());
    }
    return Optional.empty();
  }
}
