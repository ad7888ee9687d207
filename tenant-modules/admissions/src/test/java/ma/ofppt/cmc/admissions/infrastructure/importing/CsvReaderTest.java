package ma.ofppt.cmc.admissions.infrastructure.importing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The CSV reader's edge cases. Most run with tiny buffers too, so that every state of the parser
 * meets the end of a buffer (a doubled quote, a CRLF, a multi-byte character split in two).
 */
class CsvReaderTest {

  @ParameterizedTest
  @ValueSource(ints = {2, 3, 5, 7, CsvReader.DEFAULT_BUFFER_CHARS})
  void readsAFrenchSemicolonExportWithQuotesLineBreaksAndABom(int buffer) throws IOException {
    String csv =
        "\uFEFFN° CIN;Nom;Prénom;Adresse;Remarque\r\n"
            + "AB123456;\"El Amrani\";Amina;\"12, rue \"\"Atlas\"\"; Fès\";\"ligne 1\r\nligne 2\"\r\n"
            + "CD654321;Bennani;Youssef;;\"\"\r\n"
            + "\r\n"
            + ";;;;\r\n"
            + "EF1;\u00A0Alaoui\u00A0;  Sara ;\"\";fin";
    try (CsvReader reader = open(csv, buffer)) {
      assertEquals(';', reader.separator());
      assertEquals(
          List.of("n_cin", "nom", "prenom", "adresse", "remarque"), reader.header().names());
      assertEquals("N° CIN", reader.header().labels().get(0), "the BOM is not part of the label");

      Row first = reader.next().orElseThrow();
      assertEquals(2, first.number());
      assertEquals("AB123456", first.text("n_cin"));
      assertEquals("El Amrani", first.text("nom"));
      assertEquals("12, rue \"Atlas\"; Fès", first.text("adresse"));
      assertEquals("ligne 1\r\nligne 2", first.text("remarque"));

      Row second = reader.next().orElseThrow();
      assertEquals(3, second.number(), "a quoted line break does not start a row");
      assertEquals("", second.text("adresse"));
      assertEquals("", second.text("remarque"));

      Row third = reader.next().orElseThrow();
      assertEquals(6, third.number(), "the blank rows 4 and 5 are skipped but counted");
      assertEquals("Alaoui", third.text("nom"), "no-break spaces are stripped");
      assertEquals("Sara", third.text("prenom"));
      assertEquals("fin", third.text("remarque"), "the last row needs no line end");

      assertTrue(reader.next().isEmpty());
      assertTrue(reader.next().isEmpty());
    }
  }

  @ParameterizedTest
  @ValueSource(strings = {"\n", "\r\n", "\r"})
  void acceptsEveryLineEndAndDetectsACommaSeparator(String eol) throws IOException {
    String csv = "cin,date_naissance,\"nom; complet\"" + eol + "A1,2007-03-05,\"a;b\"" + eol;
    for (int buffer : new int[] {2, 3, CsvReader.DEFAULT_BUFFER_CHARS}) {
      try (CsvReader reader = open(csv, buffer)) {
        assertEquals(',', reader.separator());
        Row row = reader.next().orElseThrow();
        assertEquals(2, row.number());
        assertEquals("2007-03-05", row.text("date_naissance"));
        assertEquals("a;b", row.text("nom_complet"));
        assertTrue(reader.next().isEmpty(), "eol " + eol.replace("\r", "CR").replace("\n", "LF"));
      }
    }
  }

  @Test
  void normalisesHeaderLabelsSoThatSpellingsMeet() throws IOException {
    try (CsvReader reader =
        open(
            "Date de naissance;DATE-NAISSANCE_2;  Prénom (FR) ;Vœu n°1;الإقليم;Niveau d'études\n",
            64)) {
      assertEquals(
          List.of(
              "date_de_naissance",
              "date_naissance_2",
              "prenom_fr",
              "voeu_n_1",
              "الاقليم",
              "niveau_d_etudes"),
          reader.header().names());
      assertEquals(3, reader.header().indexOf("voeu_n_1"));
      assertEquals(-1, reader.header().indexOf("voeu_1"));
    }
    assertEquals("ecole_superieure", Header.normalise("  École---Supérieure__ "));
    assertEquals("رغبة_1", Header.normalise("رغبةُ ١"), "Arabic vowel marks and digits fold");
  }

