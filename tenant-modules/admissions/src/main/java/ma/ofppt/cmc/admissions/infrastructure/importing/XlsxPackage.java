package ma.ofppt.cmc.admissions.infrastructure.importing;

import java.io.Closeable;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipFile;
import javax.xml.XMLConstants;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * The parts of an XLSX workbook on disk, opened safely: every part is read through a guard that
 * refuses it once it expands past the size cap or the compression-ratio cap (a zip bomb declares
 * small sizes and inflates without end, so the declared size is checked and the real count too),
 * and every XML parser refuses a document type declaration, which shuts out external entities (XXE)
 * and entity expansion ("billion laughs").
 *
 * <p>Reads the workbook's structure eagerly: which part is the first worksheet, the shared strings
 * (kept in memory: cells refer to them by index, in any order, so the sheet cannot be streamed
 * without them; their count and total length are capped), which cell styles are dates, and the date
 * system.
 */
final class XlsxPackage implements Closeable {
  static final int MAX_ENTRIES = 10_000;

  /** Parts smaller than this are not held to the ratio cap: a tiny part compresses very well. */
  static final long RATIO_GRACE_BYTES = 100 * 1024;

  private static final int MAX_STYLES = 100_000;

  private final Path file;
  private final boolean deleteOnClose;
  private final ZipFile zip;
  private final XlsxReader.Limits limits;
  private final XMLInputFactory xml = safeFactory();
  private final String sheetPart;
  private final boolean date1904;
  private final List<String> sharedStrings;
  private final boolean[] dateStyles;

  private XlsxPackage(Path file, boolean deleteOnClose, ZipFile zip, XlsxReader.Limits limits)
      throws IOException {
    this.file = file;
    this.deleteOnClose = deleteOnClose;
    this.zip = zip;
    this.limits = limits;
    if (zip.size() > MAX_ENTRIES) {
      throw refused("the workbook has more than " + MAX_ENTRIES + " parts");
    }
    String workbookPart = officeDocument();
    Map<String, Relationship> relationships = relationships(workbookPart);
    Workbook workbook = readWorkbook(workbookPart);
    Relationship sheet = relationships.get(workbook.firstSheetRelationship());
    if (sheet == null || !has(sheet.target())) {
      throw refused("the workbook's first sheet part is missing");
    }
    this.sheetPart = sheet.target();
    this.date1904 = workbook.date1904();
    this.sharedStrings =
        readSharedStrings(partOfType(relationships, "/sharedStrings", workbookPart));
    this.dateStyles = readDateStyles(partOfType(relationships, "/styles", workbookPart));
  }

  /**
   * Opens the workbook in {@code file}; with {@code deleteOnClose} the file is deleted on close, or
   * at once when it cannot be opened.
   */
  static XlsxPackage open(Path file, boolean deleteOnClose, XlsxReader.Limits limits)
      throws IOException {
    ZipFile zip = null;
    try {
      try {
        zip = new ZipFile(file.toFile());
      } catch (ZipException e) {
        throw new TabularFormatException(
            new RowError(0, RowError.FILE, "the file is not an XLSX workbook"), e);
      }
      return new XlsxPackage(file, deleteOnClose, zip, limits);
    } catch (IOException | RuntimeException e) {
      try {
        if (zip != null) {
          zip.close();
        }
        if (deleteOnClose) {
          Files.deleteIfExists(file);
        }
      } catch (IOException cleanup) {
        e.addSuppressed(cleanup);
      }
      throw e;
    }
  }

  String sheetPart() {
    return sheetPart;
  }

  boolean date1904() {
    return date1904;
  }

  List<String> sharedStrings() {
    return sharedStrings;
  }

  /** Whether the cell style (the index a cell's {@code s} attribute gives) formats a date. */
  boolean isDateStyle(int style) {
    return style >= 0 && style < dateStyles.length && dateStyles[style];
  }

  XlsxReader.Limits limits() {
    return limits;
  }

  /** A part's XML, positioned on its root element; a document type declaration is refused. */
  Part openXml(String name) throws IOException {
    ZipEntry entry = zip.getEntry(name);
    if (entry == null) {
      throw refused("the workbook part " + name + " is missing");
    }
    if (entry.getSize() > limits.maxPartBytes()) {
      throw bomb(name);
    }
    InputStream in = new GuardedStream(zip.getInputStream(entry), entry.getCompressedSize(), name);
    try {
      XMLStreamReader reader = xml.createXMLStreamReader(in);
      Part part = new Part(name, reader, in);
      while (reader.getEventType() != XMLStreamConstants.START_ELEMENT) {
        if (reader.getEventType() == XMLStreamConstants.DTD) {
          throw refused("the workbook part " + name + " declares a DTD; refused (XXE)");
        }
        if (!reader.hasNext()) {
          throw refused("the workbook part " + name + " has no root element");
        }
        reader.next();
      }
      return part;
    } catch (XMLStreamException e) {
      in.close();
      throw malformed(e, 0, name);
    } catch (IOException | RuntimeException e) {
      in.close();
      throw e;
    }
  }

