package ma.ofppt.cmc.platform.api.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.junit.jupiter.api.Test;

class XlsxSheetTest {
  @Test
  void columnsAreNamedAsSpreadsheetsNameThem() {
    assertEquals("A", XlsxSheet.column(0));
    assertEquals("Z", XlsxSheet.column(25));
    assertEquals("AA", XlsxSheet.column(26));
    assertEquals("AZ", XlsxSheet.column(51));
    assertEquals("BA", XlsxSheet.column(52));
    assertEquals("ZZ", XlsxSheet.column(701));
    assertEquals("AAA", XlsxSheet.column(702));
  }

  @Test
  void textIsEscapedAndControlCharactersDropped() {
    assertEquals(
        "a &amp; b &lt;c&gt; &quot;d&quot; &apos;e&apos;", XlsxSheet.escape("a & b <c> \"d\" 'e'"));
    assertEquals("ab\tc", XlsxSheet.escape("a\u0001b\tc"));
  }

  @Test
  void aWorkbookHasTheFivePartsAndTheCellsInOrder() throws Exception {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    XlsxSheet.write(
        out,
        "figures & more",
        List.of("city", "seats"),
        List.of(
            Arrays.<Object>asList("Fès", new BigDecimal("12.50")),
            Arrays.<Object>asList(null, 3L)));
    Map<String, String> parts = unzip(out.toByteArray());
    assertEquals(
        List.of(
            "[Content_Types].xml",
            "_rels/.rels",
            "xl/_rels/workbook.xml.rels",
            "xl/workbook.xml",
            "xl/worksheets/sheet1.xml"),
        List.copyOf(parts.keySet()));
    assertTrue(parts.get("xl/workbook.xml").contains("name=\"figures &amp; more\""));
    String sheet = parts.get("xl/worksheets/sheet1.xml");
    assertTrue(
        sheet.contains(
            "<row r=\"1\"><c r=\"A1\" t=\"inlineStr\"><is><t>city</t></is></c>"
                + "<c r=\"B1\" t=\"inlineStr\"><is><t>seats</t></is></c></row>"),
        sheet);
    assertTrue(
        sheet.contains(
            "<row r=\"2\"><c r=\"A2\" t=\"inlineStr\"><is><t>Fès</t></is></c>"
                + "<c r=\"B2\"><v>12.50</v></c></row>"),
        sheet);
    // A null is an empty cell: no A3 at all.
    assertTrue(sheet.contains("<row r=\"3\"><c r=\"B3\"><v>3</v></c></row>"), sheet);
    assertFalse(sheet.contains("A3"), sheet);
  }

  private static Map<String, String> unzip(byte[] zip) throws Exception {
    Map<String, String> parts = new TreeMap<>();
    try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip))) {
      for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
        parts.put(entry.getName(), new String(in.readAllBytes(), StandardCharsets.UTF_8));
      }
    }
    return parts;
  }
}
