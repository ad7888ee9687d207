package ma.ofppt.cmc.admissions.infrastructure.importing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import ma.ofppt.cmc.admissions.domain.NationalId;
import ma.ofppt.cmc.admissions.domain.Sex;
import ma.ofppt.cmc.admissions.infrastructure.importing.ApplicationRow.Wish;
import ma.ofppt.cmc.platform.offer.EducationLevel;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The mapper from an export's rows to applications, through the CSV reader as in production. */
class ApplicationRowMapperTest {
  private static final LocalDate TODAY = LocalDate.of(2025, 9, 1);

  /** A valid row of a French online-registration export, by column label. */
  private static Map<String, String> valid() {
    Map<String, String> row = new LinkedHashMap<>();
    row.put("CIN", "AB123456");
    row.put("Nom", "El Amrani");
    row.put("Prénom", "Amina");
    row.put("الاسم العائلي", "العمراني");
    row.put("الاسم الشخصي", "أمينة");
    row.put("Date de naissance", "05/03/2007");
    row.put("Sexe", "F");
    row.put("Province", "Fès");
    row.put("Zone enclavée", "non");
    row.put("Handicap", "oui");
    row.put("Niveau scolaire", "Baccalauréat");
    row.put("Téléphone", "06 12 34 56 78");
    row.put("Email", "amina@example.ma");
    row.put("Année scolaire", "2025-2026");
    row.put("Moyenne", "15,25");
    row.put("Note test", "12");
    row.put("Note entretien", "");
    row.put("Vœu 1", "dev-digital");
    row.put("Vœu 2", "GE-COMPTA");
    row.put("Vœu 3", "");
    row.put("Vœu 4", "");
    row.put("Vœu 5", "");
    return row;
  }

  @Test
  void aValidRowReadsAsAnApplicationWithNormalisedValues() throws IOException {
    ApplicationRow a = application(valid());
    assertEquals(2, a.row());
    assertEquals(new NationalId("AB123456", NationalId.Kind.CIN), a.nationalId());
    assertEquals("El Amrani", a.lastNameFr());
    assertEquals("Amina", a.firstNameFr());
    assertEquals("العمراني", a.lastNameAr());
    assertEquals("أمينة", a.firstNameAr());
    assertEquals(LocalDate.of(2007, 3, 5), a.birthDate());
    assertEquals(Sex.F, a.sex());
    assertEquals("Fès", a.province());
    assertEquals(false, a.remoteArea());
    assertEquals(true, a.disability());
    assertEquals(EducationLevel.BACCALAUREATE, a.educationLevel());
    assertEquals("+212612345678", a.phone());
    assertEquals("amina@example.ma", a.email());
    assertEquals("2025-2026", a.academicYear());
    assertEquals(
        List.of(
            new Wish(1, "DEV-DIGITAL", new BigDecimal("15.25"), new BigDecimal("12.00"), null),
            new Wish(2, "GE-COMPTA", new BigDecimal("15.25"), new BigDecimal("12.00"), null)),
        a.wishes());
  }

  @Test
  void theFingerprintIsStableAcrossSpellingsAndChangesWithTheWishes() throws IOException {
    String fingerprint = application(valid()).fingerprint();
    assertTrue(fingerprint.matches("[0-9a-f]{64}"), fingerprint);

    Map<String, String> respelled = valid();
    respelled.put("CIN", " ab-123 456 ");
    respelled.put("Date de naissance", "2007-03-05");
    respelled.put("Téléphone", "+212 6 12 34 56 78");
    respelled.put("Nom", "EL AMRANI");
    respelled.put("Moyenne", "15.5");
    respelled.put("Année scolaire", "2025/2026");
    assertEquals(fingerprint, application(respelled).fingerprint());

    Map<String, String> reordered = valid();
    reordered.put("Vœu 1", "GE-COMPTA");
    reordered.put("Vœu 2", "DEV-DIGITAL");
    assertNotEquals(fingerprint, application(reordered).fingerprint());

    Map<String, String> nextYear = valid();
    nextYear.put("Année scolaire", "2026-2027");
    assertNotEquals(fingerprint, application(nextYear).fingerprint());

    Map<String, String> otherPerson = valid();
    otherPerson.put("CIN", "AB123457");
    assertNotEquals(fingerprint, application(otherPerson).fingerprint());
  }

