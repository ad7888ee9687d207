package ma.ofppt.cmc.admissions.infrastructure.importing;

import static ma.ofppt.cmc.admissions.infrastructure.importing.TestWorkbooks.FIRST_SHEET;
import static ma.ofppt.cmc.admissions.infrastructure.importing.TestWorkbooks.inline;
import static ma.ofppt.cmc.admissions.infrastructure.importing.TestWorkbooks.parts;
import static ma.ofppt.cmc.admissions.infrastructure.importing.TestWorkbooks.sharedStrings;
import static ma.ofppt.cmc.admissions.infrastructure.importing.TestWorkbooks.workbook;
import static ma.ofppt.cmc.admissions.infrastructure.importing.TestWorkbooks.worksheet;
import static ma.ofppt.cmc.admissions.infrastructure.importing.TestWorkbooks.zip;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The XLSX reader on workbooks built in the test, including hostile ones. */
class XlsxReaderTest {
  private static final XlsxReader.Limits SMALL =
      new XlsxReader.Limits(1 << 20, 256 * 1024, 100, 1_000, 100_000, 1_000, 16);

  @TempDir Path spool;

  /** Every reader spools into {@link #spool}: whatever happened, nothing may be left behind. */
  @AfterEach
  void spoolIsEmpty() throws IOException {
    try (Stream<Path> left = Files.list(spool)) {
      assertEquals(List.of(), left.toList(), "temporary copies left behind");
    }
  }

  @Test
  void readsSharedInlineNumberBooleanDateAndBlankCellsOfTheFirstTab() throws IOException {
    String strings =
        "<?xml version=\"1.0\" encoding=\"UTF-8\"?><sst xmlns=\""
            + TestWorkbooks.MAIN
            + "\"><si><t>Nom</t></si>"
            + "<si><r><t>Pré</t></r><r><rPr><b/></rPr><t>nom</t></r></si>"
            + "<si><t>Note</t><rPh sb=\"0\" eb=\"1\"><t>phonetic</t></rPh></si>"
            + "<si><t>El Amrani</t></si><si><t xml:space=\"preserve\">  Bennani </t></si></sst>";
    String rows =
        "<row r=\"1\"><c r=\"A1\" t=\"s\"><v>0</v></c><c r=\"B1\" t=\"s\"><v>1</v></c>"
            + inline("C1", "Date de naissance")
            + "<c r=\"D1\" t=\"s\"><v>2</v></c>"
            + inline("E1", "Actif")
            + inline("F1", "Divers")
            + "</row>"
            // B2 has no r attribute: it follows A2. C2 is a custom date format, D2 a 0.00 number.
            + "<row r=\"2\"><c r=\"A2\" t=\"s\"><v>3</v></c>"
            + "<c t=\"inlineStr\"><is><r><t>Ami</t></r><r><t>na</t></r></is></c>"
            + "<c r=\"C2\" s=\"1\"><v>39083</v></c><c r=\"D2\" s=\"3\"><v>14.5</v></c>"
            + "<c r=\"E2\" t=\"b\"><v>1</v></c><c r=\"F2\" t=\"e\"><v>#N/A</v></c></row>"
            // Gaps: B3, C3 and E3 are absent; D3 is 0.1 stored with a float artefact.
            + "<row r=\"3\"><c r=\"A3\" t=\"s\"><v>4</v></c>"
            + "<c r=\"D3\"><v>0.10000000000000001</v></c><c r=\"F3\" t=\"b\"><v>0</v></c></row>"
            // Row 4 holds formatted but empty cells only; rows 5 and 6 are absent.
            + "<row r=\"4\"><c r=\"A4\" s=\"1\"/><c r=\"B4\" t=\"inlineStr\"><is><t></t></is></c></row>"
            // No r on the row: it follows row 4. A built-in date with a time of day, a formula's
            // text, an ISO date cell, and a phone number that lost its leading zero.
            + "<row><c r=\"A5\" t=\"str\"><f>UPPER(\"x\")</f><v>X</v></c>"
            + "<c r=\"B5\" t=\"inlineStr\"><is><t>&#1575;&#1604;&#1573;&#1602;&#1604;&#1610;&#1605;</t></is></c>"
            + "<c r=\"C5\" s=\"2\"><v>45292.75</v></c><c r=\"D5\"><v>612345678</v></c>"
            + "<c r=\"E5\" t=\"d\"><v>2007-03-05T00:00:00</v></c></row>";
    try (XlsxReader reader = open(workbook(strings, rows))) {
      Header header = reader.header();
      assertEquals(1, header.rowNumber());
      assertEquals(
          List.of("Nom", "Prénom", "Date de naissance", "Note", "Actif", "Divers"),
          header.labels());
      assertEquals("date_de_naissance", header.names().get(2));

      Row two = reader.next().orElseThrow();
      assertEquals(2, two.number());
      assertEquals("El Amrani", two.text("nom"));
      assertEquals("Amina", two.text("prenom"));
      assertEquals("2007-01-01", two.text("date_de_naissance"));
      assertEquals("14.5", two.text("note"));
      assertEquals("TRUE", two.text("actif"));
      assertEquals("#N/A", two.text("divers"));

      Row three = reader.next().orElseThrow();
      assertEquals(3, three.number());
      assertEquals("Bennani", three.text("nom"), "stripped of the preserved spaces");
      assertEquals("", three.text("prenom"));
      assertEquals("", three.text("date_de_naissance"));
      assertEquals("0.1", three.text("note"));
      assertEquals("FALSE", three.text("divers"));

      Row five = reader.next().orElseThrow();
      assertEquals(5, five.number(), "the blank row 4 is skipped, its number not reused");
      assertEquals("X", five.text("nom"));
      assertEquals("الإقليم", five.text("prenom"));
      assertEquals("2024-01-01", five.text("date_de_naissance"));
      assertEquals("612345678", five.text("note"));
      assertEquals("2007-03-05", five.text("actif"));
      assertTrue(five.defect().isEmpty());

      assertTrue(reader.next().isEmpty());
      assertTrue(reader.next().isEmpty(), "the end stays the end");
    }
  }