  @Override
  public void close() throws IOException {
    try {
      zip.close();
    } finally {
      if (deleteOnClose) {
        Files.deleteIfExists(file);
      }
    }
  }

  private boolean has(String name) {
    return zip.getEntry(name) != null;
  }

  /** The workbook part named by the package relationships, {@code xl/workbook.xml} by default. */
  private String officeDocument() throws IOException {
    if (has("_rels/.rels")) {
      for (Relationship r : readRelationships("_rels/.rels", "").values()) {
        if (r.type().endsWith("/officeDocument") && has(r.target())) {
          return r.target();
        }
      }
    }
    if (has("xl/workbook.xml")) {
      return "xl/workbook.xml";
    }
    throw refused("the file is a ZIP archive but not an XLSX workbook");
  }

  private Map<String, Relationship> relationships(String part) throws IOException {
    int slash = part.lastIndexOf('/');
    String directory = part.substring(0, slash + 1);
    String rels = directory + "_rels/" + part.substring(slash + 1) + ".rels";
    if (!has(rels)) {
      throw refused("the workbook's relationships (" + rels + ") are missing");
    }
    return readRelationships(rels, directory);
  }

  private Map<String, Relationship> readRelationships(String rels, String directory)
      throws IOException {
    Map<String, Relationship> byId = new HashMap<>();
    try (Part part = openXml(rels)) {
      XMLStreamReader r = part.reader();
      while (r.hasNext()) {
        if (r.next() == XMLStreamConstants.START_ELEMENT
            && "Relationship".equals(r.getLocalName())
            && !"External".equalsIgnoreCase(attribute(r, "TargetMode"))) {
          String id = attribute(r, "Id");
          String target = attribute(r, "Target");
          if (id != null && target != null) {
            byId.put(
                id,
                new Relationship(
                    nonNull(attribute(r, "Type")), resolve(directory, target.strip())));
          }
        }
      }
      return byId;
    } catch (XMLStreamException e) {
      throw malformed(e, 0, rels);
    }
  }

  private Workbook readWorkbook(String name) throws IOException {
    boolean in1904 = false;
    try (Part part = openXml(name)) {
      XMLStreamReader r = part.reader();
      while (r.hasNext()) {
        if (r.next() != XMLStreamConstants.START_ELEMENT) {
          continue;
        }
        if ("workbookPr".equals(r.getLocalName())) {
          String value = attribute(r, "date1904");
          in1904 = "1".equals(value) || "true".equalsIgnoreCase(value);
        } else if ("sheet".equals(r.getLocalName())) {
          // The relationship id is r:id; the namespace differs between transitional and strict.
          for (int i = 0; i < r.getAttributeCount(); i++) {
            String namespace = r.getAttributeNamespace(i);
            if ("id".equals(r.getAttributeLocalName(i))
                && namespace != null
                && !namespace.isEmpty()) {
              return new Workbook(r.getAttributeValue(i), in1904);
            }
          }
          throw refused("the workbook's first sheet has no relationship id");
        }
      }
      throw refused("the workbook has no worksheet");
    } catch (XMLStreamException e) {
      throw malformed(e, 0, name);
    }
  }

  private String partOfType(Map<String, Relationship> relationships, String suffix, String base) {
    for (Relationship r : relationships.values()) {
      if (r.type().endsWith(suffix) && has(r.target())) {
        return r.target();
      }
    }
    // Some writers omit the relationship; the conventional name is then the one to try.
    String conventional =
        base.substring(0, base.lastIndexOf('/') + 1) + suffix.substring(1) + ".xml";
    return has(conventional) ? conventional : null;
  }

  private List<String> readSharedStrings(String name) throws IOException {
    List<String> strings = new ArrayList<>();
    if (name == null) {
      return strings;
    }
    long chars = 0;
    try (Part part = openXml(name)) {
      XMLStreamReader r = part.reader();
      StringBuilder item = null;
      int phonetic = 0;
      while (r.hasNext()) {
        int event = r.next();
        if (event == XMLStreamConstants.START_ELEMENT) {
          String local = r.getLocalName();
          if ("si".equals(local)) {
            item = new StringBuilder();
          } else if ("rPh".equals(local)) {
            phonetic++;
          } else if ("t".equals(local) && item != null && phonetic == 0) {
            String text = elementText(r, XlsxReader.MAX_CELL_CHARS, 0);
            chars += text.length();
            if (chars > limits.maxSharedStringChars()) {
              throw refused("the workbook's shared strings exceed the size limit");
            }
            item.append(text);
          }
        } else if (event == XMLStreamConstants.END_ELEMENT) {
          String local = r.getLocalName();
          if ("rPh".equals(local)) {
            phonetic--;
          } else if ("si".equals(local) && item != null) {
            if (strings.size() >= limits.maxSharedStrings()) {
              throw refused(
                  "the workbook has more than " + limits.maxSharedStrings() + " shared strings");
            }
            strings.add(item.toString());
            item = null;
          }
        }
      }
      return strings;
    } catch (XMLStreamException e) {
      throw malformed(e, 0, name);
    }
  }

