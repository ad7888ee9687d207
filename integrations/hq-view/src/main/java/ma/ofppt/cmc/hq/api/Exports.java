package ma.ofppt.cmc.hq.api;

import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.lang.reflect.RecordComponent;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import ma.ofppt.cmc.platform.api.export.XlsxSheet;

/**
 * Every national table leaves as CSV (RFC 4180: comma-separated, UTF-8, CRLF, a header row, quoted
 * where needed) or as a single-sheet XLSX workbook with the same rows. Numbers stay exact (plain
 * decimals, numeric cells), instants are ISO-8601 UTC, an absent value is an empty cell.
 */
final class Exports {
  enum Format {
    CSV("csv", "text/csv; charset=UTF-8"),
    XLSX("xlsx", XlsxSheet.MEDIA_TYPE);

    final String extension;
    final String mediaType;

    Format(String extension, String mediaType) {
      this.extension = extension;
      this.mediaType = mediaType;
    }
  }

  /** A table to export: its name (the file's and the sheet's), its header and its rows. */
  record Table(String name, List<String> header, List<List<Object>> rows) {}

  /**
   * The table of a list of flat view records: one column per component, named in snake case ({@code
   * lagSeconds} is {@code lag_seconds}), in declaration order.
   */
  static <R extends Record> Table table(String name, Class<R> type, List<R> records) {
    RecordComponent[] components = type.getRecordComponents();
    List<String> header = new ArrayList<>(components.length);
    for (RecordComponent c : components) {
      header.add(c.getName().replaceAll("([a-z0-9])([A-Z])", "$1_$2").toLowerCase(Locale.ROOT));
    }
    List<List<Object>> rows = new ArrayList<>(records.size());
    for (R r : records) {
      List<Object> cells = new ArrayList<>(components.length);
      for (RecordComponent c : components) {
        try {
          cells.add(c.getAccessor().invoke(r));
        } catch (ReflectiveOperationException e) {
          throw new IllegalStateException("cannot read " + c.getName() + " of " + type, e);
        }
      }
      rows.add(cells);
    }
    return new Table(name, header, rows);
  }

  private Exports() {}

  static Response of(Format format, Table table) {
    StreamingOutput body =
        switch (format) {
          case CSV ->
              out -> {
                Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
                writer.write(csv(table));
                writer.flush();
              };
          case XLSX ->
              out -> XlsxSheet.write(out, table.name(), table.header(), cells(table.rows()));
        };
    return Response.ok(body, format.mediaType)
        .header(
            "Content-Disposition",
            "attachment; filename=\"" + table.name() + "." + format.extension + "\"")
        .build();
  }

  static String csv(Table table) {
    StringBuilder csv = new StringBuilder();
    line(csv, new ArrayList<>(table.header()));
    for (List<Object> row : table.rows()) {
      line(csv, row);
    }
    return csv.toString();
  }

  private static void line(StringBuilder csv, List<?> cells) {
    for (int i = 0; i < cells.size(); i++) {
      if (i > 0) {
        csv.append(',');
      }
      csv.append(field(text(cells.get(i))));
    }
    csv.append("\r\n");
  }

  static String field(String text) {
    if (text.indexOf(',') < 0
        && text.indexOf('"') < 0
        && text.indexOf('\n') < 0
        && text.indexOf('\r') < 0) {
      return text;
    }
    return '"' + text.replace("\"", "\"\"") + '"';
  }

  private static String text(Object value) {
    if (value == null) {
      return "";
    }
    if (value instanceof BigDecimal d) {
      return d.toPlainString();
    }
    return value.toString();
  }

  /** XLSX cells: numbers stay numbers, everything else (instants too, ISO-8601) its text. */
  private static List<List<Object>> cells(List<List<Object>> rows) {
    List<List<Object>> cells = new ArrayList<>(rows.size());
    for (List<Object> row : rows) {
      List<Object> out = new ArrayList<>(row.size());
      for (Object value : row) {
        out.add(value == null || value instanceof Number ? value : value.toString());
      }
      cells.add(out);
    }
    return cells;
  }
}