  @Test
  void arabicAndEnglishHeadersAndValuesAreRead() throws IOException {
    Map<String, String> row = new LinkedHashMap<>();
    row.put("رقم البطاقة الوطنية", "J123456");
    row.put("last_name", "Bennani");
    row.put("First Name", "Youssef");
    row.put("النسب", "بناني");
    row.put("الاسم الشخصي", "يوسف");
    row.put("تاريخ الازدياد", "2006-11-30");
    row.put("الجنس", "ذكر");
    row.put("الإقليم", "الحسيمة");
    row.put("منطقة نائية", "نعم");
    row.put("المستوى الدراسي", "ثانوي تأهيلي");
    row.put("رقم الهاتف", "0661000000");
    row.put("السنة الدراسية", "2025-2026");
    row.put("المعدل", "11.75");
    row.put("الرغبة 1", "TDI");
    ApplicationRow a = application(row);
    assertEquals("J123456", a.nationalId().value());
    assertEquals("Bennani", a.lastNameFr());
    assertEquals("بناني", a.lastNameAr());
    assertEquals(Sex.M, a.sex());
    assertEquals("الحسيمة", a.province());
    assertEquals(true, a.remoteArea());
    assertEquals(false, a.disability(), "a missing flag column reads no");
    assertEquals(EducationLevel.SECONDARY, a.educationLevel());
    assertNull(a.email());
    assertEquals(List.of(new Wish(1, "TDI", new BigDecimal("11.75"), null, null)), a.wishes());
    assertNull(a.wishes().get(0).testScore());
  }