  @Test
  void readsDatesOfThe1904SystemAndTheHeaderBelowBlankRows() throws IOException {
    String sheet =
        worksheet(
            "<row r=\"2\"><c r=\"A2\" s=\"1\"/></row>"
                + "<row r=\"3\">"
                + inline("A3", "Né le")
                + inline("B3", "CIN")
                + "</row><row r=\"4\"><c r=\"A4\" s=\"2\"><v>37621</v></c>"
                + inline("B4", "AB123")
                + "</row>");
    try (XlsxReader reader = open(zip(parts(sharedStrings(), sheet, true)))) {
      assertEquals(3, reader.header().rowNumber());
      Row row = reader.next().orElseThrow();
      assertEquals("2007-01-01", row.text("ne_le"));
      assertEquals("AB123", row.text("cin"));
    }
  }

  @Test
  void aValueBeyondTheHeaderIsARowDefectNotAFileFailure() throws IOException {
    String rows =
        "<row r=\"1\">"
            + inline("A1", "CIN")
            + inline("B1", "Nom")
            + "</row><row r=\"2\">"
            + inline("A2", "AB1")
            + inline("D2", "stray")
            + "</row><row r=\"3\">"
            + inline("A3", "AB2")
            + "</row>";
    try (XlsxReader reader = open(workbook(sharedStrings(), rows))) {
      Row two = reader.next().orElseThrow();
      assertEquals(
          "a value in column D, beyond the header's 2 columns", two.defect().orElseThrow());
      Row three = reader.next().orElseThrow();
      assertTrue(three.defect().isEmpty());
      assertEquals("AB2", three.text("cin"));
    }
  }

