package ma.ofppt.cmc.admissions.infrastructure.importing;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * Minimal but valid XLSX workbooks, written in the test with {@link ZipOutputStream} so that no
 * binary fixture is committed. The first tab is {@code xl/worksheets/sheet2.xml} (reached through
 * an absolute relationship target) and a decoy {@code sheet1.xml} is the second tab, so a reader
 * that guessed the part name would read the wrong sheet. The sheet is stored before the shared
 * strings, as some writers do, so a forward-only ZIP stream could not resolve them.
 */
final class TestWorkbooks {
  static final String MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
  static final String FIRST_SHEET = "xl/worksheets/sheet2.xml";

  /** Cell styles: 0 General, 1 custom dd/mm/yyyy, 2 built-in 14 (a date), 3 built-in 2 (0.00). */
  static final String STYLES =
      "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>"
          + "<styleSheet xmlns=\""
          + MAIN
          + "\"><numFmts count=\"1\"><numFmt numFmtId=\"164\" formatCode=\"dd/mm/yyyy;@\"/>"
          + "</numFmts><cellStyleXfs count=\"1\"><xf numFmtId=\"14\"/></cellStyleXfs>"
          + "<cellXfs count=\"4\"><xf numFmtId=\"0\"/><xf numFmtId=\"164\" applyNumberFormat=\"1\"/>"
          + "<xf numFmtId=\"14\"/><xf numFmtId=\"2\"/></cellXfs></styleSheet>";

  private TestWorkbooks() {}

  /** A workbook whose first tab holds {@code rowsXml} inside its sheet data. */
  static byte[] workbook(String sharedStringsXml, String rowsXml) {
    return zip(parts(sharedStringsXml, worksheet(rowsXml), false));
  }

  /** The parts of a workbook, in the order they are stored; callers may replace any. */
  static Map<String, String> parts(String sharedStringsXml, String firstSheetXml, boolean in1904) {
    Map<String, String> parts = new LinkedHashMap<>();
    parts.put(
        "[Content_Types].xml",
        "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>"
            + "<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
            + "<Default Extension=\"rels\" ContentType=\"application/"
            + "vnd.openxmlformats-package.relationships+xml\"/>"
            + "<Default Extension=\"xml\" ContentType=\"application/xml\"/>"
            + "<Override PartName=\"/xl/workbook.xml\" ContentType=\"application/"
            + "vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml\"/>"
            + "<Override PartName=\"/xl/worksheets/sheet1.xml\" ContentType=\"application/"
            + "vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml\"/>"
            + "<Override PartName=\"/xl/worksheets/sheet2.xml\" ContentType=\"application/"
            + "vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml\"/>"
            + "<Override PartName=\"/xl/sharedStrings.xml\" ContentType=\"application/"
            + "vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml\"/>"
            + "<Override PartName=\"/xl/styles.xml\" ContentType=\"application/"
            + "vnd.openxmlformats-officedocument.spreadsheetml.styles+xml\"/></Types>");
    parts.put(
        "_rels/.rels",
        "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>"
            + "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
            + "<Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/"
            + "2006/relationships/officeDocument\" Target=\"xl/workbook.xml\"/></Relationships>");
    parts.put(
        "xl/workbook.xml",
        "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>"
            + "<workbook xmlns=\""
            + MAIN
            + "\" xmlns:r=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships\">"
            + (in1904 ? "<workbookPr date1904=\"1\"/>" : "<workbookPr/>")
            + "<sheets><sheet name=\"Inscriptions\" sheetId=\"7\" r:id=\"rId3\"/>"
            + "<sheet name=\"Brouillon\" sheetId=\"1\" r:id=\"rId1\"/></sheets></workbook>");
    parts.put(
        "xl/_rels/workbook.xml.rels",
        "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>"
            + "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
            + "<Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/"
            + "2006/relationships/worksheet\" Target=\"worksheets/sheet1.xml\"/>"
            + "<Relationship Id=\"rId3\" Type=\"http://schemas.openxmlformats.org/officeDocument/"
            + "2006/relationships/worksheet\" Target=\"/xl/worksheets/sheet2.xml\"/>"
            + "<Relationship Id=\"rId4\" Type=\"http://schemas.openxmlformats.org/officeDocument/"
            + "2006/relationships/sharedStrings\" Target=\"sharedStrings.xml\"/>"
            + "<Relationship Id=\"rId5\" Type=\"http://schemas.openxmlformats.org/officeDocument/"
            + "2006/relationships/styles\" Target=\"styles.xml\"/></Relationships>");
    parts.put(FIRST_SHEET, firstSheetXml);
    parts.put(
        "xl/worksheets/sheet1.xml",
        worksheet("<row r=\"1\"><c r=\"A1\" t=\"inlineStr\"><is><t>decoy</t></is></c></row>"));
    parts.put("xl/sharedStrings.xml", sharedStringsXml);
    parts.put("xl/styles.xml", STYLES);
    return parts;
  }

  static String worksheet(String rowsXml) {
    return "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?><worksheet xmlns=\""
        + MAIN
        + "\"><dimension ref=\"A1:F9\"/><sheetData>"
        + rowsXml
        + "</sheetData></worksheet>";
  }

  static String sharedStrings(String... strings) {
    StringBuilder xml =
        new StringBuilder(
                "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?><sst xmlns=\"")
            .append(MAIN)
            .append("\" count=\"")
            .append(strings.length)
            .append("\">");
    for (String s : strings) {
      xml.append("<si><t xml:space=\"preserve\">").append(escape(s)).append("</t></si>");
    }
    return xml.append("</sst>").toString();
  }

  /** An inline-string cell. */
  static String inline(String reference, String text) {
    return "<c r=\"" + reference + "\" t=\"inlineStr\"><is><t>" + escape(text) + "</t></is></c>";
  }

  static String escape(String text) {
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
  }

  static byte[] zip(Map<String, String> parts) {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
      for (Map.Entry<String, String> part : parts.entrySet()) {
        zip.putNextEntry(new ZipEntry(part.getKey()));
        zip.write(part.getValue().getBytes(StandardCharsets.UTF_8));
        zip.closeEntry();
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return bytes.toByteArray();
  }
}
