package ma.ofppt.cmc.admissions.infrastructure.importing;

import static ma.ofppt.cmc.admissions.infrastructure.importing.ImportVocabulary.ACADEMIC_YEAR;
import static ma.ofppt.cmc.admissions.infrastructure.importing.ImportVocabulary.BIRTH_DATE;
import static ma.ofppt.cmc.admissions.infrastructure.importing.ImportVocabulary.COLUMNS;
import static ma.ofppt.cmc.admissions.infrastructure.importing.ImportVocabulary.DISABILITY;
import static ma.ofppt.cmc.admissions.infrastructure.importing.ImportVocabulary.EDUCATION_LEVEL;
import static ma.ofppt.cmc.admissions.infrastructure.importing.ImportVocabulary.EMAIL;
import static ma.ofppt.cmc.admissions.infrastructure.importing.ImportVocabulary.EVERY_WISH;
import static ma.ofppt.cmc.admissions.infrastructure.importing.ImportVocabulary.EXAMPLES;
import static ma.ofppt.cmc.admissions.infrastructure.importing.ImportVocabulary.FIRST_NAME_AR;
import static ma.ofppt.cmc.admissions.infrastructure.importing.ImportVocabulary.FIRST_NAME_FR;
import static ma.ofppt.cmc.admissions.infrastructure.importing.ImportVocabulary.LAST_NAME_AR;
import static ma.ofppt.cmc.admissions.infrastructure.importing.ImportVocabulary.LAST_NAME_FR;
import static ma.ofppt.cmc.admissions.infrastructure.importing.ImportVocabulary.MASSAR_CODE;
import static ma.ofppt.cmc.admissions.infrastructure.importing.ImportVocabulary.NATIONAL_ID;
import static ma.ofppt.cmc.admissions.infrastructure.importing.ImportVocabulary.PHONE;
import static ma.ofppt.cmc.admissions.infrastructure.importing.ImportVocabulary.PROGRAMME_CODE;
import static ma.ofppt.cmc.admissions.infrastructure.importing.ImportVocabulary.PROVINCE;
import static ma.ofppt.cmc.admissions.infrastructure.importing.ImportVocabulary.REMOTE_AREA;
import static ma.ofppt.cmc.admissions.infrastructure.importing.ImportVocabulary.SCORES;
import static ma.ofppt.cmc.admissions.infrastructure.importing.ImportVocabulary.SEX;
import static ma.ofppt.cmc.admissions.infrastructure.importing.ImportVocabulary.wishField;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import ma.ofppt.cmc.admissions.domain.NationalId;
import ma.ofppt.cmc.admissions.domain.Sex;
import ma.ofppt.cmc.admissions.infrastructure.importing.ApplicationRow.Wish;
import ma.ofppt.cmc.platform.domain.DomainRuleViolation;
import ma.ofppt.cmc.platform.offer.EducationLevel;

/**
 * Turns the rows of an online-registration export into {@link ApplicationRow}s, or into the list of
 * what is wrong with each row, one {@link RowError} per field, named as in the application API's
 * request body: {@code applicant.birthDate}, {@code applicant.name.last.ar}, {@code academicYear},
 * {@code wishes[1].programmeCode}. Wishes are indexed from 0 as in the body, so the file's "Vœu 2"
 * is {@code wishes[1]}; a score given once for the applicant feeds every wish and is named {@code
 * wishes[*].gradeAverage} (and so on) where it is at fault.
 *
 * <p>Columns are found by name, in French, Arabic or English, whatever their order; unknown columns
 * are ignored. {@link #bind} checks the header once: a file without a required column, or with two
 * columns for one field, is refused as a whole rather than row by row. Scores may be given once for
 * the applicant ("Moyenne") or per wish ("Moyenne 2", "Vœu 2 note test"); a wish's own cell wins
 * when it is not blank.
 *
 * <p>Required per row: national id (CIN, or a Massar code for a minor, possibly in its own column),
 * French and Arabic first and last names, birth date, sex, province of residence, education level,
 * phone, academic year (unless a default is given), at least a first wish and a grade average for
 * each wish. Optional: email, remote-area and disability flags (blank reads "no"), test and
 * interview scores. The rules that need the city's data or belong to the aggregates (the programme
 * is offered that year, the applicant's age, eligibility) are checked when the row is submitted.
 * Stateless once bound; thread-safe.
 */