  @Test
  void aZipBombIsRefusedWhenItCrossesThePartSizeCap() throws IOException {
    // 2 MiB of rows that compress to a few KiB; the cap is 256 KiB.
    StringBuilder rows = new StringBuilder("<row r=\"1\">" + inline("A1", "CIN") + "</row>");
    String padding = " ".repeat(1_000);
    for (int r = 2; rows.length() < 2 << 20; r++) {
      rows.append("<row r=\"").append(r).append("\">").append(padding).append("</row>");
    }
    byte[] bomb = workbook(sharedStrings(), rows.toString());
    assertTrue(bomb.length < 100 * 1024, "the bomb is small: " + bomb.length);
    XlsxReader.Limits anyRatio =
        new XlsxReader.Limits(1 << 20, 256 * 1024, Integer.MAX_VALUE, 1_000, 100_000, 1_000, 16);
    TabularFormatException e = assertFormatError(bomb, anyRatio, 0, "possible zip bomb");
    assertTrue(e.getMessage().contains(FIRST_SHEET), e.getMessage());
  }

  @Test
  void aZipBombIsRefusedWhenItCrossesTheCompressionRatioCap() throws IOException {
    XlsxReader.Limits generousSize =
        new XlsxReader.Limits(1 << 20, 64 << 20, 100, 1_000, 10_000_000, 1_000, 16);
    String huge = "a".repeat(30_000);
    String[] strings = new String[60];
    Arrays.fill(strings, huge);
    byte[] bomb =
        workbook(sharedStrings(strings), "<row r=\"1\">" + inline("A1", "CIN") + "</row>");
    TabularFormatException e =
        assertThrows(
            TabularFormatException.class,
            () -> XlsxReader.open(new ByteArrayInputStream(bomb), generousSize, spool));
    assertTrue(e.getMessage().contains("possible zip bomb"), e.getMessage());
    assertTrue(e.getMessage().contains("xl/sharedStrings.xml"), e.getMessage());
  }

  @Test
  void anUploadLargerThanTheCapIsRefusedWhileSpooling() {
    byte[] large = new byte[(1 << 20) + 1];
    TabularFormatException e = assertFormatError(large, 0, "larger than 1048576 bytes");
    assertEquals(RowError.FILE, e.errors().get(0).field());
  }

  @Test
  void anExternalEntityIsRefusedAndNothingOfTheTargetIsRead(@TempDir Path elsewhere)
      throws IOException {
    Path secret = elsewhere.resolve("secret.txt");
    Files.writeString(secret, "TOP-SECRET-CONTENT");
    String xxe =
        "<?xml version=\"1.0\"?><!DOCTYPE sst [<!ENTITY xxe SYSTEM \""
            + secret.toUri()
            + "\">]><sst xmlns=\""
            + TestWorkbooks.MAIN
            + "\"><si><t>&xxe;</t></si></sst>";
    byte[] file = workbook(xxe, "<row r=\"1\"><c r=\"A1\" t=\"s\"><v>0</v></c></row>");
    TabularFormatException e = assertFormatError(file, 0, "declares a DTD");
    assertFalse(e.getMessage().contains("TOP-SECRET"), e.getMessage());
  }

  @Test
  void anExternalDtdAndEntityExpansionAreRefused() {
    String external =
        "<?xml version=\"1.0\"?><!DOCTYPE worksheet SYSTEM \"http://127.0.0.1:9/evil.dtd\">"
            + worksheet("<row r=\"1\">" + inline("A1", "CIN") + "</row>")
                .substring(
                    "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>".length());
    assertFormatError(zip(parts(sharedStrings(), external, false)), 0, "declares a DTD");

    String laughs =
        "<?xml version=\"1.0\"?><!DOCTYPE sst [<!ENTITY a \"aaaaaaaaaa\">"
            + "<!ENTITY b \"&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;\"><!ENTITY c \"&b;&b;&b;&b;&b;&b;&b;&b;\">"
            + "]><sst xmlns=\""
            + TestWorkbooks.MAIN
            + "\"><si><t>&c;</t></si></sst>";
    assertFormatError(
        workbook(laughs, "<row r=\"1\">" + inline("A1", "CIN") + "</row>"), 0, "declares a DTD");
  }