  private boolean[] readDateStyles(String name) throws IOException {
    if (name == null) {
      return new boolean[0];
    }
    Map<Integer, String> customFormats = new HashMap<>();
    List<Integer> cellFormats = new ArrayList<>();
    try (Part part = openXml(name)) {
      XMLStreamReader r = part.reader();
      boolean inCellXfs = false;
      while (r.hasNext()) {
        int event = r.next();
        if (event == XMLStreamConstants.START_ELEMENT) {
          String local = r.getLocalName();
          if ("numFmt".equals(local)) {
            Integer id = integer(attribute(r, "numFmtId"));
            if (id != null) {
              customFormats.put(id, nonNull(attribute(r, "formatCode")));
            }
          } else if ("cellXfs".equals(local)) {
            inCellXfs = true;
          } else if ("xf".equals(local) && inCellXfs) {
            if (cellFormats.size() >= MAX_STYLES) {
              throw refused("the workbook has more than " + MAX_STYLES + " cell styles");
            }
            Integer id = integer(attribute(r, "numFmtId"));
            cellFormats.add(id == null ? 0 : id);
          }
        } else if (event == XMLStreamConstants.END_ELEMENT && "cellXfs".equals(r.getLocalName())) {
          inCellXfs = false;
        }
      }
    } catch (XMLStreamException e) {
      throw malformed(e, 0, name);
    }
    boolean[] dates = new boolean[cellFormats.size()];
    for (int i = 0; i < dates.length; i++) {
      int id = cellFormats.get(i);
      String code = customFormats.get(id);
      dates[i] = code != null ? isDateFormat(code) : isBuiltInDateFormat(id);
    }
    return dates;
  }

  /** Excel's built-in date and time formats: 14 to 22 and 45 to 47. */
  static boolean isBuiltInDateFormat(int id) {
    return (id >= 14 && id <= 22) || (id >= 45 && id <= 47);
  }

  /**
   * Whether a custom number format shows a date: it has a day or year token, or a month token
   * without hours or seconds (where {@code m} would be minutes), once quoted literals, escaped
   * characters, padding and bracketed colours, locales and conditions are set aside. Only the first
   * section (positive numbers) counts.
   */
  static boolean isDateFormat(String code) {
    boolean day = false;
    boolean month = false;
    boolean year = false;
    boolean time = false;
    for (int i = 0; i < code.length(); i++) {
      char c = Character.toLowerCase(code.charAt(i));
      switch (c) {
        case '"' -> {
          int close = code.indexOf('"', i + 1);
          i = close < 0 ? code.length() : close;
        }
        case '[' -> {
          int close = code.indexOf(']', i + 1);
          i = close < 0 ? code.length() : close;
        }
        case '\\', '_', '*' -> i++;
        case ';' -> i = code.length();
        case 'd' -> day = true;
        case 'm' -> month = true;
        case 'y' -> year = true;
        case 'h', 's' -> time = true;
        default -> {
          // other characters are digits placeholders or literal punctuation
        }
      }
    }
    return day || year || (month && !time);
  }

  /** Resolves a relationship target against the directory of the part that names it. */
  static String resolve(String directory, String target) {
    String path = target.startsWith("/") ? target.substring(1) : directory + target;
    Deque<String> segments = new ArrayDeque<>();
    for (String segment : path.split("/")) {
      if (segment.isEmpty() || ".".equals(segment)) {
        continue;
      }
      if ("..".equals(segment)) {
        segments.pollLast();
      } else {
        segments.addLast(segment);
      }
    }
    return String.join("/", segments);
  }

  /**
   * The text of the element the reader is on, read chunk by chunk so that an oversized text node is
   * refused once it passes {@code maxChars} rather than after it has been held whole.
   */
  static String elementText(XMLStreamReader r, int maxChars, long row)
      throws XMLStreamException, TabularFormatException {
    StringBuilder text = new StringBuilder();
    while (true) {
      int event = r.next();
      switch (event) {
        case XMLStreamConstants.CHARACTERS, XMLStreamConstants.CDATA, XMLStreamConstants.SPACE -> {
          if (text.length() + r.getTextLength() > maxChars) {
            throw TabularFormatException.at(
                row, RowError.FILE, "a cell is longer than " + maxChars + " characters");
          }
          text.append(r.getTextCharacters(), r.getTextStart(), r.getTextLength());
        }
        case XMLStreamConstants.START_ELEMENT -> {
          // Text elements hold no markup; whatever is nested is skipped whole.
          for (int depth = 1; depth > 0; ) {
            int nested = r.next();
            if (nested == XMLStreamConstants.START_ELEMENT) {
              depth++;
            } else if (nested == XMLStreamConstants.END_ELEMENT) {
              depth--;
            }
          }
        }
        case XMLStreamConstants.END_ELEMENT -> {
          return text.toString();
        }
        default -> {
          // comments and processing instructions carry no text
        }
      }
    }
  }

