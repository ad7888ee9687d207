package ma.ofppt.cmc.admissions.infrastructure.importing;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * Streams the first worksheet of an XLSX workbook (the tab the user sees first) with the JDK alone:
 * {@link java.util.zip.ZipFile} for the package, StAX for the XML, one row in memory at a time.
 *
 * <p>An upload is first spooled to a temporary file (owner-only, deleted on close or on failure),
 * because the parts a sheet needs (shared strings, styles) may come after it in the archive and a
 * ZIP stream only reads forward. The shared strings are then held in memory for the whole read:
 * cells refer to them by index in any order, so this is inherent to the format; their number and
 * total length are capped by {@link Limits}. The worksheet itself is streamed cell by cell.
 *
 * <p>Cells come out as the text a user would read: shared and inline strings as written, numbers
 * without a spurious exponent or trailing zeros (to 15 significant digits, as Excel shows them),
 * booleans as {@code TRUE}/{@code FALSE}, error values as written ({@code #N/A}), and numbers in a
 * date format (built-in formats 14 to 22 and 45 to 47, or a custom format with a day, month or year
 * token) as ISO {@code yyyy-MM-dd}, in either the 1900 or the 1904 date system. A time of day is
 * dropped. Cells without an {@code r} reference follow the previous one; missing cells are blank.
 *
 * <p>Safety: the upload, each part's inflated size and its compression ratio are capped (a zip bomb
 * is refused when it crosses a cap, however small it declared itself), XML document type
 * declarations are refused (no external entities, no entity expansion), and the header width and
 * the number of data rows are capped. Every refusal is a {@link TabularFormatException}.
 */
public final class XlsxReader implements TabularReader {
  /** The most rows a worksheet can hold; a row number above it means a corrupt or forged file. */
  static final int MAX_SHEET_ROWS = 1_048_576;

  /** The longest cell text accepted, in characters (Excel's own limit). */
  static final int MAX_CELL_CHARS = 32_767;

  private static final Pattern ISO_DATE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}.*");
  private static final MathContext EXCEL_PRECISION = new MathContext(15, RoundingMode.HALF_UP);

  /**
   * Caps that keep a hostile or runaway workbook from exhausting memory, disk or time.
   *
   * @param maxUploadBytes the largest upload spooled to disk
   * @param maxPartBytes the most bytes any part (worksheet, shared strings, styles) may inflate to
   * @param maxCompressionRatio the highest inflated-to-compressed ratio of a part above 100 KiB
   * @param maxSharedStrings the most shared strings held in memory
   * @param maxSharedStringChars the most characters of shared strings held in memory
   * @param maxRows the most non-blank data rows read from the worksheet
   * @param maxColumns the widest header accepted
   */
  public record Limits(
      long maxUploadBytes,
      long maxPartBytes,
      int maxCompressionRatio,
      int maxSharedStrings,
      long maxSharedStringChars,
      int maxRows,
      int maxColumns) {
    /**
     * Generous for an admissions export (tens of thousands of rows): a 64 MiB upload, 256 MiB per
     * part, a ratio of 100, a million shared strings or 16 Mi characters of them, Excel's own row
     * limit and 256 columns.
     */
    public static final Limits DEFAULT =
        new Limits(64L << 20, 256L << 20, 100, 1_000_000, 16L << 20, MAX_SHEET_ROWS - 1, 256);

    public Limits {
      if (maxUploadBytes <= 0
          || maxPartBytes <= 0
          || maxCompressionRatio <= 0
          || maxSharedStrings < 0
          || maxSharedStringChars < 0
          || maxRows <= 0
          || maxColumns <= 0) {
        throw new IllegalArgumentException("limits must be positive");
      }
    }
  }

  private final XlsxPackage workbook;
  private final XlsxPackage.Part sheet;
  private final XMLStreamReader xml;
  private final Header header;
  private long rowNumber;
  private long dataRows;
  private boolean ended;

  private String[] current;
  private int beyondColumn;
  private boolean currentBlank;

  private XlsxReader(XlsxPackage workbook) throws IOException {
    this.workbook = workbook;
    this.sheet = workbook.openXml(workbook.sheetPart());
    this.xml = sheet.reader();
    this.header = readHeader();
  }

  /** Spools an upload to a temporary file and opens it with the default limits. */
  public static XlsxReader open(InputStream upload) throws IOException {
    return open(upload, Limits.DEFAULT, null);
  }

  /**
   * Spools an upload to a temporary file in {@code spoolDirectory} (the system's temporary
   * directory when null), closes the upload, and opens the copy; the copy is deleted when the
   * reader closes, or at once when it cannot be opened.
   */
  public static XlsxReader open(InputStream upload, Limits limits, Path spoolDirectory)
      throws IOException {
    Path file = spool(upload, limits, spoolDirectory);
    return open(XlsxPackage.open(file, true, limits));
  }

  /** Opens a workbook already on disk; the file is left in place. */
  public static XlsxReader open(Path workbook, Limits limits) throws IOException {
    if (Files.size(workbook) > limits.maxUploadBytes()) {
      throw tooLarge(limits);
    }
    return open(XlsxPackage.open(workbook, false, limits));
  }

  private static XlsxReader open(XlsxPackage workbook) throws IOException {
    try {
      return new XlsxReader(workbook);
    } catch (IOException | RuntimeException e) {
      try {
        workbook.close();
      } catch (IOException closing) {
        e.addSuppressed(closing);
      }
      throw e;
    }
  }

  @Override
  public Header header() {
    return header;
  }

  @Override
  public Optional<Row> next() throws IOException {
    int width = header.width();
    try {
      while (nextRowElement()) {
        current = new String[width];
        beyondColumn = -1;
        currentBlank = true;
        readCells(this::collect);
        if (currentBlank) {
          continue;
        }
        if (++dataRows > workbook.limits().maxRows()) {
          throw TabularFormatException.at(
              rowNumber,
              RowError.FILE,
              "the worksheet has more than " + workbook.limits().maxRows() + " data rows");
        }
        String defect =
            beyondColumn < 0
                ? null
                : "a value in column "
                    + columnName(beyondColumn)
                    + ", beyond the header's "
                    + width
                    + " columns";
        return Optional.of(new Row(rowNumber, header, current, defect));
      }
      return Optional.empty();
    } catch (XMLStreamException e) {
      throw XlsxPackage.malformed(e, rowNumber, workbook.sheetPart());
    }
  }

  @Override
  public void close() throws IOException {
    try {
      sheet.close();
    } finally {
      workbook.close();
    }
  }

  private Header readHeader() throws IOException {
    try {
      while (nextRowElement()) {
        List<String> labels = new ArrayList<>();
        int maxColumns = workbook.limits().maxColumns();
        readCells(
            (column, text) -> {
              if (Row.isBlank(text)) {
                return;
              }
              if (column >= maxColumns) {
                throw TabularFormatException.at(
                    rowNumber,
                    RowError.FILE,
                    "the header has more than " + maxColumns + " columns");
              }
              while (labels.size() <= column) {
                labels.add("");
              }
              labels.set(column, text);
            });
        if (!labels.isEmpty()) {
          return Header.of(rowNumber, labels);
        }
      }
      throw TabularFormatException.at(
          0, RowError.FILE, "the first worksheet is empty: no header row");
    } catch (XMLStreamException e) {
      throw XlsxPackage.malformed(e, rowNumber, workbook.sheetPart());
    }
  }

  private void collect(int column, String text) {
    if (Row.isBlank(text)) {
      return;
    }
    currentBlank = false;
    if (column < current.length) {
      current[column] = text;
    } else if (beyondColumn < 0) {
      beyondColumn = column;
    }
  }

  /** Moves to the next {@code row} element of the sheet data; false after the last one. */
  private boolean nextRowElement() throws XMLStreamException, TabularFormatException {
    while (!ended && xml.hasNext()) {
      int event = xml.next();
      if (event == XMLStreamConstants.START_ELEMENT && "row".equals(xml.getLocalName())) {
        String reference = XlsxPackage.attribute(xml, "r");
        long number = rowNumber + 1;
        if (reference != null) {
          try {
            number = Long.parseLong(reference.strip());
          } catch (NumberFormatException e) {
            throw new TabularFormatException(
                new RowError(
                    rowNumber + 1, RowError.FILE, "a row has a malformed number: " + reference),
                e);
          }
        }
        if (number < 1 || number > MAX_SHEET_ROWS) {
          throw TabularFormatException.at(
              rowNumber + 1, RowError.FILE, "a row number is out of range: " + number);
        }
        rowNumber = number;
        return true;
      }
      if (event == XMLStreamConstants.END_ELEMENT && "sheetData".equals(xml.getLocalName())) {
        ended = true;
      }
    }
    ended = true;
    return false;
  }

  /** Hands each cell of the current row, in document order, to {@code consumer}. */
  private void readCells(CellConsumer consumer) throws XMLStreamException, TabularFormatException {
    int nextColumn = 0;
    while (true) {
      int event = xml.next();
      if (event == XMLStreamConstants.START_ELEMENT) {
        if ("c".equals(xml.getLocalName())) {
          nextColumn = readCell(nextColumn, consumer);
        } else {
          skipElement();
        }
      } else if (event == XMLStreamConstants.END_ELEMENT && "row".equals(xml.getLocalName())) {
        return;
      }
    }
  }

  private int readCell(int defaultColumn, CellConsumer consumer)
      throws XMLStreamException, TabularFormatException {
    String reference = XlsxPackage.attribute(xml, "r");
    String type = XlsxPackage.attribute(xml, "t");
    String style = XlsxPackage.attribute(xml, "s");
    int column = defaultColumn;
    if (reference != null) {
      column = columnIndex(reference);
      if (column < 0) {
        throw TabularFormatException.at(
            rowNumber, RowError.FILE, "a cell has a malformed reference: " + reference);
      }
    }
    String value = null;
    while (true) {
      int event = xml.next();
      if (event == XMLStreamConstants.START_ELEMENT) {
        String local = xml.getLocalName();
        if ("v".equals(local)) {
          value = elementText();
        } else if ("is".equals(local)) {
          value = inlineText();
        } else {
          skipElement();
        }
      } else if (event == XMLStreamConstants.END_ELEMENT && "c".equals(xml.getLocalName())) {
        break;
      }
    }
    consumer.accept(column, render(column, type, style, value));
    return column + 1;
  }

  private String render(int column, String type, String style, String value)
      throws TabularFormatException {
    if (value == null) {
      return "";
    }
    if (type == null || "n".equals(type)) {
      return workbook.isDateStyle(styleIndex(style))
          ? excelDate(value, workbook.date1904())
          : number(value);
    }
    switch (type) {
      case "s" -> {
        List<String> strings = workbook.sharedStrings();
        int index;
        try {
          index = Integer.parseInt(value.strip());
        } catch (NumberFormatException e) {
          index = -1;
        }
        if (index < 0 || index >= strings.size()) {
          throw TabularFormatException.at(
              rowNumber,
              RowError.FILE,
              "cell "
                  + columnName(column)
                  + rowNumber
                  + " refers to a shared string the workbook does not have");
        }
        return strings.get(index);
      }
      case "b" -> {
        String flag = value.strip();
        return "1".equals(flag) || "true".equalsIgnoreCase(flag) ? "TRUE" : "FALSE";
      }
      case "d" -> {
        String iso = value.strip();
        return ISO_DATE.matcher(iso).matches() ? iso.substring(0, 10) : iso;
      }
      default -> {
        // inlineStr, str (a formula's text result) and e (an error value) read as written.
        return value;
      }
    }
  }

  private static int styleIndex(String style) {
    if (style == null) {
      return 0;
    }
    try {
      return Integer.parseInt(style.strip());
    } catch (NumberFormatException e) {
      return -1;
    }
  }

  /**
   * A date serial number as ISO {@code yyyy-MM-dd}. In the 1900 system serial 1 is 1900-01-01 and
   * serial 60 is Excel's phantom 1900-02-29 (read here as 1900-03-01); a serial below 1 is a bare
   * time and stays a number.
   */
  static String excelDate(String value, boolean date1904) {
    double serial;
    try {
      serial = Double.parseDouble(value.strip());
    } catch (NumberFormatException e) {
      return value;
    }
    if (!(serial >= 1) || serial >= 2_958_466) {
      return number(value);
    }
    long days = (long) Math.floor(serial);
    LocalDate date;
    if (date1904) {
      date = LocalDate.of(1904, 1, 1).plusDays(days);
    } else if (days >= 61) {
      date = LocalDate.of(1899, 12, 30).plusDays(days);
    } else {
      date = LocalDate.of(1899, 12, 31).plusDays(days);
    }
    return date.toString();
  }

  /** A number as Excel shows it in General format: 15 significant digits, no exponent. */
  static String number(String value) {
    try {
      BigDecimal number = new BigDecimal(value.strip()).round(EXCEL_PRECISION);
      return number.signum() == 0 ? "0" : number.stripTrailingZeros().toPlainString();
    } catch (NumberFormatException e) {
      return value;
    }
  }

  /** The 0-based column of a cell reference such as {@code AB12}; -1 when it has none. */
  static int columnIndex(String reference) {
    int column = 0;
    int letters = 0;
    for (int i = 0; i < reference.length(); i++) {
      char c = reference.charAt(i);
      if (c >= 'A' && c <= 'Z') {
        column = column * 26 + (c - 'A' + 1);
      } else if (c >= 'a' && c <= 'z') {
        column = column * 26 + (c - 'a' + 1);
      } else {
        break;
      }
      if (++letters > 3) {
        return -1;
      }
    }
    return letters == 0 || column > 16_384 ? -1 : column - 1;
  }

  /** The letters of a 0-based column: 0 is A, 26 is AA. */
  static String columnName(int column) {
    StringBuilder name = new StringBuilder();
    for (int n = column + 1; n > 0; n = (n - 1) / 26) {
      name.append((char) ('A' + (n - 1) % 26));
    }
    return name.reverse().toString();
  }

  /** The text of the current element, capped at {@value #MAX_CELL_CHARS} characters. */
  private String elementText() throws XMLStreamException, TabularFormatException {
    return XlsxPackage.elementText(xml, MAX_CELL_CHARS, rowNumber);
  }

  /** The text of an inline string: its runs joined, phonetic guides left out. */
  private String inlineText() throws XMLStreamException, TabularFormatException {
    StringBuilder text = new StringBuilder();
    int phonetic = 0;
    while (true) {
      int event = xml.next();
      if (event == XMLStreamConstants.START_ELEMENT) {
        String local = xml.getLocalName();
        if ("rPh".equals(local)) {
          phonetic++;
        } else if ("t".equals(local) && phonetic == 0) {
          text.append(elementText());
          if (text.length() > MAX_CELL_CHARS) {
            throw TabularFormatException.at(
                rowNumber,
                RowError.FILE,
                "a cell is longer than " + MAX_CELL_CHARS + " characters");
          }
        }
      } else if (event == XMLStreamConstants.END_ELEMENT) {
        String local = xml.getLocalName();
        if ("rPh".equals(local)) {
          phonetic--;
        } else if ("is".equals(local)) {
          return text.toString();
        }
      }
    }
  }

  private void skipElement() throws XMLStreamException {
    int depth = 1;
    while (depth > 0) {
      int event = xml.next();
      if (event == XMLStreamConstants.START_ELEMENT) {
        depth++;
      } else if (event == XMLStreamConstants.END_ELEMENT) {
        depth--;
      }
    }
  }

  private static Path spool(InputStream upload, Limits limits, Path directory) throws IOException {
    Path file =
        directory == null
            ? Files.createTempFile("cmc-import-", ".xlsx")
            : Files.createTempFile(directory, "cmc-import-", ".xlsx");
    try (InputStream in = upload;
        OutputStream out = Files.newOutputStream(file)) {
      byte[] buffer = new byte[64 * 1024];
      long total = 0;
      for (int n = in.read(buffer); n >= 0; n = in.read(buffer)) {
        total += n;
        if (total > limits.maxUploadBytes()) {
          throw tooLarge(limits);
        }
        out.write(buffer, 0, n);
      }
    } catch (IOException | RuntimeException e) {
      try {
        Files.deleteIfExists(file);
      } catch (IOException cleanup) {
        e.addSuppressed(cleanup);
      }
      throw e;
    }
    return file;
  }

  private static TabularFormatException tooLarge(Limits limits) {
    return TabularFormatException.at(
        0, RowError.FILE, "the file is larger than " + limits.maxUploadBytes() + " bytes");
  }

  @FunctionalInterface
  private interface CellConsumer {
    void accept(int column, String text) throws TabularFormatException;
  }
}