  @Test
  void malformedAndForeignFilesAreCleanErrors() {
    assertFormatError("CIN;Nom\n".getBytes(StandardCharsets.UTF_8), 0, "not an XLSX workbook");
    assertFormatError(zip(Map.of("readme.txt", "hello")), 0, "not an XLSX workbook");
    Map<String, String> noSheet = parts(sharedStrings(), worksheet(""), false);
    noSheet.remove(FIRST_SHEET);
    assertFormatError(zip(noSheet), 0, "first sheet part is missing");
    assertFormatError(workbook(sharedStrings(), ""), 0, "the first worksheet is empty");
    TabularFormatException broken =
        assertFormatError(
            workbook(
                sharedStrings(), "<row r=\"1\">" + inline("A1", "CIN") + "</row><row r=\"2\">"),
            2,
            "is not well-formed XML");
    assertTrue(broken.getMessage().contains(FIRST_SHEET), broken.getMessage());
    assertFormatError(
        workbook(sharedStrings("CIN"), "<row r=\"1\"><c r=\"A1\" t=\"s\"><v>5</v></c></row>"),
        1,
        "refers to a shared string the workbook does not have");
  }

  @Test
  void theNumberOfRowsAndColumnsIsCapped() throws IOException {
    StringBuilder wide = new StringBuilder("<row r=\"1\">");
    for (int c = 0; c < 17; c++) {
      wide.append(inline(XlsxReader.columnName(c) + "1", "col" + c));
    }
    assertFormatError(
        workbook(sharedStrings(), wide.append("</row>").toString()), 1, "more than 16 columns");

    StringBuilder tall = new StringBuilder("<row r=\"1\">" + inline("A1", "CIN") + "</row>");
    for (int r = 2; r <= 1_002; r++) {
      tall.append("<row r=\"").append(r).append("\">").append(inline("A" + r, "X" + r));
      tall.append("</row>");
    }
    try (XlsxReader reader = open(workbook(sharedStrings(), tall.toString()))) {
      for (int r = 2; r <= 1_001; r++) {
        assertEquals(r, reader.next().orElseThrow().number());
      }
      TabularFormatException e = assertThrows(TabularFormatException.class, reader::next);
      assertEquals(1_002, e.errors().get(0).row());
      assertTrue(e.getMessage().contains("more than 1000 data rows"), e.getMessage());
    }
  }

  @Test
  void aWorkbookOnDiskIsReadAndLeftInPlace(@TempDir Path elsewhere) throws IOException {
    Path file = elsewhere.resolve("export.xlsx");
    Files.write(
        file,
        workbook(
            sharedStrings(),
            "<row r=\"1\">"
                + inline("A1", "CIN")
                + "</row><row r=\"2\">"
                + inline("A2", "AB1")
                + "</row>"));
    try (XlsxReader reader = XlsxReader.open(file, SMALL)) {
      assertEquals("AB1", reader.next().orElseThrow().text("cin"));
    }
    assertTrue(Files.exists(file));
  }

  @Test
  void customFormatsAreDatesWhenTheyShowADayAMonthOrAYear() {
    assertTrue(XlsxPackage.isDateFormat("dd/mm/yyyy"));
    assertTrue(XlsxPackage.isDateFormat("[$-fr-FR]d mmmm yyyy;@"));
    assertTrue(XlsxPackage.isDateFormat("mmm-yy"));
    assertTrue(XlsxPackage.isDateFormat("yyyy-mm-dd hh:mm"));
    assertFalse(XlsxPackage.isDateFormat("General"));
    assertFalse(XlsxPackage.isDateFormat("0.00"));
    assertFalse(XlsxPackage.isDateFormat("#,##0 \"dh/day\""), "quoted text is not a token");
    assertFalse(XlsxPackage.isDateFormat("[Red]0.00"), "a colour is not a token");
    assertFalse(XlsxPackage.isDateFormat("h:mm"), "m next to hours is minutes");
    assertTrue(XlsxPackage.isBuiltInDateFormat(14));
    assertTrue(XlsxPackage.isBuiltInDateFormat(22));
    assertTrue(XlsxPackage.isBuiltInDateFormat(45));
    assertFalse(XlsxPackage.isBuiltInDateFormat(2));
    assertFalse(XlsxPackage.isBuiltInDateFormat(49));
  }