  @ParameterizedTest
  @CsvSource({
    "CIN, N° CIN",
    "CIN, cnie",
    "CIN, Numéro CIN",
    "Nom, NOM_DE_FAMILLE",
    "Nom, nom (fr)",
    "Prénom, prenom",
    "Prénom, Prénom FR",
    "الاسم العائلي, Nom en arabe",
    "الاسم الشخصي, prénom_ar",
    "Date de naissance, date_naissance",
    "Date de naissance, Né(e) le",
    "Date de naissance, DATE-DE-NAISSANCE",
    "Date de naissance, تاريخ الميلاد",
    "Sexe, Genre",
    "Province, Province de résidence",
    "Zone enclavée, zone_enclavee",
    "Handicap, Situation de handicap",
    "Niveau scolaire, Niveau d'études",
    "Téléphone, GSM",
    "Téléphone, Tél.",
    "Email, E-mail",
    "Année scolaire, Année de formation",
    "Moyenne, Moyenne générale",
    "Note test, Note du concours",
    "Note entretien, Entretien",
    "Vœu 1, voeu1",
    "Vœu 1, 1er choix",
    "Vœu 1, Choix 1",
    "Vœu 1, Filière 1",
    "Vœu 2, 2ème vœu",
  })
  void everyFieldIsFoundUnderItsOtherSpellings(String label, String alias) throws IOException {
    Map<String, String> renamed = new LinkedHashMap<>();
    valid().forEach((k, v) -> renamed.put(k.equals(label) ? alias : k, v));
    assertEquals(application(valid()), application(renamed));
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      value = {
        "CIN | '' | applicant.nationalId | is required",
        "CIN | 12345678 | applicant.nationalId | must be a CIN",
        "CIN | ABC12345 | applicant.nationalId | must be a CIN",
        "CIN | A1234567 | applicant.nationalId | must be a CIN",
        "CIN | A1234567890 | applicant.nationalId | must be a CIN",
        "Nom | '' | applicant.name.last.fr | is required",
        "Nom | El Amrani 2 | applicant.name.last.fr | must be written in Latin letters",
        "Nom | العمراني | applicant.name.last.fr | must be written in Latin letters",
        "Prénom | '' | applicant.name.first.fr | is required",
        "الاسم العائلي | Amrani | applicant.name.last.ar | must be written in Arabic letters",
        "الاسم الشخصي | '' | applicant.name.first.ar | is required",
        "Date de naissance | '' | applicant.birthDate | is required",
        "Date de naissance | 5 mars 2007 | applicant.birthDate | must be a date as yyyy-MM-dd",
        "Date de naissance | 31/02/2007 | applicant.birthDate | is not a calendar date",
        "Date de naissance | 2007-13-01 | applicant.birthDate | is not a calendar date",
        "Date de naissance | 02/09/2025 | applicant.birthDate | must not be in the future",
        "Date de naissance | 1850-01-01 | applicant.birthDate | must not be before 1900",
        "Sexe | X | applicant.sex | must be F or M",
        "Sexe | '' | applicant.sex | is required",
        "Province | '' | applicant.province | is required",
        "Zone enclavée | peut-être | applicant.remoteArea | must be oui/non, yes/no or 1/0",
        "Handicap | 2 | applicant.disability | must be oui/non, yes/no or 1/0",
        "Niveau scolaire | doctorat en physique | applicant.educationLevel | is not a known level",
        "Niveau scolaire | '' | applicant.educationLevel | is required",
        "Téléphone | '' | applicant.phone | is required",
        "Téléphone | 12345 | applicant.phone | must be a Moroccan number",
        "Téléphone | 0812345678 | applicant.phone | must be a Moroccan number",
        "Téléphone | +33612345678 | applicant.phone | must be a Moroccan number",
        "Email | amina@ | applicant.email | must be an email address",
        "Année scolaire | 2025-2027 | academicYear | must be two consecutive years",
        "Année scolaire | '' | academicYear | is required",
        "Moyenne | 21 | wishes[*].gradeAverage | must be a number from 0 to 20",
        "Moyenne | 15/20 | wishes[*].gradeAverage | must be a number from 0 to 20",
        "Moyenne | 12.125 | wishes[*].gradeAverage | must be a number from 0 to 20 with at most two",
        "Moyenne | '' | wishes[*].gradeAverage | is required",
        "Note test | -1 | wishes[*].testScore | must be a number from 0 to 20",
        "Note entretien | abc | wishes[*].interviewScore | must be a number from 0 to 20",
        "Vœu 1 | '' | wishes[0].programmeCode | is blank, but a later wish is given",
        "Vœu 2 | DEV DIGITAL | wishes[1].programmeCode | must be a programme code",
        "Vœu 2 | Dev-Digital | wishes[1].programmeCode | repeats wishes[0].programmeCode",
      })
  void everyInvalidValueIsReportedUnderItsField(
      String label, String value, String field, String reason) throws IOException {
    Map<String, String> row = valid();
    assertTrue(row.containsKey(label), label);
    row.put(label, value);
    RowOutcome.Invalid invalid = assertInstanceOf(RowOutcome.Invalid.class, outcome(row));
    assertEquals(2, invalid.row());
    assertEquals(1, invalid.errors().size(), invalid.errors().toString());
    RowError error = invalid.errors().get(0);
    assertEquals(2, error.row());
    assertEquals(field, error.field());
    assertTrue(error.reason().startsWith(reason), error.reason());
  }

  @Test
  void namesLongerThanThePlatformAllowsAreRefused() throws IOException {
    Map<String, String> row = valid();
    row.put("Prénom", "A".repeat(101));
    row.put("الاسم العائلي", "ب".repeat(101));
    row.put("Province", "F".repeat(101));
    assertEquals(
        List.of(
            new RowError(2, "applicant.name.last.ar", "is longer than 100 characters"),
            new RowError(2, "applicant.name.first.fr", "is longer than 100 characters"),
            new RowError(2, "applicant.province", "is longer than 100 characters")),
        errors(row));
  }

  @Test
  void everyFaultOfARowIsReportedTogether() throws IOException {
    Map<String, String> row = valid();
    row.put("CIN", "?");
    row.put("Date de naissance", "hier");
    row.put("Téléphone", "n/a");
    row.put("Vœu 1", "");
    row.put("Vœu 2", "");
    assertEquals(
        List.of(
            "applicant.nationalId",
            "applicant.birthDate",
            "applicant.phone",
            "wishes[0].programmeCode"),
        errors(row).stream().map(RowError::field).toList());
  }

