package ma.ofppt.cmc.admissions.api;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import ma.ofppt.cmc.admissions.domain.Applicant;
import ma.ofppt.cmc.admissions.domain.Application;
import ma.ofppt.cmc.admissions.domain.Wish;
import ma.ofppt.cmc.platform.api.Name;
import ma.ofppt.cmc.platform.offer.OfferedProgrammes.OfferedProgramme;

/**
 * An application with its applicant and its wishes, each with the programme and its eligibility.
 */
public record ApplicationView(
    UUID id,
    String academicYear,
    String status,
    String statusReason,
    Instant submittedAt,
    String source,
    long version,
    ApplicantView applicant,
    List<WishView> wishes) {

  public record ApplicantView(
      UUID id,
      String nationalId,
      String idKind,
      Name firstName,
      Name lastName,
      LocalDate birthDate,
      String sex,
      String province,
      boolean remoteArea,
      boolean disability,
      String educationLevel,
      String phone,
      String email) {
    static ApplicantView of(Applicant a) {
      return new ApplicantView(
          a.id(),
          a.nationalId().value(),
          a.nationalId().kind().name(),
          new Name(a.name().firstFr(), a.name().firstAr()),
          new Name(a.name().lastFr(), a.name().lastAr()),
          a.birthDate(),
          a.sex().name(),
          a.province(),
          a.livesInRemoteArea(),
          a.hasDisability(),
          a.educationLevel().name(),
          a.phone().orElse(null),
          a.email().orElse(null));
    }
  }

  public record WishView(
      int preference,
      UUID programmeId,
      String programmeCode,
      Name programmeName,
      BigDecimal gradeAverage,
      BigDecimal testScore,
      BigDecimal interviewScore,
      boolean eligible,
      String ineligibility) {
    static WishView of(Wish wish, OfferedProgramme programme) {
      return new WishView(
          wish.preference(),
          wish.programmeId(),
          programme == null ? null : programme.code(),
          programme == null ? null : new Name(programme.nameFr(), programme.nameAr()),
          wish.scores().gradeAverage(),
          wish.scores().testScore(),
          wish.scores().interviewScore(),
          wish.isEligible(),
          wish.ineligibility().orElse(null));
    }
  }

  /** {@code programmes} names the programmes of the application's intake by id. */
  static ApplicationView of(
      Application a, Applicant applicant, Map<UUID, OfferedProgramme> programmes) {
    return new ApplicationView(
        a.id(),
        a.academicYear(),
        a.status().name(),
        a.statusReason().orElse(null),
        a.submittedAt(),
        a.source().name(),
        a.version(),
        ApplicantView.of(applicant),
        a.wishes().stream().map(w -> WishView.of(w, programmes.get(w.programmeId()))).toList());
  }
}