  @Test
  void serialNumbersColumnsAndRelationshipTargetsConvert() {
    assertEquals("1900-01-01", XlsxReader.excelDate("1", false));
    assertEquals("1900-02-28", XlsxReader.excelDate("59", false));
    assertEquals("1900-03-01", XlsxReader.excelDate("61", false));
    assertEquals("2007-03-05", XlsxReader.excelDate("39146", false));
    assertEquals("0.5", XlsxReader.excelDate("0.5", false), "a bare time is no date");
    assertEquals("12345678901234600000", XlsxReader.number("1.2345678901234567E19"));
    assertEquals("0", XlsxReader.number("0.000"));
    assertEquals(0, XlsxReader.columnIndex("A1"));
    assertEquals(27, XlsxReader.columnIndex("AB12"));
    assertEquals(16_383, XlsxReader.columnIndex("XFD1"));
    assertEquals(-1, XlsxReader.columnIndex("XFE1"));
    assertEquals(-1, XlsxReader.columnIndex("12"));
    assertEquals("AB", XlsxReader.columnName(27));
    assertEquals("xl/worksheets/sheet1.xml", XlsxPackage.resolve("xl/", "worksheets/sheet1.xml"));
    assertEquals(
        "xl/worksheets/sheet1.xml", XlsxPackage.resolve("xl/", "/xl/worksheets/sheet1.xml"));
    assertEquals("xl/media/a.png", XlsxPackage.resolve("xl/worksheets/", "../media/a.png"));
  }

  @Test
  void theGenericOpenerTellsWorkbooksFromCsvAndRefusesLegacyXls() throws IOException {
    byte[] xlsx =
        workbook(sharedStrings("CIN"), "<row r=\"1\"><c r=\"A1\" t=\"s\"><v>0</v></c></row>");
    try (TabularReader reader = TabularReader.open(new ByteArrayInputStream(xlsx))) {
      assertInstanceOf(XlsxReader.class, reader);
      assertEquals(List.of("cin"), reader.header().names());
    }
    try (TabularReader reader =
        TabularReader.open(
            new ByteArrayInputStream("CIN;Nom\n".getBytes(StandardCharsets.UTF_8)))) {
      assertInstanceOf(CsvReader.class, reader);
      assertEquals(List.of("cin", "nom"), reader.header().names());
    }
    byte[] xls = {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, 0, 0, 0, 0};
    TabularFormatException e =
        assertThrows(
            TabularFormatException.class, () -> TabularReader.open(new ByteArrayInputStream(xls)));
    assertTrue(e.getMessage().contains(".xls"), e.getMessage());
  }

  /** Reads every row left; the count of rows read. */
  static long drain(TabularReader reader) throws IOException {
    long rows = 0;
    while (reader.next().isPresent()) {
      rows++;
    }
    return rows;
  }

  private XlsxReader open(byte[] file) throws IOException {
    return XlsxReader.open(new ByteArrayInputStream(file), SMALL, spool);
  }

  /** Opens and reads the whole file, expecting it to fail at {@code row} for {@code reason}. */
  private TabularFormatException assertFormatError(byte[] file, long row, String reason) {
    return assertFormatError(file, SMALL, row, reason);
  }

  private TabularFormatException assertFormatError(
      byte[] file, XlsxReader.Limits limits, long row, String reason) {
    TabularFormatException e =
        assertThrows(
            TabularFormatException.class,
            () -> {
              try (InputStream in = new ByteArrayInputStream(file);
                  XlsxReader reader = XlsxReader.open(in, limits, spool)) {
                drain(reader);
              }
            });
    RowError error = e.errors().get(0);
    assertEquals(row, error.row(), e.getMessage());
    assertTrue(error.reason().contains(reason), e.getMessage());
    return e;
  }
}