  @Test
  void aWishOwnScoreWinsOverTheApplicantsAndAMissingOneNamesTheWish() throws IOException {
    Map<String, String> row = valid();
    row.put("Moyenne 2", "17");
    row.put("Vœu 2 note test", "9,5");
    row.put("Note entretien 1", "14");
    List<Wish> wishes = application(row).wishes();
    assertEquals(
        new Wish(
            1,
            "DEV-DIGITAL",
            new BigDecimal("15.25"),
            new BigDecimal("12.00"),
            new BigDecimal("14.00")),
        wishes.get(0));
    assertEquals(
        new Wish(2, "GE-COMPTA", new BigDecimal("17.00"), new BigDecimal("9.50"), null),
        wishes.get(1));

    Map<String, String> perWishOnly = valid();
    perWishOnly.remove("Moyenne");
    perWishOnly.put("Moyenne 1", "13");
    perWishOnly.put("Moyenne 2", "");
    assertEquals(
        List.of(new RowError(2, "wishes[1].gradeAverage", "is required")), errors(perWishOnly));

    perWishOnly.put("Moyenne 2", "25");
    assertEquals(
        List.of(
            new RowError(
                2,
                "wishes[1].gradeAverage",
                "must be a number from 0 to 20 with at most two decimals")),
        errors(perWishOnly));

    perWishOnly.put("Moyenne 2", "14");
    perWishOnly.put("Vœu 3", "TDI");
    assertEquals(
        List.of(new RowError(2, "wishes[2].gradeAverage", "is required")),
        errors(perWishOnly),
        "a third wish without an average column of its own");
  }

  @Test
  void aMinorIsIdentifiedByAMassarCodeInItsOwnColumn() throws IOException {
    Map<String, String> row = valid();
    row.put("CIN", "");
    row.put("Code Massar", "g 123 456 789");
    ApplicationRow minor = application(row);
    assertEquals(new NationalId("G123456789", NationalId.Kind.MASSAR), minor.nationalId());

    row.put("CIN", "AB123456");
    assertEquals(
        "AB123456", application(row).nationalId().value(), "the card wins when both are given");

    row.remove("CIN");
    row.put("Code Massar", "G12");
    assertEquals(
        List.of(
            new RowError(
                2, "applicant.nationalId", "must be a Massar code (a letter then 9 digits)")),
        errors(row));
  }

  @ParameterizedTest
  @CsvSource({
    "aucun, NONE",
    "Néant, NONE",
    "Primaire, PRIMARY",
    "6ème année primaire, PRIMARY",
    "Collège, MIDDLE_SCHOOL",
    "3AC, MIDDLE_SCHOOL",
    "3ème année collège, MIDDLE_SCHOOL",
    "إعدادي, MIDDLE_SCHOOL",
    "Lycée, SECONDARY",
    "Tronc commun, SECONDARY",
    "2ème année bac, SECONDARY",
    "Niveau bac, SECONDARY",
    "Bac, BACCALAUREATE",
    "BACCALAUREAT, BACCALAUREATE",
    "باكالوريا, BACCALAUREATE",
    "Bac+2, HIGHER",
    "Licence, HIGHER",
    "Supérieur, HIGHER",
    "middle_school, MIDDLE_SCHOOL",
  })
  void educationLabelsMapToThePlatformLevels(String label, EducationLevel level)
      throws IOException {
    Map<String, String> row = valid();
    row.put("Niveau scolaire", label);
    assertEquals(level, application(row).educationLevel());
  }

  @ParameterizedTest
  @CsvSource({
    "M, M, yes, true",
    "H, M, 1, true",
    "homme, M, Oui, true",
    "ذكر, M, X, true",
    "f, F, no, false",
    "Féminin, F, 0, false",
    "أنثى, F, لا, false",
    "F, F, '', false",
  })
  void sexesAndFlagsAreReadInEveryLanguage(String sex, Sex expected, String flag, boolean on)
      throws IOException {
    Map<String, String> row = valid();
    row.put("Sexe", sex);
    row.put("Zone enclavée", flag);
    ApplicationRow a = application(row);
    assertEquals(expected, a.sex());
    assertEquals(on, a.remoteArea());
  }

