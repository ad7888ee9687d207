package ma.ofppt.cmc.platform.api.export;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * A minimal single-sheet XLSX (Office Open XML) written with java.util.zip, so that the exports
 * need no spreadsheet library: text as inline strings, numbers as numeric cells, a null as an empty
 * cell.
 */
public final class XlsxSheet {
  private XlsxSheet() {}

  public static final String MEDIA_TYPE =
      "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

  private static final String CONTENT_TYPES =
      "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n"
          + "<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
          + "<Default Extension=\"rels\""
          + " ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>"
          + "<Default Extension=\"xml\" ContentType=\"application/xml\"/>"
          + "<Override PartName=\"/xl/workbook.xml\""
          + " ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml\"/>"
          + "<Override PartName=\"/xl/worksheets/sheet1.xml\""
          + " ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml\"/>"
          + "</Types>";

  private static final String RELS =
      "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n"
          + "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
          + "<Relationship Id=\"rId1\""
          + " Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument\""
          + " Target=\"xl/workbook.xml\"/>"
          + "</Relationships>";

  private static final String WORKBOOK_RELS =
      "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n"
          + "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
          + "<Relationship Id=\"rId1\""
          + " Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet\""
          + " Target=\"worksheets/sheet1.xml\"/>"
          + "</Relationships>";

  /**
   * Writes the workbook to {@code out} (not closed): one sheet named {@code sheetName}, the header
   * row, then the rows; a cell is a String, a Number or null.
   */
  public static void write(
      OutputStream out, String sheetName, List<String> header, List<List<Object>> rows)
      throws IOException {
    ZipOutputStream zip = new ZipOutputStream(out, StandardCharsets.UTF_8);
    entry(zip, "[Content_Types].xml", CONTENT_TYPES);
    entry(zip, "_rels/.rels", RELS);
    entry(
        zip,
        "xl/workbook.xml",
        "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n"
            + "<workbook xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\""
            + " xmlns:r=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships\">"
            + "<sheets><sheet name=\""
            + escape(sheetName)
            + "\" sheetId=\"1\" r:id=\"rId1\"/></sheets></workbook>");
    entry(zip, "xl/_rels/workbook.xml.rels", WORKBOOK_RELS);
    zip.putNextEntry(new ZipEntry("xl/worksheets/sheet1.xml"));
    Writer xml = new OutputStreamWriter(zip, StandardCharsets.UTF_8);
    xml.write(
        "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n"
            + "<worksheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\">"
            + "<sheetData>");
    row(xml, 1, List.copyOf(header));
    int r = 2;
    for (List<Object> cells : rows) {
      row(xml, r++, cells);
    }
    xml.write("</sheetData></worksheet>");
    xml.flush();
    zip.closeEntry();
    zip.finish();
  }

  private static void row(Writer xml, int r, List<?> cells) throws IOException {
    xml.write("<row r=\"" + r + "\">");
    for (int c = 0; c < cells.size(); c++) {
      Object value = cells.get(c);
      String ref = column(c) + r;
      if (value == null) {
        continue;
      }
      if (value instanceof Number n) {
        String text = n instanceof BigDecimal d ? d.toPlainString() : n.toString();
        xml.write("<c r=\"" + ref + "\"><v>" + text + "</v></c>");
      } else {
        xml.write(
            "<c r=\""
                + ref
                + "\" t=\"inlineStr\"><is><t>"
                + escape(value.toString())
                + "</t></is></c>");
      }
    }
    xml.write("</row>");
  }

  /** A, B, …, Z, AA, AB, … for the 0-based column index. */
  static String column(int index) {
    StringBuilder name = new StringBuilder();
    for (int i = index + 1; i > 0; i = (i - 1) / 26) {
      name.insert(0, (char) ('A' + (i - 1) % 26));
    }
    return name.toString();
  }

  static String escape(String text) {
    StringBuilder out = new StringBuilder(text.length());
    for (char ch : text.toCharArray()) {
      switch (ch) {
        case '&' -> out.append("&amp;");
        case '<' -> out.append("&lt;");
        case '>' -> out.append("&gt;");
        case '"' -> out.append("&quot;");
        case '\'' -> out.append("&apos;");
        default -> {
          if (ch < 0x20 && ch != '\t' && ch != '\n' && ch != '\r') {
            continue;
          }
          out.append(ch);
        }
      }
    }
    return out.toString();
  }

  private static void entry(ZipOutputStream zip, String name, String text) throws IOException {
    zip.putNextEntry(new ZipEntry(name));
    zip.write(text.getBytes(StandardCharsets.UTF_8));
    zip.closeEntry();
  }
}
