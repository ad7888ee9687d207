package ma.ofppt.cmc.admissions.infrastructure.importing;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Streams an RFC 4180 CSV upload in constant memory: quoted cells with doubled quotes, separators
 * and line breaks inside them, CRLF, LF or CR line ends, UTF-8 with or without a byte-order mark.
 * The separator is found in the header line: a semicolon when it has more semicolons than commas
 * outside quotes (the French Excel export), otherwise a comma.
 *
 * <p>Memory is bounded by a fixed buffer and by the header's width: a row is decoded, split and
 * handed out before the next one is read, and cells beyond the header are checked but not kept. A
 * cell longer than {@value #MAX_CELL_CHARS} characters (Excel's own limit; in practice a closing
 * quote is missing) fails the file at the row where it starts, as does a quoted cell still open at
 * the end of the file, or bytes that are not text in the expected encoding.
 *
 * <p>Lenient where spreadsheets are: a quote inside an unquoted cell is kept as text, and so is
 * text after a closing quote ({@code "a"b} reads {@code ab}); a row with more cells than the header
 * is accepted when the extra cells are blank (trailing separators).
 */
public final class CsvReader implements TabularReader {
  /** The longest cell accepted, in characters. */
  public static final int MAX_CELL_CHARS = 32_767;

  /** The widest header accepted, in columns. */
  public static final int MAX_COLUMNS = 1_024;

  static final int DEFAULT_BUFFER_CHARS = 64 * 1024;

  /** The longest header line accepted; longer means a quote is not closed. */
  private static final int MAX_HEADER_CHARS = 256 * 1024;

  private static final int START = 0;
  private static final int UNQUOTED = 1;
  private static final int QUOTED = 2;
  private static final int AFTER_QUOTE = 3;

  private final InputStream in;
  private final CharsetDecoder decoder;
  private final ByteBuffer bytes;
  private final char[] buf;
  private int pos;
  private int lim;
  private boolean inputEnded;
  private boolean decoderDone;
  private boolean malformedAhead;
  private boolean skipLf;
  private char separator = ',';

  /** The number of the record being read, or of the last one read. */
  private long recordNumber;

  private final StringBuilder cell = new StringBuilder();
  private final List<String> cells = new ArrayList<>();
  private int cellCount;
  private int valueBeyondColumn;
  private boolean allBlank;
  private final Header header;

  private CsvReader(InputStream in, Charset charset, int bufferChars) throws IOException {
    this.in = Objects.requireNonNull(in, "in");
    this.decoder =
        charset
            .newDecoder()
            .onMalformedInput(CodingErrorAction.REPORT)
            .onUnmappableCharacter(CodingErrorAction.REPORT);
    this.bytes = ByteBuffer.allocate(Math.max(bufferChars, 16));
    this.bytes.flip();
    this.buf = new char[bufferChars];
    if (fill() && buf[0] == '\uFEFF') {
      pos = 1;
    }
    this.header = readHeader();
  }

  /** Opens a UTF-8 CSV upload (with or without a byte-order mark) and reads its header. */
  public static CsvReader open(InputStream upload) throws IOException {
    return open(upload, StandardCharsets.UTF_8);
  }

  /**
   * Opens a CSV upload in another encoding (e.g. windows-1252 for an old "CSV (séparateur:
   * point-virgule)" export) and reads its header. Closes the upload when the header cannot be read.
   */
  public static CsvReader open(InputStream upload, Charset charset) throws IOException {
    return open(upload, charset, DEFAULT_BUFFER_CHARS);
  }