  static String attribute(XMLStreamReader r, String localName) {
    for (int i = 0; i < r.getAttributeCount(); i++) {
      if (localName.equals(r.getAttributeLocalName(i))) {
        String namespace = r.getAttributeNamespace(i);
        if (namespace == null || namespace.isEmpty()) {
          return r.getAttributeValue(i);
        }
      }
    }
    return null;
  }

  private static Integer integer(String text) {
    if (text == null) {
      return null;
    }
    try {
      return Integer.valueOf(text.strip());
    } catch (NumberFormatException e) {
      return null;
    }
  }

  private static String nonNull(String text) {
    return text == null ? "" : text;
  }

  /**
   * The JDK's own StAX parser (not whichever one the server puts first on the class path), with
   * DTDs and external entities off; {@link #openXml} refuses a DTD outright.
   */
  static XMLInputFactory safeFactory() {
    XMLInputFactory factory = XMLInputFactory.newDefaultFactory();
    factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
    factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
    factory.setProperty(XMLInputFactory.IS_NAMESPACE_AWARE, true);
    factory.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
    return factory;
  }

  /**
   * The failure to report for a parser exception: a guard's own refusal (a zip bomb) travels inside
   * it and is reported as such; anything else means the part is not well-formed.
   */
  static TabularFormatException malformed(XMLStreamException e, long row, String part) {
    for (Throwable t = e; t != null; ) {
      if (t instanceof TabularFormatException refusal) {
        return refusal;
      }
      Throwable next = t.getCause();
      if (next == null && t instanceof XMLStreamException x) {
        next = x.getNestedException();
      }
      t = next == t ? null : next;
    }
    String where =
        e.getLocation() == null
            ? ""
            : " (line "
                + e.getLocation().getLineNumber()
                + ", column "
                + e.getLocation().getColumnNumber()
                + ")";
    return new TabularFormatException(
        new RowError(row, RowError.FILE, part + " is not well-formed XML" + where), e);
  }

  private TabularFormatException bomb(String name) {
    return refused(
        "the workbook part "
            + name
            + " expands beyond "
            + limits.maxPartBytes()
            + " bytes or "
            + limits.maxCompressionRatio()
            + " times its compressed size; refused as a possible zip bomb");
  }

  private static TabularFormatException refused(String reason) {
    return TabularFormatException.at(0, RowError.FILE, reason);
  }

  /** An open XML part: its reader and the stream under it, closed together. */
  record Part(String name, XMLStreamReader reader, InputStream stream) implements Closeable {
    @Override
    public void close() throws IOException {
      try {
        reader.close();
      } catch (XMLStreamException e) {
        throw new IOException("cannot close " + name, e);
      } finally {
        stream.close();
      }
    }
  }

  private record Relationship(String type, String target) {}

  private record Workbook(String firstSheetRelationship, boolean date1904) {}

  /** Counts what a part inflates to and refuses it past the size or ratio cap. */
  private final class GuardedStream extends FilterInputStream {
    private final long compressed;
    private final String name;
    private long count;

    GuardedStream(InputStream in, long compressed, String name) {
      super(in);
      this.compressed = Math.max(compressed, 1);
      this.name = name;
    }

    @Override
    public int read() throws IOException {
      int b = super.read();
      if (b >= 0) {
        count(1);
      }
      return b;
    }

    @Override
    public int read(byte[] b, int off, int len) throws IOException {
      int n = super.read(b, off, len);
      if (n > 0) {
        count(n);
      }
      return n;
    }

    @Override
    public long skip(long n) throws IOException {
      // Skipped bytes are inflated too: count them by reading.
      byte[] scratch = new byte[(int) Math.min(n, 8192)];
      long skipped = 0;
      while (skipped < n) {
        int read = read(scratch, 0, (int) Math.min(scratch.length, n - skipped));
        if (read < 0) {
          break;
        }
        skipped += read;
      }
      return skipped;
    }

    private void count(int n) throws TabularFormatException {
      count += n;
      if (count > limits.maxPartBytes()
          || (count > RATIO_GRACE_BYTES && count > compressed * limits.maxCompressionRatio())) {
        throw bomb(name);
      }
    }
  }
}
