package ma.ofppt.cmc.admissions.infrastructure.importing;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.util.HexFormat;
import java.util.List;
import java.util.Objects;
import ma.ofppt.cmc.admissions.domain.NationalId;
import ma.ofppt.cmc.admissions.domain.Sex;
import ma.ofppt.cmc.platform.offer.EducationLevel;

/**
 * One application as an import row gives it, parsed and checked field by field but not yet against
 * the city's data or the aggregates' own rules (whether the programmes are offered that year, the
 * applicant's age, eligibility, an application already stored): that is the importer's work, by way
 * of the application service. Pure data; every text is normalised (national id in capitals without
 * spaces, names with single spaces, phone as +212…, programme codes in capitals, scores with two
 * decimals).
 *
 * @param row the row of the file it came from, for the error report
 * @param email null when the row gives none
 * @param wishes one to five, in the applicant's order of preference
 */
public record ApplicationRow(
    long row,
    NationalId nationalId,
    String lastNameFr,
    String lastNameAr,
    String firstNameFr,
    String firstNameAr,
    LocalDate birthDate,
    Sex sex,
    String province,
    boolean remoteArea,
    boolean disability,
    EducationLevel educationLevel,
    String phone,
    String email,
    String academicYear,
    List<Wish> wishes) {

  public ApplicationRow {
    Objects.requireNonNull(nationalId, "nationalId");
    Objects.requireNonNull(lastNameFr, "lastNameFr");
    Objects.requireNonNull(lastNameAr, "lastNameAr");
    Objects.requireNonNull(firstNameFr, "firstNameFr");
    Objects.requireNonNull(firstNameAr, "firstNameAr");
    Objects.requireNonNull(birthDate, "birthDate");
    Objects.requireNonNull(sex, "sex");
    Objects.requireNonNull(province, "province");
    Objects.requireNonNull(educationLevel, "educationLevel");
    Objects.requireNonNull(phone, "phone");
    Objects.requireNonNull(academicYear, "academicYear");
    wishes = List.copyOf(wishes);
    if (wishes.isEmpty() || wishes.size() > ApplicationRowMapper.MAX_WISHES) {
      throw new IllegalArgumentException(
          "an application has 1 to " + ApplicationRowMapper.MAX_WISHES + " wishes");
    }
  }

  /**
   * A stable fingerprint of what makes the application the same one when a file is imported again:
   * the SHA-256, in hex, of the national id, the academic year and the programme codes in order of
   * preference. Names, scores and contact details are left out, so that correcting a typo and
   * re-importing updates rather than duplicates.
   */
  public String fingerprint() {
    StringBuilder key = new StringBuilder(nationalId.value()).append('\u001F').append(academicYear);
    for (Wish wish : wishes) {
      key.append('\u001F').append(wish.programmeCode());
    }
    try {
      MessageDigest sha256 = MessageDigest.getInstance("SHA-256");
      return HexFormat.of()
          .formatHex(sha256.digest(key.toString().getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java runtime provides SHA-256", e);
    }
  }

  /**
   * One wish: a programme and the scores that rank the applicant for it (the wish's own columns
   * when the file has them, otherwise the applicant's).
   *
   * @param rank 1 for the first choice
   * @param testScore null when not given
   * @param interviewScore null when not given
   */
  public record Wish(
      int rank,
      String programmeCode,
      BigDecimal gradeAverage,
      BigDecimal testScore,
      BigDecimal interviewScore) {
    public Wish {
      if (rank < 1 || rank > ApplicationRowMapper.MAX_WISHES) {
        throw new IllegalArgumentException("rank out of range: " + rank);
      }
      Objects.requireNonNull(programmeCode, "programmeCode");
      Objects.requireNonNull(gradeAverage, "gradeAverage");
    }
  }
}
