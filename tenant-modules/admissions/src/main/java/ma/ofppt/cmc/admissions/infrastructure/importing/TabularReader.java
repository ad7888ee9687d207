package ma.ofppt.cmc.admissions.infrastructure.importing;

import java.io.BufferedInputStream;
import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.util.Optional;

/**
 * Reads an uploaded table (CSV or XLSX) one row at a time, in constant memory whatever the number
 * of rows: the header is read when the reader opens, then {@link #next()} hands out one data row
 * after another. Blank rows are skipped (their numbers are not reused, so row numbers stay those
 * the user sees). A row whose shape is wrong comes out with a {@link Row#defect()}; a file that
 * cannot be read past some row throws {@link TabularFormatException} naming that row.
 *
 * <p>Not thread-safe; one reader per upload. Closing it closes the upload and deletes any temporary
 * copy.
 */
public interface TabularReader extends Closeable {

  /** The header row, read when the reader opened. */
  Header header();

  /**
   * The next non-blank data row, or empty at the end of the table.
   *
   * @throws TabularFormatException when the file is malformed at or after the previous row
   */
  Optional<Row> next() throws IOException;

  /**
   * Opens an upload by its content rather than its name: an XLSX workbook (a ZIP archive) is read
   * with {@link XlsxReader} and its default limits, anything else as UTF-8 CSV. A legacy binary
   * {@code .xls} workbook is refused with a hint to save it as XLSX or CSV.
   */
  static TabularReader open(InputStream upload) throws IOException {
    BufferedInputStream in = new BufferedInputStream(upload);
    try {
      in.mark(8);
      byte[] magic = in.readNBytes(4);
      in.reset();
      if (magic.length == 4 && magic[0] == 'P' && magic[1] == 'K' && magic[2] == 3) {
        return XlsxReader.open(in);
      }
      if (magic.length == 4
          && (magic[0] & 0xFF) == 0xD0
          && (magic[1] & 0xFF) == 0xCF
          && (magic[2] & 0xFF) == 0x11
          && (magic[3] & 0xFF) == 0xE0) {
        throw TabularFormatException.at(
            0, RowError.FILE, "old binary .xls workbooks are not read; save it as .xlsx or CSV");
      }
      return CsvReader.open(in);
    } catch (IOException | RuntimeException e) {
      try {
        in.close();
      } catch (IOException closing) {
        e.addSuppressed(closing);
      }
      throw e;
    }
  }
}