  static CsvReader open(InputStream upload, Charset charset, int bufferChars) throws IOException {
    if (bufferChars < 2) {
      // Two chars hold a surrogate pair; a one-char buffer could not decode a character above
      // U+FFFF.
      throw new IllegalArgumentException("bufferChars must be at least 2");
    }
    try {
      return new CsvReader(upload, charset, bufferChars);
    } catch (IOException | RuntimeException e) {
      try {
        upload.close();
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

  /** The separator found in the header line. */
  public char separator() {
    return separator;
  }

  @Override
  public Optional<Row> next() throws IOException {
    int width = header.width();
    while (readRecord(width)) {
      if (allBlank) {
        continue;
      }
      String defect = null;
      if (cellCount < width) {
        defect = "expected " + width + " cells as in the header, found " + cellCount;
      } else if (valueBeyondColumn >= 0) {
        defect =
            "a value in column "
                + (valueBeyondColumn + 1)
                + ", beyond the header's "
                + width
                + " columns";
      }
      return Optional.of(new Row(recordNumber, header, cells.toArray(new String[width]), defect));
    }
    return Optional.empty();
  }

  @Override
  public void close() throws IOException {
    in.close();
  }

  private Header readHeader() throws IOException {
    while (true) {
      recordNumber++;
      if (!consumePendingLineFeed()) {
        throw TabularFormatException.at(0, RowError.FILE, "the file is empty: no header row");
      }
      StringBuilder raw = new StringBuilder();
      boolean quoted = false;
      boolean justClosed = false;
      int commas = 0;
      int semicolons = 0;
      while (true) {
        if (pos == lim && !fill()) {
          if (quoted) {
            throw unterminatedQuote();
          }
          break;
        }
        char c = buf[pos++];
        char previous = raw.length() == 0 ? ',' : raw.charAt(raw.length() - 1);
        if (quoted) {
          if (c == '"') {
            quoted = false;
            justClosed = true;
          }
        } else if (c == '"' && (justClosed || previous == ',' || previous == ';')) {
          quoted = true;
          justClosed = false;
        } else {
          justClosed = false;
          if (c == '\r' || c == '\n') {
            skipLf = c == '\r';
            break;
          }
          if (c == ',') {
            commas++;
          } else if (c == ';') {
            semicolons++;
          }
        }
        raw.append(c);
        if (raw.length() > MAX_HEADER_CHARS) {
          throw TabularFormatException.at(
              recordNumber,
              RowError.FILE,
              "the header row is too long; is a closing quote missing?");
        }
      }
      if (Row.isBlank(raw.toString())) {
        continue;
      }
      separator = semicolons > commas ? ';' : ',';
      List<String> labels = split(raw, separator);
      if (labels.size() > MAX_COLUMNS) {
        throw TabularFormatException.at(
            recordNumber, RowError.FILE, "the header has more than " + MAX_COLUMNS + " columns");
      }
      return Header.of(recordNumber, labels);
    }
  }

  /** Splits one record already read whole (the header), with the same rules as the stream. */
  static List<String> split(CharSequence raw, char separator) {
    List<String> out = new ArrayList<>();
    StringBuilder current = new StringBuilder();
    int state = START;
    for (int i = 0; i < raw.length(); i++) {
      char c = raw.charAt(i);
      if (state == QUOTED) {
        if (c == '"') {
          state = AFTER_QUOTE;
        } else {
          current.append(c);
        }
      } else if (c == separator) {
        out.add(current.toString());
        current.setLength(0);
        state = START;
      } else if (c == '"' && state == START) {
        state = QUOTED;
      } else if (c == '"' && state == AFTER_QUOTE) {
        current.append('"');
        state = QUOTED;
      } else {
        current.append(c);
        state = UNQUOTED;
      }
    }
    out.add(current.toString());
    return out;
  }

  /**
   * Reads one record into {@link #cells}, keeping at most {@code storeLimit} cells; false at the
   * end of the input.
   */
  private boolean readRecord(int storeLimit) throws IOException {
    recordNumber++;
    cells.clear();
    cell.setLength(0);
    cellCount = 0;
    valueBeyondColumn = -1;
    allBlank = true;
    if (!consumePendingLineFeed()) {
      recordNumber--;
      return false;
    }
    int state = START;
    boolean started = false;
    while (true) {
      if (pos == lim && !fill()) {
        if (state == QUOTED) {
          throw unterminatedQuote();
        }
        if (!started) {
          recordNumber--;
          return false;
        }
        endCell(storeLimit);
        return true;
      }
      started = true;
      switch (state) {
        case START -> {
          char c = buf[pos];
          if (c == '"') {
            pos++;
            state = QUOTED;
          } else if (c == separator) {
            pos++;
            endCell(storeLimit);
          } else if (c == '\n' || c == '\r') {
            pos++;
            skipLf = c == '\r';
            endCell(storeLimit);
            return true;
          } else {
            state = UNQUOTED;
          }
        }
        case UNQUOTED -> {
          int from = pos;
          while (pos < lim) {
            char c = buf[pos];
            if (c == separator || c == '\n' || c == '\r') {
              break;
            }
            pos++;
          }
          append(from, pos, false);
          if (pos < lim) {
            char c = buf[pos++];
            endCell(storeLimit);
            if (c == separator) {
              state = START;
            } else {
              skipLf = c == '\r';
              return true;
            }
          }
        }
        case QUOTED -> {
          int from = pos;
          while (pos < lim && buf[pos] != '"') {
            pos++;
          }
          append(from, pos, true);
          if (pos < lim) {
            pos++;
            state = AFTER_QUOTE;
          }
        }
        default -> {
          char c = buf[pos];
          if (c == '"') {
            // A doubled quote inside a quoted cell is one quote character.
            pos++;
            cell.append('"');
            state = QUOTED;
          } else if (c == separator) {
            pos++;
            endCell(storeLimit);
            state = START;
          } else if (c == '\n' || c == '\r') {
            pos++;
            skipLf = c == '\r';
            endCell(storeLimit);
            return true;
          } else {
            state = UNQUOTED;
          }
        }
      }
    }
  }

  /** Skips the LF of a CRLF whose CR ended the previous record; false at the end of the input. */
  private boolean consumePendingLineFeed() throws IOException {
    if (pos == lim && !fill()) {
      return false;
    }
    if (skipLf) {
      skipLf = false;
      if (buf[pos] == '\n') {
        pos++;
        return pos < lim || fill();
      }
    }
    return true;
  }

  private void append(int from, int to, boolean quoted) throws TabularFormatException {
    if (cell.length() + (to - from) > MAX_CELL_CHARS) {
      throw TabularFormatException.at(
          recordNumber,
          RowError.FILE,
          quoted
              ? "a quoted cell runs past "
                  + MAX_CELL_CHARS
                  + " characters; is its closing quote missing?"
              : "a cell is longer than " + MAX_CELL_CHARS + " characters");
    }
    cell.append(buf, from, to - from);
  }

  private void endCell(int storeLimit) {
    boolean blank = isBlank(cell);
    if (cellCount < storeLimit) {
      cells.add(cell.toString());
    } else if (!blank && valueBeyondColumn < 0) {
      valueBeyondColumn = cellCount;
    }
    if (!blank) {
      allBlank = false;
    }
    cellCount++;
    cell.setLength(0);
  }

  private static boolean isBlank(CharSequence text) {
    for (int i = 0; i < text.length(); i++) {
      if (!Row.isSpace(text.charAt(i))) {
        return false;
      }
    }
    return true;
  }

  private TabularFormatException unterminatedQuote() {
    return TabularFormatException.at(
        recordNumber, RowError.FILE, "a quoted cell is still open at the end of the file");
  }

  /**
   * Decodes the next chunk of the input into {@link #buf}; false at its end. Chunks end before an
   * undecodable byte, so that the failure is raised when the parser reaches it and names its row.
   */
  private boolean fill() throws IOException {
    if (malformedAhead) {
      throw notText();
    }
    CharBuffer out = CharBuffer.wrap(buf);
    while (out.position() == 0 && !decoderDone) {
      CoderResult result = decoder.decode(bytes, out, inputEnded);
      if (result.isError()) {
        if (out.position() == 0) {
          throw notText();
        }
        malformedAhead = true;
      } else if (result.isUnderflow()) {
        if (inputEnded) {
          decoder.flush(out);
          decoderDone = true;
        } else if (out.position() == 0) {
          readBytes();
        }
      }
      if (result.isOverflow() || result.isError()) {
        break;
      }
    }
    pos = 0;
    lim = out.position();
    return lim > 0;
  }

  private void readBytes() throws IOException {
    bytes.compact();
    int n = in.read(bytes.array(), bytes.position(), bytes.remaining());
    if (n < 0) {
      inputEnded = true;
    } else {
      bytes.position(bytes.position() + n);
    }
    bytes.flip();
  }

  private TabularFormatException notText() {
    return TabularFormatException.at(
        Math.max(recordNumber, 1),
        RowError.FILE,
        "the file is not "
            + decoder.charset().displayName()
            + " text from here on; save it as CSV UTF-8");
  }
}