  @Test
  void aRowWithTheWrongNumberOfCellsIsARowDefectAndReadingGoesOn() throws IOException {
    String csv =
        "a;b;c;\n" // a trailing separator: an unnamed fourth column
            + "1;2;3\n"
            + "1;2\n"
            + "1;2;3;;;\n"
            + "1;2;3;;x\n"
            + "1;2;3\n";
    try (CsvReader reader = open(csv, CsvReader.DEFAULT_BUFFER_CHARS)) {
      assertEquals(3, reader.header().width());
      assertTrue(reader.next().orElseThrow().defect().isEmpty());
      Row short1 = reader.next().orElseThrow();
      assertEquals(3, short1.number());
      assertEquals("expected 3 cells as in the header, found 2", short1.defect().orElseThrow());
      assertEquals("2", short1.text("b"));
      assertEquals("", short1.text("c"));
      assertTrue(reader.next().orElseThrow().defect().isEmpty(), "blank trailing cells are fine");
      Row wide = reader.next().orElseThrow();
      assertEquals(5, wide.number());
      assertEquals(
          "a value in column 5, beyond the header's 3 columns", wide.defect().orElseThrow());
      Row last = reader.next().orElseThrow();
      assertEquals(6, last.number());
      assertTrue(last.defect().isEmpty());
    }
  }

  @ParameterizedTest
  @ValueSource(ints = {2, 3, CsvReader.DEFAULT_BUFFER_CHARS})
  void anUnterminatedQuoteAtTheEndFailsTheFileNamingTheRowItOpensIn(int buffer) throws IOException {
    String csv = "cin;nom\nA1;ok\nA2;\"not closed\nA3;still inside\n";
    try (CsvReader reader = open(csv, buffer)) {
      assertEquals(2, reader.next().orElseThrow().number());
      TabularFormatException e = assertThrows(TabularFormatException.class, reader::next);
      assertEquals(List.of(new RowError(3, RowError.FILE, unterminated())), e.errors());
    }
    TabularFormatException inHeader =
        assertThrows(TabularFormatException.class, () -> open("cin;\"nom\n", buffer));
    assertEquals(1, inHeader.errors().get(0).row());
  }

  @Test
  void aRunawayQuotedCellFailsWhereItStartsInsteadOfFillingMemory() throws IOException {
    InputStream endless =
        new InputStream() {
          private final byte[] start = "cin;nom\nA1;\"".getBytes(StandardCharsets.US_ASCII);
          private int pos;

          @Override
          public int read() {
            return pos < start.length ? start[pos++] : 'x';
          }
        };
    try (CsvReader reader = CsvReader.open(endless)) {
      TabularFormatException e = assertThrows(TabularFormatException.class, reader::next);
      assertEquals(2, e.errors().get(0).row());
      assertTrue(e.getMessage().contains("closing quote missing"), e.getMessage());
    }
  }

  @ParameterizedTest
  @ValueSource(ints = {2, 3, CsvReader.DEFAULT_BUFFER_CHARS})
  void bytesThatAreNotUtf8FailTheFileAtTheirRow(int buffer) throws IOException {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    bytes.writeBytes("cin;nom\nA1;Amina\nA2;".getBytes(StandardCharsets.UTF_8));
    bytes.writeBytes("Fès\n".getBytes(Charset.forName("windows-1252")));
    bytes.writeBytes("A3;Sara\n".getBytes(StandardCharsets.UTF_8));
    try (CsvReader reader =
        CsvReader.open(
            new ByteArrayInputStream(bytes.toByteArray()), StandardCharsets.UTF_8, buffer)) {
      assertEquals("Amina", reader.next().orElseThrow().text("nom"));
      TabularFormatException e = assertThrows(TabularFormatException.class, reader::next);
      assertEquals(3, e.errors().get(0).row());
      assertTrue(e.getMessage().contains("save it as CSV UTF-8"), e.getMessage());
    }
    try (CsvReader reader =
        CsvReader.open(
            new ByteArrayInputStream(bytes.toByteArray()), Charset.forName("windows-1252"))) {
      reader.next();
      assertEquals("Fès", reader.next().orElseThrow().text("nom"), "read in its own encoding");
    }
  }

  @Test
  void charactersBeyondTheBasicPlaneSurviveTinyBuffers() throws IOException {
    try (CsvReader reader = open("nom;note\n\"😀 Amina\";é\n", 2)) {
      Row row = reader.next().orElseThrow();
      assertEquals("😀 Amina", row.text("nom"));
      assertEquals("é", row.text("note"));
    }
  }