public final class ApplicationRowMapper {
  /** The most wishes an application carries. */
  public static final int MAX_WISHES = 5;

  /** As {@code PersonName}: each name at most 100 characters. */
  static final int MAX_NAME_LENGTH = 100;

  static final int MAX_PROVINCE_LENGTH = 100;
  static final int MAX_EMAIL_LENGTH = 200;
  static final BigDecimal MAX_SCORE = BigDecimal.valueOf(20);

  private static final Pattern ID_NOISE = Pattern.compile("[\\s.\\-/]");
  private static final Pattern ISO_DATE =
      Pattern.compile(
          "(\\d{4})-(\\d{1,2})-(\\d{1,2})(?:[ T]\\d{1,2}:\\d{2}(?::\\d{2}(?:\\.\\d+)?)?)?");
  private static final Pattern FRENCH_DATE =
      Pattern.compile("(\\d{1,2})([/.\\-])(\\d{1,2})\\2(\\d{4})");
  private static final Pattern YEAR = Pattern.compile("(\\d{4})\\s*[-/]\\s*(\\d{4})");
  private static final Pattern CODE = Pattern.compile("[A-Z0-9][A-Z0-9-]{0,31}");
  private static final Pattern EMAIL_ADDRESS = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");
  private static final Pattern PHONE_NOISE = Pattern.compile("[\\s.\\-()/]");
  private static final Pattern MOROCCAN_SUBSCRIBER = Pattern.compile("[5-7]\\d{8}");
  private static final Pattern SCORE = Pattern.compile("\\d{1,3}(?:\\.\\d{1,2}0*)?");
  private static final Pattern SPACES = Pattern.compile("\\s+");

  private final Header header;
  private final Map<String, Integer> columns;
  private final LocalDate today;
  private final String defaultAcademicYear;

  private ApplicationRowMapper(
      Header header, Map<String, Integer> columns, LocalDate today, String defaultAcademicYear) {
    this.header = header;
    this.columns = columns;
    this.today = today;
    this.defaultAcademicYear = defaultAcademicYear;
  }

  /**
   * Binds to a file's header; every row must give its academic year.
   *
   * @param today the date a birth date must not be after
   * @throws TabularFormatException naming each required column that is missing and each field that
   *     two columns give, at the header's row
   */
  public static ApplicationRowMapper bind(Header header, LocalDate today)
      throws TabularFormatException {
    return bind(header, today, null);
  }