  @Test
  void phonesAreWrittenAsThePlatformStoresThem() {
    assertEquals("+212612345678", ApplicationRowMapper.moroccanPhone("06 12 34 56 78"));
    assertEquals("+212612345678", ApplicationRowMapper.moroccanPhone("612345678"));
    assertEquals("+212612345678", ApplicationRowMapper.moroccanPhone("+212 6-12-34-56-78"));
    assertEquals("+212612345678", ApplicationRowMapper.moroccanPhone("00212612345678"));
    assertEquals("+212612345678", ApplicationRowMapper.moroccanPhone("+212 (0)6 12 34 56 78"));
    assertEquals("+212612345678", ApplicationRowMapper.moroccanPhone("212612345678"));
    assertEquals("+212522123456", ApplicationRowMapper.moroccanPhone("05.22.12.34.56"));
    assertEquals("+212712345678", ApplicationRowMapper.moroccanPhone("0712345678"));
    assertNull(ApplicationRowMapper.moroccanPhone("0412345678"));
    assertNull(ApplicationRowMapper.moroccanPhone("06123456"));
    assertNull(ApplicationRowMapper.moroccanPhone("+2126123"));
    assertNull(ApplicationRowMapper.moroccanPhone("+33612345678"));
  }

  @Test
  void aHeaderWithoutRequiredColumnsIsRefusedOnceNamingEachField() throws IOException {
    Map<String, String> row = valid();
    row.remove("CIN");
    row.remove("Nom");
    row.remove("Année scolaire");
    row.remove("Vœu 1");
    row.remove("Moyenne");
    TabularFormatException e = assertThrows(TabularFormatException.class, () -> outcome(row));
    assertEquals(
        List.of(
            "applicant.nationalId",
            "applicant.name.last.fr",
            "academicYear",
            "wishes[0].programmeCode",
            "wishes[0].gradeAverage"),
        e.errors().stream().map(RowError::field).toList());
    assertTrue(e.errors().stream().allMatch(error -> error.row() == 1));
    assertEquals("no column for it (e.g. 'CIN')", e.errors().get(0).reason());
  }

  @Test
  void twoColumnsForOneFieldAndGapsBetweenWishColumnsAreRefused() throws IOException {
    Map<String, String> twice = valid();
    twice.put("CNIE", "AB123456");
    twice.remove("Vœu 2");
    twice.put("Moyenne 2", "12");
    TabularFormatException e = assertThrows(TabularFormatException.class, () -> outcome(twice));
    assertEquals(
        List.of(
            new RowError(1, "applicant.nationalId", "columns 'CIN' and 'CNIE' both give it"),
            new RowError(
                1, "wishes[1].gradeAverage", "a score column for a wish that has no column"),
            new RowError(
                1, "wishes[1].programmeCode", "no column for it, but a later wish has one")),
        e.errors());
  }

  @Test
  void theImportsAcademicYearFillsInWhenTheFileHasNone() throws IOException {
    Map<String, String> row = valid();
    row.remove("Année scolaire");
    assertEquals("2026-2027", map(row, "2026/2027").application().academicYear());
    Map<String, String> blank = valid();
    blank.put("Année scolaire", "");
    assertEquals("2026-2027", map(blank, "2026-2027").application().academicYear());
    Header header = readHeader(row);
    assertThrows(
        IllegalArgumentException.class, () -> ApplicationRowMapper.bind(header, TODAY, "2026"));
  }

  @Test
  void rowsWithTheWrongShapeAndAWholeFileMapRowByRow() throws IOException {
    String csv =
        csvLine(valid().keySet())
            + csvLine(valid().values())
            + "AB1;trop;court\r\n"
            + csvLine(with(valid(), "Sexe", "?").values())
            + csvLine(with(valid(), "CIN", "CD987654").values());
    List<RowOutcome> outcomes = new ArrayList<>();
    try (TabularReader reader =
        TabularReader.open(new ByteArrayInputStream(csv.getBytes(StandardCharsets.UTF_8)))) {
      ApplicationRowMapper mapper = ApplicationRowMapper.bind(reader.header(), TODAY);
      for (var row = reader.next(); row.isPresent(); row = reader.next()) {
        outcomes.add(mapper.map(row.get()));
      }
    }
    assertEquals(List.of(2L, 3L, 4L, 5L), outcomes.stream().map(RowOutcome::row).toList());
    assertInstanceOf(RowOutcome.Valid.class, outcomes.get(0));
    assertEquals(
        List.of(new RowError(3, RowError.CELLS, "expected 22 cells as in the header, found 3")),
        ((RowOutcome.Invalid) outcomes.get(1)).errors());
    assertEquals(
        List.of(new RowError(4, "applicant.sex", "must be F or M")),
        ((RowOutcome.Invalid) outcomes.get(2)).errors());
    assertEquals(
        "CD987654", ((RowOutcome.Valid) outcomes.get(3)).application().nationalId().value());
  }

