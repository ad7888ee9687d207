package ma.ofppt.cmc.admissions.domain;

import java.time.LocalDate;
import ma.ofppt.cmc.platform.offer.EducationLevel;

/** What an applicant declares about themselves, already parsed; checked by {@link Applicant}. */
public record ApplicantProfile(
    PersonName name,
    LocalDate birthDate,
    Sex sex,
    String province,
    boolean remoteArea,
    boolean disability,
    EducationLevel educationLevel,
    String phone,
    String email) {}