  /**
   * Binds to a file's header, with the academic year to use when the file has no such column or a
   * row leaves it blank (the intake the import was started for).
   */
  public static ApplicationRowMapper bind(
      Header header, LocalDate today, String defaultAcademicYear) throws TabularFormatException {
    Objects.requireNonNull(header, "header");
    Objects.requireNonNull(today, "today");
    String year = null;
    if (defaultAcademicYear != null) {
      year = parseAcademicYear(defaultAcademicYear);
      if (year == null) {
        throw new IllegalArgumentException("not an academic year: " + defaultAcademicYear);
      }
    }
    long row = header.rowNumber();
    Map<String, Integer> columns = new HashMap<>();
    List<RowError> errors = new ArrayList<>();
    for (int i = 0; i < header.width(); i++) {
      String field = COLUMNS.get(header.names().get(i));
      if (field == null) {
        continue;
      }
      Integer previous = columns.putIfAbsent(field, i);
      if (previous != null) {
        errors.add(
            new RowError(
                row,
                apiField(field),
                "columns '"
                    + header.labels().get(previous)
                    + "' and '"
                    + header.labels().get(i)
                    + "' both give it"));
      }
    }
    if (!columns.containsKey(NATIONAL_ID) && !columns.containsKey(MASSAR_CODE)) {
      errors.add(missingColumn(row, NATIONAL_ID, NATIONAL_ID));
    }
    for (String field :
        List.of(
            LAST_NAME_FR,
            FIRST_NAME_FR,
            LAST_NAME_AR,
            FIRST_NAME_AR,
            BIRTH_DATE,
            SEX,
            PROVINCE,
            EDUCATION_LEVEL,
            PHONE)) {
      if (!columns.containsKey(field)) {
        errors.add(missingColumn(row, field, field));
      }
    }
    if (year == null && !columns.containsKey(ACADEMIC_YEAR)) {
      errors.add(missingColumn(row, ACADEMIC_YEAR, ACADEMIC_YEAR));
    }
    checkWishColumns(row, columns, errors);
    if (!errors.isEmpty()) {
      throw new TabularFormatException(errors);
    }
    return new ApplicationRowMapper(header, Map.copyOf(columns), today, year);
  }

  private static void checkWishColumns(
      long row, Map<String, Integer> columns, List<RowError> errors) {
    for (int i = 0; i < MAX_WISHES; i++) {
      String code = wishField(i, PROGRAMME_CODE);
      boolean hasWish = columns.containsKey(code);
      if (i == 0 && !hasWish) {
        errors.add(missingColumn(row, code, code));
      } else if (i > 1 && hasWish && !columns.containsKey(wishField(i - 1, PROGRAMME_CODE))) {
        errors.add(
            new RowError(
                row,
                wishField(i - 1, PROGRAMME_CODE),
                "no column for it, but a later wish has one"));
      }
      for (String score : SCORES) {
        if (columns.containsKey(wishField(i, score)) && !hasWish) {
          errors.add(
              new RowError(
                  row, wishField(i, score), "a score column for a wish that has no column"));
        }
      }
    }
    // Later wishes may lack an average column: a row that gives such a wish is told so.
    String average = wishField(EVERY_WISH, "gradeAverage");
    if (!columns.containsKey(average) && !columns.containsKey(wishField(0, "gradeAverage"))) {
      errors.add(missingColumn(row, wishField(0, "gradeAverage"), average));
    }
  }

  private static RowError missingColumn(long row, String field, String exampleOf) {
    return new RowError(row, field, "no column for it (e.g. '" + EXAMPLES.get(exampleOf) + "')");
  }

  /** The header this mapper was bound to. */
  public Header header() {
    return header;
  }

  /** Reads one row: an application, or every reason it cannot be one. */
  public RowOutcome map(Row row) {
    if (row.defect().isPresent()) {
      return new RowOutcome.Invalid(
          row.number(), List.of(new RowError(row.number(), RowError.CELLS, row.defect().get())));
    }
    Reading reading = new Reading(row);
    NationalId nationalId = reading.nationalId();
    String lastNameFr = reading.name(LAST_NAME_FR, false);
    String lastNameAr = reading.name(LAST_NAME_AR, true);
    String firstNameFr = reading.name(FIRST_NAME_FR, false);
    String firstNameAr = reading.name(FIRST_NAME_AR, true);
    LocalDate birthDate = reading.birthDate();
    Sex sex = reading.coded(SEX, ImportVocabulary.SEXES, "must be F or M");
    String province = reading.province();
    Boolean remoteArea = reading.flag(REMOTE_AREA);
    Boolean disability = reading.flag(DISABILITY);
    EducationLevel level =
        reading.coded(
            EDUCATION_LEVEL,
            ImportVocabulary.EDUCATION_LEVELS,
            "is not a known level (e.g. primaire, college, lycee, bac, superieur)");
    String phone = reading.phone();
    String email = reading.email();
    String year = reading.academicYear();
    List<Wish> wishes = reading.wishes();
    if (!reading.errors.isEmpty()) {
      return new RowOutcome.Invalid(row.number(), reading.errors);
    }
    return new RowOutcome.Valid(
        new ApplicationRow(
            row.number(),
            nationalId,
            lastNameFr,
            lastNameAr,
            firstNameFr,
            firstNameAr,
            birthDate,
            sex,
            province,
            remoteArea,
            disability,
            level,
            phone,
            email,
            year,
            wishes));
  }

