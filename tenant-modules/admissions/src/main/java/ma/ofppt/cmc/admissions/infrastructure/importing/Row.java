package ma.ofppt.cmc.admissions.infrastructure.importing;

import java.util.Arrays;
import java.util.Objects;
import java.util.Optional;

/**
 * One data row of an imported file: its number as the user sees it (the spreadsheet's row number;
 * for CSV the record number counting the header and blank lines, a quoted line break not starting a
 * new row) and its cells' text by column, looked up by the header's normalised names.
 *
 * <p>A row whose shape does not fit the header (too few cells, a value beyond the last column)
 * carries a {@link #defect()}: the reader reports it instead of failing the file, and the mapper
 * turns it into a row error.
 */
public final class Row {
  private final long number;
  private final Header header;
  private final String[] cells;
  private final String defect;

  Row(long number, Header header, String[] cells, String defect) {
    this.number = number;
    this.header = Objects.requireNonNull(header, "header");
    this.cells = Objects.requireNonNull(cells, "cells");
    this.defect = defect;
  }

  /** The row's number in the file, 1-based, as a spreadsheet shows it. */
  public long number() {
    return number;
  }

  public Header header() {
    return header;
  }

  /**
   * The text of the column whose header normalises to {@code name}, stripped of surrounding
   * whitespace (non-breaking spaces included); empty when the cell is blank or there is no such
   * column.
   */
  public String text(String name) {
    return text(header.indexOf(name));
  }

  /** The stripped text of a column by its 0-based index; empty when blank or out of range. */
  public String text(int column) {
    if (column < 0 || column >= cells.length || cells[column] == null) {
      return "";
    }
    return strip(cells[column]);
  }

  /** Why the row's shape does not fit the header, when it does not. */
  public Optional<String> defect() {
    return Optional.ofNullable(defect);
  }

  static boolean isBlank(String cell) {
    return cell == null || strip(cell).isEmpty();
  }

  static String strip(String cell) {
    int start = 0;
    int end = cell.length();
    while (start < end && isSpace(cell.charAt(start))) {
      start++;
    }
    while (end > start && isSpace(cell.charAt(end - 1))) {
      end--;
    }
    return start == 0 && end == cell.length() ? cell : cell.substring(start, end);
  }

  static boolean isSpace(char c) {
    // Spreadsheets and web forms leave no-break and zero-width spaces that isWhitespace ignores.
    return Character.isWhitespace(c)
        || Character.isSpaceChar(c)
        || c == '\u200B'
        || c == '\uFEFF'
        || c == '\u200E'
        || c == '\u200F';
  }

  @Override
  public String toString() {
    return "row " + number + " " + Arrays.toString(cells) + (defect == null ? "" : " " + defect);
  }
}
