package ma.ofppt.cmc.admissions.application;

import java.time.LocalDate;
import ma.ofppt.cmc.admissions.domain.Sex;
import ma.ofppt.cmc.platform.offer.EducationLevel;

/** An applicant's identity and profile as entered, before validation. */
public record ApplicantDetails(
    String nationalId,
    String firstNameFr,
    String lastNameFr,
    String firstNameAr,
    String lastNameAr,
    LocalDate birthDate,
    Sex sex,
    String province,
    boolean remoteArea,
    boolean disability,
    EducationLevel educationLevel,
    String phone,
    String email) {}