  /** The field's name in the API: the Massar column gives the national id. */
  private static String apiField(String field) {
    return MASSAR_CODE.equals(field) ? NATIONAL_ID : field;
  }

  /** {@code 2025-2026} from "2025-2026", "2025/2026" or "2025 - 2026"; null if not consecutive. */
  static String parseAcademicYear(String text) {
    Matcher m = YEAR.matcher(text.strip());
    if (!m.matches()) {
      return null;
    }
    int first = Integer.parseInt(m.group(1));
    int second = Integer.parseInt(m.group(2));
    if (second != first + 1 || first < 2000 || first > 2100) {
      return null;
    }
    return first + "-" + second;
  }

  /**
   * A Moroccan phone number as the platform stores it, {@code +212} and nine digits: written 06 12
   * 34 56 78, 0612345678, +212 6 12 34 56 78, 00212612345678, or 612345678 (a number cell that lost
   * its leading zero). Null when it is none of these.
   */
  static String moroccanPhone(String text) {
    String digits = PHONE_NOISE.matcher(text).replaceAll("");
    if (digits.startsWith("+212")) {
      digits = digits.substring(4);
    } else if (digits.startsWith("00212")) {
      digits = digits.substring(5);
    } else if (digits.startsWith("212") && digits.length() == 12) {
      digits = digits.substring(3);
    }
    if (digits.startsWith("0")) {
      digits = digits.substring(1);
    }
    return MOROCCAN_SUBSCRIBER.matcher(digits).matches() ? "+212" + digits : null;
  }

  /** One row being read: its cells by field, and what is wrong so far. */
  private final class Reading {
    private final Row row;
    private final List<RowError> errors = new ArrayList<>();

    Reading(Row row) {
      this.row = row;
    }

    private String text(String field) {
      Integer column = columns.get(field);
      return column == null ? "" : row.text(column);
    }

    private void fail(String field, String reason) {
      errors.add(new RowError(row.number(), field, reason));
    }

    NationalId nationalId() {
      String raw = text(NATIONAL_ID);
      // A Massar column holds Massar codes only; a CIN column may hold either.
      boolean massarColumn = raw.isEmpty() && !text(MASSAR_CODE).isEmpty();
      if (massarColumn) {
        raw = text(MASSAR_CODE);
      }
      if (raw.isEmpty()) {
        fail(NATIONAL_ID, "is required");
        return null;
      }
      try {
        NationalId id = NationalId.parse(NATIONAL_ID, ID_NOISE.matcher(raw).replaceAll(""));
        if (!massarColumn || id.kind() == NationalId.Kind.MASSAR) {
          return id;
        }
        fail(NATIONAL_ID, "must be a Massar code (a letter then 9 digits)");
      } catch (DomainRuleViolation e) {
        // The domain's rule decides; the report words it the import's way.
        fail(
            e.field(),
            massarColumn
                ? "must be a Massar code (a letter then 9 digits)"
                : "must be a CIN (1 or 2 letters then up to 6 digits, e.g. AB123456)"
                    + " or a Massar code (a letter then 9 digits)");
      }
      return null;
    }