  @Test
  void spreadsheetLeniencyKeepsStrayQuotesAsText() throws IOException {
    try (CsvReader reader = open("a;b;c\nab\"c;\"x\"y;\"\"\"\"\n", 64)) {
      Row row = reader.next().orElseThrow();
      assertEquals("ab\"c", row.text("a"));
      assertEquals("xy", row.text("b"));
      assertEquals("\"", row.text("c"));
    }
    assertEquals(List.of("a\"b", "c;d", ""), CsvReader.split("\"a\"\"b\";\"c;d\";", ';'));
  }

  @Test
  void emptyFilesAndAmbiguousHeadersAreRefused() {
    TabularFormatException empty = assertThrows(TabularFormatException.class, () -> open("", 64));
    assertEquals(0, empty.errors().get(0).row());
    TabularFormatException blank =
        assertThrows(TabularFormatException.class, () -> open("\uFEFF\r\n\r\n", 64));
    assertTrue(blank.getMessage().contains("no header row"), blank.getMessage());
    TabularFormatException separators =
        assertThrows(TabularFormatException.class, () -> open("\n;;;\n1;2;3\n", 64));
    assertEquals(
        List.of(new RowError(2, RowError.FILE, "the header row is empty")), separators.errors());
    TabularFormatException twice =
        assertThrows(
            TabularFormatException.class, () -> open("CIN;Nom;nom;Prénom;PRENOM\nA;b;c;d;e\n", 64));
    assertEquals(2, twice.errors().size());
    assertEquals(
        new RowError(1, RowError.FILE, "columns 2 and 3 have the same header 'nom'"),
        twice.errors().get(0));
  }

  @Test
  void aLargeFileIsStreamedInFullWithoutBeingHeld() throws IOException {
    int rows = 200_000;
    try (CsvReader reader = CsvReader.open(new GeneratedCsv(rows))) {
      assertEquals(5, reader.header().width());
      long count = 0;
      long lastNumber = 0;
      for (var row = reader.next(); row.isPresent(); row = reader.next()) {
        count++;
        lastNumber = row.get().number();
      }
      assertEquals(rows, count);
      assertEquals(rows + 1, lastNumber);
    }
  }

  @Test
  void theGeneratorProducesWhatItClaims() throws IOException {
    List<String> lines = new ArrayList<>();
    try (InputStream in = new GeneratedCsv(2)) {
      lines.addAll(List.of(new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\r\n")));
    }
    assertEquals(5, lines.size(), "header, then two rows with a quoted line break each");
    assertEquals("AB100002;Nom2;Prénom;\"12, rue \"\"Atlas\"\"", lines.get(3));
  }

  private static String unterminated() {
    return "a quoted cell is still open at the end of the file";
  }

  private static CsvReader open(String csv, int buffer) throws IOException {
    return CsvReader.open(
        new ByteArrayInputStream(csv.getBytes(StandardCharsets.UTF_8)),
        StandardCharsets.UTF_8,
        buffer);
  }

  /**
   * A CSV export produced row by row as it is read: only the current row is ever in memory, so the
   * test proves the reader streams (a reader that buffered the file would hold all of it).
   */
  static final class GeneratedCsv extends InputStream {
    private final int rows;
    private int next;
    private byte[] current = "CIN;Nom;Prénom;Adresse;Moyenne\r\n".getBytes(StandardCharsets.UTF_8);
    private int pos;

    GeneratedCsv(int rows) {
      this.rows = rows;
    }

    @Override
    public int read() {
      if (!ensure()) {
        return -1;
      }
      return current[pos++] & 0xFF;
    }

    @Override
    public int read(byte[] b, int off, int len) {
      if (len == 0) {
        return 0;
      }
      if (!ensure()) {
        return -1;
      }
      int n = Math.min(len, current.length - pos);
      System.arraycopy(current, pos, b, off, n);
      pos += n;
      return n;
    }

    private boolean ensure() {
      while (pos == current.length) {
        if (next == rows) {
          return false;
        }
        next++;
        current =
            ("AB"
                    + (100_000 + next)
                    + ";Nom"
                    + next
                    + ";Prénom;\"12, rue \"\"Atlas\"\"\r\nFès\";"
                    + (next % 20)
                    + ",5\r\n")
                .getBytes(StandardCharsets.UTF_8);
        pos = 0;
      }
      return true;
    }
  }
}