  @Test
  void aWorkbookExportMapsWithItsDateCellsAndNumberCells() throws IOException {
    StringBuilder header = new StringBuilder("<row r=\"1\">");
    StringBuilder data = new StringBuilder("<row r=\"2\">");
    int column = 0;
    for (Map.Entry<String, String> cell : valid().entrySet()) {
      String ref = XlsxReader.columnName(column++);
      header.append(TestWorkbooks.inline(ref + "1", cell.getKey()));
      switch (cell.getKey()) {
        // A date cell (style 2 is the built-in date format 14) and a phone that lost its 0.
        case "Date de naissance" -> data.append("<c r=\"" + ref + "2\" s=\"2\"><v>39146</v></c>");
        case "Téléphone" -> data.append("<c r=\"" + ref + "2\"><v>612345678</v></c>");
        case "Moyenne" -> data.append("<c r=\"" + ref + "2\" s=\"3\"><v>15.25</v></c>");
        default -> data.append(TestWorkbooks.inline(ref + "2", cell.getValue()));
      }
    }
    byte[] workbook =
        TestWorkbooks.workbook(TestWorkbooks.sharedStrings(), header + "</row>" + data + "</row>");
    try (TabularReader reader = TabularReader.open(new ByteArrayInputStream(workbook))) {
      ApplicationRowMapper mapper = ApplicationRowMapper.bind(reader.header(), TODAY);
      RowOutcome outcome = mapper.map(reader.next().orElseThrow());
      assertEquals(
          application(valid()), assertInstanceOf(RowOutcome.Valid.class, outcome).application());
    }
  }

  private static Map<String, String> with(Map<String, String> row, String label, String value) {
    row.put(label, value);
    return row;
  }

  private static ApplicationRow application(Map<String, String> row) throws IOException {
    RowOutcome outcome = outcome(row);
    if (outcome instanceof RowOutcome.Invalid invalid) {
      throw new AssertionError("expected a valid row: " + invalid.errors());
    }
    return ((RowOutcome.Valid) outcome).application();
  }

  private static List<RowError> errors(Map<String, String> row) throws IOException {
    return assertInstanceOf(RowOutcome.Invalid.class, outcome(row)).errors();
  }

  private static RowOutcome outcome(Map<String, String> row) throws IOException {
    try (CsvReader reader = reader(row)) {
      return ApplicationRowMapper.bind(reader.header(), TODAY).map(reader.next().orElseThrow());
    }
  }

  private static RowOutcome.Valid map(Map<String, String> row, String defaultYear)
      throws IOException {
    try (CsvReader reader = reader(row)) {
      RowOutcome outcome =
          ApplicationRowMapper.bind(reader.header(), TODAY, defaultYear)
              .map(reader.next().orElseThrow());
      return assertInstanceOf(RowOutcome.Valid.class, outcome);
    }
  }

  private static Header readHeader(Map<String, String> row) throws IOException {
    try (CsvReader reader = reader(row)) {
      return reader.header();
    }
  }

  private static CsvReader reader(Map<String, String> row) throws IOException {
    String csv = csvLine(row.keySet()) + csvLine(row.values());
    return CsvReader.open(new ByteArrayInputStream(csv.getBytes(StandardCharsets.UTF_8)));
  }

  /** One CSV line in the French export's form: semicolons, every cell quoted. */
  private static String csvLine(Iterable<String> cells) {
    List<String> quoted = new ArrayList<>();
    cells.forEach(c -> quoted.add('"' + c.replace("\"", "\"\"") + '"'));
    return quoted.stream().collect(Collectors.joining(";")) + "\r\n";
  }
}