    String name(String field, boolean arabic) {
      String name = SPACES.matcher(text(field)).replaceAll(" ");
      if (name.isEmpty()) {
        fail(field, "is required");
        return null;
      }
      if (name.length() > MAX_NAME_LENGTH) {
        fail(field, "is longer than " + MAX_NAME_LENGTH + " characters");
        return null;
      }
      Character.UnicodeScript script =
          arabic ? Character.UnicodeScript.ARABIC : Character.UnicodeScript.LATIN;
      boolean hasLetter = false;
      boolean onlyAllowed = true;
      for (int i = 0; i < name.length() && onlyAllowed; ) {
        int cp = name.codePointAt(i);
        i += Character.charCount(cp);
        if (Character.isLetter(cp) && Character.UnicodeScript.of(cp) == script) {
          hasLetter = true;
        } else {
          onlyAllowed = isNamePunctuation(cp);
        }
      }
      if (!hasLetter || !onlyAllowed) {
        fail(
            field,
            arabic
                ? "must be written in Arabic letters"
                : "must be written in Latin letters (spaces, hyphens and apostrophes allowed)");
        return null;
      }
      return name;
    }

    LocalDate birthDate() {
      String raw = text(BIRTH_DATE);
      if (raw.isEmpty()) {
        fail(BIRTH_DATE, "is required");
        return null;
      }
      LocalDate date;
      try {
        Matcher iso = ISO_DATE.matcher(raw);
        Matcher french = FRENCH_DATE.matcher(raw);
        if (iso.matches()) {
          date = date(iso.group(1), iso.group(2), iso.group(3));
        } else if (french.matches()) {
          date = date(french.group(4), french.group(3), french.group(1));
        } else {
          fail(BIRTH_DATE, "must be a date as yyyy-MM-dd or dd/MM/yyyy");
          return null;
        }
      } catch (DateTimeException e) {
        fail(BIRTH_DATE, "is not a calendar date");
        return null;
      }
      if (date.isAfter(today)) {
        fail(BIRTH_DATE, "must not be in the future");
        return null;
      }
      if (date.getYear() < 1900) {
        fail(BIRTH_DATE, "must not be before 1900");
        return null;
      }
      return date;
    }

    <T> T coded(String field, Map<String, T> vocabulary, String reason) {
      String raw = text(field);
      if (raw.isEmpty()) {
        fail(field, "is required");
        return null;
      }
      T value = vocabulary.get(Header.normalise(raw));
      if (value == null) {
        fail(field, reason);
      }
      return value;
    }

    String province() {
      String province = SPACES.matcher(text(PROVINCE)).replaceAll(" ");
      if (province.isEmpty()) {
        fail(PROVINCE, "is required");
        return null;
      }
      if (province.length() > MAX_PROVINCE_LENGTH) {
        fail(PROVINCE, "is longer than " + MAX_PROVINCE_LENGTH + " characters");
        return null;
      }
      return province;
    }

    Boolean flag(String field) {
      String raw = text(field);
      if (raw.isEmpty()) {
        return false;
      }
      Boolean value = ImportVocabulary.FLAGS.get(Header.normalise(raw));
      if (value == null) {
        fail(field, "must be oui/non, yes/no or 1/0");
      }
      return value;
    }

    String phone() {
      String raw = text(PHONE);
      if (raw.isEmpty()) {
        fail(PHONE, "is required");
        return null;
      }
      String phone = moroccanPhone(raw);
      if (phone == null) {
        fail(PHONE, "must be a Moroccan number such as 0612345678 or +212612345678");
      }
      return phone;
    }

    String email() {
      String email = text(EMAIL);
      if (email.isEmpty()) {
        return null;
      }
      if (email.length() > MAX_EMAIL_LENGTH || !EMAIL_ADDRESS.matcher(email).matches()) {
        fail(EMAIL, "must be an email address such as name@example.ma");
        return null;
      }
      return email;
    }

    String academicYear() {
      String raw = text(ACADEMIC_YEAR);
      if (raw.isEmpty()) {
        if (defaultAcademicYear == null) {
          fail(ACADEMIC_YEAR, "is required");
        }
        return defaultAcademicYear;
      }
      String year = parseAcademicYear(raw);
      if (year == null) {
        fail(ACADEMIC_YEAR, "must be two consecutive years such as 2025-2026");
      }
      return year;
    }

    List<Wish> wishes() {
      Map<String, BigDecimal> applicantScores = new HashMap<>();
      for (String score : SCORES) {
        BigDecimal value = score(wishField(EVERY_WISH, score));
        if (value != null) {
          applicantScores.put(score, value);
        }
      }
      int lastGiven = -1;
      for (int i = 0; i < MAX_WISHES; i++) {
        if (!text(wishField(i, PROGRAMME_CODE)).isEmpty()) {
          lastGiven = i;
        }
      }
      if (lastGiven < 0) {
        fail(wishField(0, PROGRAMME_CODE), "is required: at least one wish");
        return List.of();
      }
      List<String> codes = new ArrayList<>();
      List<Wish> wishes = new ArrayList<>();
      boolean applicantAverageReported = false;
      for (int i = 0; i <= lastGiven; i++) {
        String field = wishField(i, PROGRAMME_CODE);
        String code = text(field).toUpperCase(Locale.ROOT);
        if (code.isEmpty()) {
          fail(field, "is blank, but a later wish is given");
          continue;
        }
        if (!CODE.matcher(code).matches()) {
          fail(field, "must be a programme code: 1 to 32 letters, digits or dashes");
          continue;
        }
        int earlier = codes.indexOf(code);
        if (earlier >= 0) {
          fail(field, "repeats " + wishField(earlier, PROGRAMME_CODE));
        }
        codes.add(code);
        BigDecimal average = wishScore(i, "gradeAverage", applicantScores);
        BigDecimal test = wishScore(i, "testScore", applicantScores);
        BigDecimal interview = wishScore(i, "interviewScore", applicantScores);
        if (average == null) {
          // A cell that was given but wrong has been reported already; only a blank one is left.
          String everyWish = wishField(EVERY_WISH, "gradeAverage");
          boolean given =
              !text(wishField(i, "gradeAverage")).isEmpty() || !text(everyWish).isEmpty();
          if (!given && !columns.containsKey(everyWish)) {
            fail(wishField(i, "gradeAverage"), "is required");
          } else if (!given && !applicantAverageReported) {
            fail(everyWish, "is required");
            applicantAverageReported = true;
          }
          continue;
        }
        wishes.add(new Wish(i + 1, code, average, test, interview));
      }
      return wishes;
    }

    /** A wish's own score when its cell is not blank, else the applicant's. */
    private BigDecimal wishScore(int wish, String score, Map<String, BigDecimal> applicant) {
      String field = wishField(wish, score);
      if (!text(field).isEmpty()) {
        return score(field);
      }
      return applicant.get(score);
    }

    /**
     * A score as {@code ScoreInputs} takes it: 0 to 20, at most two decimals, a decimal point or
     * comma; given back with two decimals. Null when blank or wrong.
     */
    private BigDecimal score(String field) {
      String raw = text(field);
      if (raw.isEmpty()) {
        return null;
      }
      String number = raw.replace(',', '.');
      if (SCORE.matcher(number).matches()) {
        BigDecimal value = new BigDecimal(number);
        if (value.compareTo(MAX_SCORE) <= 0) {
          return value.setScale(2, RoundingMode.UNNECESSARY);
        }
      }
      fail(field, "must be a number from 0 to 20 with at most two decimals");
      return null;
    }
  }

  private static LocalDate date(String year, String month, String day) {
    return LocalDate.of(Integer.parseInt(year), Integer.parseInt(month), Integer.parseInt(day));
  }

  private static boolean isNamePunctuation(int cp) {
    return cp == ' '
        || cp == '-'
        || cp == '\''
        || cp == '\u2019'
        || cp == '.'
        || Character.getType(cp) == Character.NON_SPACING_MARK;
  }
}
